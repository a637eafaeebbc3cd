import { attr, imageUrl, ownerElements, query, shownTextOf, textOf } from './dom';
import { currentPosition } from './experience';
import { acceptName, acceptPersonField } from './plausible';
import { findTopCard, mainArea, ownerHeading } from './top-card';
import { COMPANY, COMPANY_LINK, HEADLINE, LOCATION, NAME, PHOTO, TITLE, type Chain } from './selector-chains';
import type { PageContext, PersonDraft, PersonField } from './types';

/**
 * Strategy 2: ranked selector chains. Each field has a list of selectors, from the
 * most specific (known class names of the current, previous, public and Sales
 * Navigator layouts) to the most generic (tags and structure). The first element
 * whose text passes the field's check wins, so a selector that lands on a badge
 * or a counter simply falls through to the next one.
 */

interface Scopes {
  card: Element | undefined;
  main: Element | undefined;
  doc: Document;
}

type Hit = { value: string; via: string };

function firstText(scopes: Scopes, chain: Chain, field: PersonField): Hit | undefined {
  for (const [scope, selector] of chain) {
    for (const el of ownerElements(scopes[scope], selector)) {
      const text = textOf(el);
      if (acceptPersonField(field, text)) return { value: text, via: selector };
    }
  }
  return undefined;
}

function firstHref(scopes: Scopes, chain: Chain, field: PersonField): Hit | undefined {
  for (const [scope, selector] of chain) {
    for (const el of ownerElements(scopes[scope], selector)) {
      const href = attr(el, 'href');
      if (href && acceptPersonField(field, href)) return { value: href, via: selector };
    }
  }
  return undefined;
}

function firstImage(scopes: Scopes, chain: Chain): Hit | undefined {
  for (const [scope, selector] of chain) {
    for (const el of ownerElements(scopes[scope], selector)) {
      const url = imageUrl(el);
      if (url && acceptPersonField('photoUrl', url)) return { value: url, via: selector };
    }
  }
  return undefined;
}

/** A value found by structure rather than a selector, named for the diagnostic record. */
function structural(value: string | undefined, via: string): Hit | undefined {
  return value === undefined ? undefined : { value, via };
}

const CONTROLS = 'a, button, img, input, form, iframe, [role="dialog"], [aria-modal="true"]';

/** Structure only: the first plain-text block after the name heading is the headline. */
function headlineAfterHeading(heading: Element | undefined, card: Element | undefined): string | undefined {
  let node: Element | null | undefined = heading;
  for (let depth = 0; node && node !== card && depth < 5; depth += 1, node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (!['div', 'p', 'h2', 'h3'].includes(sib.localName)) continue;
      // Headlines are plain text; blocks with links, buttons, images, forms or dialogs
      // (the logged-out page's sign-in modal) are something else, hidden or not.
      if (query(sib, CONTROLS)) continue;
      const text = shownTextOf(sib);
      if (acceptPersonField('headline', text)) return text;
    }
  }
  return undefined;
}

/** Structure only: the top-card image whose alt text is the person's name. */
function photoByAlt(card: Element | undefined, name: string | undefined): string | undefined {
  if (!card || !name) return undefined;
  const wanted = name.toLowerCase();
  for (const img of ownerElements(card, 'img')) {
    const alt = acceptName(attr(img, 'alt') ?? '')?.toLowerCase();
    if (alt && (alt === wanted || alt.includes(wanted))) {
      const url = imageUrl(img);
      if (acceptPersonField('photoUrl', url)) return url;
    }
  }
  return undefined;
}

// "View LinkedIn profile" on Sales Navigator, in the languages LinkedIn ships.
const VIEW_PROFILE = /linkedin profile|profil (?:na )?linkedin|linkedin-profil|profil linkedin|perfil de linkedin|profilul (?:de )?linkedin|профиль (?:в |на )?linkedin/iu;

/** Sales Navigator: the public /in/ profile the lead page links to. */
export function publicProfileLink(doc: Document): string | undefined {
  for (const a of ownerElements(doc, 'a[href*="/in/"]')) {
    const label = `${textOf(a)} ${attr(a, 'aria-label') ?? ''} ${attr(a, 'title') ?? ''}`;
    const href = attr(a, 'href');
    if (VIEW_PROFILE.test(label) && acceptPersonField('linkedinUrl', href)) return href;
  }
  return undefined;
}

export type TracedDraft = { draft: PersonDraft; via: Partial<Record<PersonField, string>> };

/** The selectors layer, with the selector (or structural rule) each field came from. */
export function personFromSelectorsTraced(ctx: PageContext): TracedDraft {
  const card = findTopCard(ctx.doc);
  const scopes: Scopes = { card, main: mainArea(ctx.doc), doc: ctx.doc };
  const name = firstText(scopes, NAME, 'fullName');
  const position = currentPosition(ctx.doc);
  const hits: Partial<Record<PersonField, Hit | undefined>> = {
    fullName: name,
    headline: firstText(scopes, HEADLINE, 'headline') ?? structural(headlineAfterHeading(ownerHeading(ctx.doc), card), 'text-after-heading'),
    location: firstText(scopes, LOCATION, 'location'),
    photoUrl: firstImage(scopes, PHOTO) ?? structural(photoByAlt(card, acceptName(name?.value ?? '')), 'img-alt-name'),
    title: firstText(scopes, TITLE, 'title') ?? structural(position?.title, 'experience'),
    companyName: firstText(scopes, COMPANY, 'companyName') ?? structural(position?.company, 'experience'),
    companyLinkedinUrl: firstHref(scopes, COMPANY_LINK, 'companyLinkedinUrl') ?? structural(position?.companyUrl, 'experience'),
    linkedinUrl: ctx.page.kind === 'sales-nav-lead' ? structural(publicProfileLink(ctx.doc), 'view-profile-link') : undefined,
  };
  const draft: PersonDraft = {};
  const via: Partial<Record<PersonField, string>> = {};
  for (const [field, hit] of Object.entries(hits) as [PersonField, Hit | undefined][]) {
    if (!hit) continue;
    draft[field] = hit.value;
    via[field] = hit.via;
  }
  return { draft, via };
}

export function personFromSelectors(ctx: PageContext): PersonDraft {
  return personFromSelectorsTraced(ctx).draft;
}
