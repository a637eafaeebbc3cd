import { attr, imageUrl, ownerElements, textOf } from './dom';
import { currentPosition } from './experience';
import { acceptName, acceptPersonField } from './plausible';
import { findTopCard, mainArea, ownerHeading } from './top-card';
import type { PageContext, PersonDraft, PersonField } from './types';

/**
 * Strategy 2: ranked selector chains. Each field has a list of selectors, from the
 * most specific (known class names of the current, previous, public and Sales
 * Navigator layouts) to the most generic (tags and structure). The first element
 * whose text passes the field's check wins, so a selector that lands on a badge
 * or a counter simply falls through to the next one.
 */

type Scope = 'card' | 'main' | 'doc';
type Chain = readonly (readonly [Scope, string])[];

const NAME: Chain = [
  ['card', 'h1.text-heading-xlarge'],
  ['card', '.pv-text-details__left-panel h1'],
  ['card', '.pv-top-card--list > li:first-child'],
  ['card', '.top-card-layout__title'],
  ['main', '[data-anonymize="person-name"]'],
  ['main', 'h1'],
  ['doc', 'h1'],
];

const HEADLINE: Chain = [
  ['card', '.pv-text-details__left-panel .text-body-medium'],
  ['card', '.text-body-medium.break-words'],
  ['card', '.pv-top-card h2.mt1'],
  ['card', '.top-card-layout__headline'],
  ['main', '[data-anonymize="headline"]'],
];

const LOCATION: Chain = [
  ['card', '.pv-text-details__left-panel .text-body-small.inline.t-black--light'],
  ['card', '.text-body-small.inline.t-black--light.break-words'],
  ['card', 'ul.pv-top-card--list-bullet > li'],
  ['card', '.top-card-layout__first-subline .top-card__subline-item'],
  ['main', '[data-anonymize="location"]'],
];

const PHOTO: Chain = [
  ['card', 'img.pv-top-card-profile-picture__image--show'],
  ['card', 'img.pv-top-card-profile-picture__image'],
  ['card', 'img.profile-photo-edit__preview'],
  ['card', 'img.top-card__profile-image'],
  ['card', 'img.top-card-layout__entity-image'],
  ['main', 'img[data-anonymize="headshot-photo"]'],
];

const COMPANY: Chain = [
  ['card', '.pv-text-details__right-panel .inline-show-more-text'],
  ['card', '.pv-top-card--experience-list-item'],
  ['card', '[data-section="currentPositionsDetails"] .top-card-link__description'],
  ['main', '[data-anonymize="company-name"]'],
];

const COMPANY_LINK: Chain = [
  ['main', 'a[data-anonymize="company-name"][href]'],
  ['card', 'a[data-section="currentPositionsDetails"][href]'],
  ['card', '[data-section="currentPositionsDetails"] a[href]'],
  ['card', '.pv-text-details__right-panel a[href*="/company/"]'],
];

const TITLE: Chain = [['main', '[data-anonymize="job-title"]']];

interface Scopes {
  card: Element | undefined;
  main: Element | undefined;
  doc: Document;
}

function* candidates(scopes: Scopes, chain: Chain): Generator<Element> {
  for (const [scope, selector] of chain) {
    yield* ownerElements(scopes[scope], selector);
  }
}

function firstText(scopes: Scopes, chain: Chain, field: PersonField): string | undefined {
  for (const el of candidates(scopes, chain)) {
    const text = textOf(el);
    if (acceptPersonField(field, text)) return text;
  }
  return undefined;
}

function firstHref(scopes: Scopes, chain: Chain, field: PersonField): string | undefined {
  for (const el of candidates(scopes, chain)) {
    const href = attr(el, 'href');
    if (acceptPersonField(field, href)) return href;
  }
  return undefined;
}

function firstImage(scopes: Scopes, chain: Chain): string | undefined {
  for (const el of candidates(scopes, chain)) {
    const url = imageUrl(el);
    if (acceptPersonField('photoUrl', url)) return url;
  }
  return undefined;
}

/** Structure only: the first plain-text block after the name heading is the headline. */
function headlineAfterHeading(heading: Element | undefined, card: Element | undefined): string | undefined {
  let node: Element | null | undefined = heading;
  for (let depth = 0; node && node !== card && depth < 5; depth += 1, node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (!['div', 'p', 'h2', 'h3'].includes(sib.localName)) continue;
      // Headlines are plain text; blocks with links, buttons or images are something else.
      if (ownerElements(sib, 'a, button, img').length > 0) continue;
      const text = textOf(sib);
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
const VIEW_PROFILE = /linkedin profile|profil (?:na )?linkedin|linkedin-profil|profil linkedin|perfil de linkedin/iu;

/** Sales Navigator: the public /in/ profile the lead page links to. */
export function publicProfileLink(doc: Document): string | undefined {
  for (const a of ownerElements(doc, 'a[href*="/in/"]')) {
    const label = `${textOf(a)} ${attr(a, 'aria-label') ?? ''} ${attr(a, 'title') ?? ''}`;
    const href = attr(a, 'href');
    if (VIEW_PROFILE.test(label) && acceptPersonField('linkedinUrl', href)) return href;
  }
  return undefined;
}

export function personFromSelectors(ctx: PageContext): PersonDraft {
  const card = findTopCard(ctx.doc);
  const scopes: Scopes = { card, main: mainArea(ctx.doc), doc: ctx.doc };
  const fullName = firstText(scopes, NAME, 'fullName');
  const position = currentPosition(ctx.doc);
  return {
    fullName,
    headline: firstText(scopes, HEADLINE, 'headline') ?? headlineAfterHeading(ownerHeading(ctx.doc), card),
    location: firstText(scopes, LOCATION, 'location'),
    photoUrl: firstImage(scopes, PHOTO) ?? photoByAlt(card, acceptName(fullName ?? '')),
    title: firstText(scopes, TITLE, 'title') ?? position?.title,
    companyName: firstText(scopes, COMPANY, 'companyName') ?? position?.company,
    companyLinkedinUrl: firstHref(scopes, COMPANY_LINK, 'companyLinkedinUrl') ?? position?.companyUrl,
    linkedinUrl: ctx.page.kind === 'sales-nav-lead' ? publicProfileLink(ctx.doc) : undefined,
  };
}
