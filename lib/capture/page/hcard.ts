import { classifyLinkedInUrl } from '../linkedin-url';
import type { Finding } from './types';
import { parseTel } from './links';
import { isAccountName } from './schema-org';
import { bounded, elementText, resolveUrl, sameText } from './text';

/**
 * hCard microformats, classic (class="vcard", fn, org, title…) and
 * microformats2 (class="h-card", p-name, p-org, p-job-title…). A property
 * belongs to the nearest card around it, so a company h-card nested in a
 * person's p-org does not lend the person its name.
 */
const CARD = '.vcard, .h-card';
const MAX_CARDS = 20;
// Readers' comments under a post (WordPress marks each commenter with a vcard): not whom the page is about.
const COMMENTS = '.comment, .comments, #comments, .comment-list, .commentlist, .comment-author, [id^="comment-"]';

/** The card an element belongs to: the nearest card strictly above it. */
function ownerCard(el: Element): Element | null {
  return el.parentElement?.closest(CARD) ?? null;
}

function findProp(card: Element, classes: string[]): Element | undefined {
  for (const cls of classes) {
    const matches = Array.from(card.querySelectorAll(`.${cls}`)).slice(0, 50);
    const match = matches.find((el) => ownerCard(el) === card);
    if (match) return match;
  }
  return undefined;
}

/** Text of a p-* property: abbr title, img alt, data value, else text (a nested card: its name). */
function textValue(el: Element): string | undefined {
  if (el.matches(CARD)) {
    const name = findProp(el, ['p-name', 'fn', 'organization-name', 'p-organization-name']);
    if (name) return textValue(name);
  }
  const tag = el.tagName.toUpperCase();
  const attr =
    tag === 'ABBR' ? 'title' : tag === 'IMG' || tag === 'AREA' ? 'alt' : tag === 'DATA' || tag === 'INPUT' ? 'value' : undefined;
  const value = attr ? el.getAttribute(attr) : null;
  const text = value ? bounded(value, 500) : elementText(el);
  return text || undefined;
}

/** Value of a u-* property (or classic url/email/photo): link target, image source, else text. */
function urlValue(el: Element, base: string): string | undefined {
  const tag = el.tagName.toUpperCase();
  const attr = tag === 'A' || tag === 'AREA' || tag === 'LINK' ? 'href' : tag === 'IMG' ? 'src' : tag === 'OBJECT' ? 'data' : undefined;
  const raw = attr ? el.getAttribute(attr) : null;
  // A tel: link's pause or ";ext=" is its extension (parseTel), not more digits of the number.
  if (raw && /^tel:/i.test(raw.trim())) return parseTel(raw);
  if (raw) return /^mailto:/i.test(raw.trim()) ? bounded(raw, 500) : resolveUrl(raw, base);
  return textValue(el);
}

/** Every u-url of the card (its own, not a nested card's). */
function urls(card: Element, base: string): string[] {
  const found: string[] = [];
  for (const cls of ['u-url', 'url']) {
    for (const el of Array.from(card.querySelectorAll(`.${cls}`)).slice(0, 50)) {
      const value = ownerCard(el) === card ? urlValue(el, base) : undefined;
      if (value) found.push(value);
    }
  }
  return found;
}

function readCard(card: Element, base: string): Finding {
  const t = (...classes: string[]) => {
    const el = findProp(card, classes);
    return el ? textValue(el) : undefined;
  };
  const u = (...classes: string[]) => {
    const el = findProp(card, classes);
    return el ? urlValue(el, base) : undefined;
  };
  const firstName = t('p-given-name', 'given-name');
  const lastName = t('p-family-name', 'family-name');
  // An h-card that is a bare link ("<a class="h-card">Jane Doe</a>") implies its name.
  const implied = card.classList.contains('h-card') && card.children.length === 0 ? textValue(card) : undefined;
  const written = t('p-name', 'fn') ?? ([firstName, lastName].filter(Boolean).join(' ') || undefined) ?? implied;
  // A post's byline card often holds the CMS account ("admin"), not a person.
  const fullName = isAccountName(written) ? undefined : written;
  const org = t('p-org', 'org');
  const location = ([['p-locality', 'locality'], ['p-region', 'region'], ['p-country-name', 'country-name']] as const)
    .map(([mf2, classic]) => t(mf2, classic))
    .filter(Boolean)
    .join(', ');
  // A card lists several u-url (the home page, then LinkedIn, GitHub…): the LinkedIn one is the profile.
  const profile = urls(card, base)
    .map((link) => classifyLinkedInUrl(link))
    .find((page) => page.kind === 'person' || page.kind === 'company');

  // Classic hCard: fn equal to org means the card is an organisation's.
  if (fullName && org && sameText(fullName, org)) {
    const website = urls(card, base).find((link) => classifyLinkedInUrl(link).kind === 'other');
    return { source: 'hcard', organization: { name: org, website, linkedinUrl: profile?.kind === 'company' ? profile.canonicalUrl : undefined } };
  }
  return {
    source: 'hcard',
    person: {
      fullName,
      firstName,
      lastName,
      title: t('p-job-title', 'title') ?? t('p-role', 'role'),
      companyName: org,
      email: u('u-email', 'email'),
      phone: u('p-tel', 'tel'),
      photoUrl: u('u-photo', 'photo'),
      location: location || undefined,
      linkedinUrl: profile?.kind === 'person' ? profile.canonicalUrl : undefined,
      publicId: profile?.kind === 'person' ? profile.publicId : undefined,
    },
    employer: org ? { name: org } : undefined,
  };
}

/** The first top-level card that names someone (or an organisation). */
export function fromHCard(doc: Document, base: string): Finding | undefined {
  const cards = Array.from(doc.querySelectorAll(CARD))
    .filter((card) => ownerCard(card) === null && card.closest(COMMENTS) === null)
    .slice(0, MAX_CARDS);
  for (const card of cards) {
    const finding = readCard(card, base);
    if (finding.person?.fullName || finding.person?.email || finding.organization) return finding;
  }
  return undefined;
}
