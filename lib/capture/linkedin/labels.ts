import { classifyLinkedInUrl } from '../linkedin-url';
import { absoluteUrl, attr, ownerElements, query, textOf } from './dom';
import { acceptPersonField } from './plausible';
import { findTopCard, mainArea } from './top-card';
import type { PageContext, PersonDraft } from './types';

/**
 * Strategy 3: accessible labels and roles. Class names change and get hashed, but
 * LinkedIn keeps screen-reader labels ("Current company: Acme. Click to skip to
 * experience card"), heading roles and the owner's overlay links, in every UI
 * language. Those are read here.
 */

// "Current company: X" in the UI languages reps use: English, Polish, German, French,
// Spanish, Romanian ("Compania actuală"), Russian ("Текущая компания"), and a few neighbours.
const CURRENT_COMPANY =
  /^\s*(?:current company|obecna firma|aktuelles unternehmen|entreprise actuelle|empresa actual|azienda attuale|huidig bedrijf|empresa atual|compania actuală|compania actuala|firma actuală|текущая компания|текущее место работы)\s*:\s*([\s\S]+)$/iu;
// The instruction sentence that follows the company name ("Click to skip…", "Faceți clic…", "Нажмите…").
// No \b after the alternatives: JavaScript's \b knows only ASCII letters, so it never ends a Cyrillic word.
const CLICK_SENTENCE =
  /\.?\s*(?:click|kliknij|klicken|cliquez|haz clic|haga clic|clique|fai clic|klik|faceți clic|faceti clic|dați clic|apăsați|нажмите|щёлкните|щелкните)(?![\p{L}])[\s\S]*$/iu;
// Abbreviations whose final period belongs to the company name.
const ABBREVIATION = /(?:^|\s)(?:inc|ltd|co|corp|bros|llc|plc|s\.a|sp\. z o\.o|o\.o|n\.v|b\.v|s\.p\.a|s\.r\.l|e\.v|s\.a\.s|s\.l|a\.s|k\.k)\.$/iu;

export function companyFromLabel(label: string): string | undefined {
  const match = CURRENT_COMPANY.exec(label);
  const rest = match?.[1];
  if (!rest) return undefined;
  let company = rest.replace(CLICK_SENTENCE, '').trim();
  if (company.endsWith('.') && !ABBREVIATION.test(company)) company = company.slice(0, -1).trim();
  return company || undefined;
}

const CONTACT_INFO_TEXT =
  /^(?:contact info|informacje kontaktowe|dane kontaktowe|kontaktinfo|kontaktinformationen|coordonnées|informations de contact|información de contacto|datos de contacto|informații de contact|informaţii de contact|date de contact|контактная информация|контактные данные|контактные сведения)$/iu;
const CONTACT_INFO_HREF = /\/(?:overlay|detail)\/contact-info\/?/;

// A link or button before "Contact info" (the current company, the school: 2018's top card)
// means the location line is not there: what comes before it is another block of the card.
const CONTROLS = 'a, button, [role="button"], [role="link"]';

/** Structure: the location is the plain text shown just before the "Contact info" link, on its line. */
function locationBeforeContactInfo(scope: Element | undefined): string | undefined {
  const link = ownerElements(scope, 'a').find(
    (a) => CONTACT_INFO_HREF.test(attr(a, 'href') ?? '') || CONTACT_INFO_TEXT.test(textOf(a)),
  );
  let node: Element | null | undefined = link;
  for (let depth = 0; node && node !== scope && depth < 4; depth += 1, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(CONTROLS) || query(prev, CONTROLS)) return undefined;
      const text = textOf(prev);
      if (acceptPersonField('location', text)) return text;
    }
  }
  return undefined;
}

/** The owner's name as the aria-label of the link around the name (about-this-profile overlay). */
function nameFromOverlayLabel(ctx: PageContext): string | undefined {
  if (ctx.page.kind !== 'person') return undefined;
  for (const a of ownerElements(mainArea(ctx.doc), 'a[aria-label][href*="/overlay/about-this-profile"]')) {
    const target = classifyLinkedInUrl(absoluteUrl(attr(a, 'href')) ?? '');
    const label = attr(a, 'aria-label');
    if (target.kind === 'person' && target.canonicalUrl === ctx.page.canonicalUrl && acceptPersonField('fullName', label)) {
      return label;
    }
  }
  return undefined;
}

function nameFromHeadingRole(doc: Document): string | undefined {
  for (const el of ownerElements(mainArea(doc), '[role="heading"][aria-level="1"]')) {
    const text = textOf(el);
    if (acceptPersonField('fullName', text)) return text;
  }
  return undefined;
}

export function personFromLabels(ctx: PageContext): PersonDraft {
  const main = mainArea(ctx.doc);
  let companyName: string | undefined;
  for (const el of ownerElements(main, '[aria-label]')) {
    const company = companyFromLabel(attr(el, 'aria-label') ?? '');
    if (company && acceptPersonField('companyName', company)) {
      companyName = company;
      break;
    }
  }
  const card = findTopCard(ctx.doc);
  return {
    fullName: nameFromHeadingRole(ctx.doc) ?? nameFromOverlayLabel(ctx),
    companyName,
    location: locationBeforeContactInfo(card) ?? locationBeforeContactInfo(main),
  };
}
