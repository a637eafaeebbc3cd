/**
 * LinkedIn URLs come in many spellings for one person: country subdomains
 * (pl.linkedin.com), locale suffixes (/in/jane/pl), overlays (/in/jane/overlay/contact-info/),
 * detail pages, query strings, trailing slashes, percent-encoded identifiers.
 * One person must be one key, so every URL is reduced to a canonical form.
 */

export type LinkedInPage =
  | { kind: 'person'; publicId: string; canonicalUrl: string }
  | { kind: 'sales-nav-lead'; leadId: string; canonicalUrl: string }
  | { kind: 'company'; slug: string; canonicalUrl: string }
  | { kind: 'other' };

const LINKEDIN_HOST = /^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/i;
// Slugs: letters (any script), digits, hyphen, underscore, percent-escapes.
const SLUG = /^[\p{L}\p{N}_%-]{2,200}$/u;

export function isLinkedInHost(hostname: string): boolean {
  return LINKEDIN_HOST.test(hostname);
}

// "linkedin.com/in/jane" or "//www.linkedin.com/in/jane" (imports, signatures): no scheme given.
const SCHEMELESS = /^(?:\/\/)?((?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com)(?=[/?#:]|$)/i;

function parse(raw: string): URL | undefined {
  try {
    const trimmed = raw.trim();
    const url = new URL(SCHEMELESS.test(trimmed) ? `https://${trimmed.replace(/^\/\//, '')}` : trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return isLinkedInHost(url.hostname) ? url : undefined;
  } catch {
    return undefined;
  }
}

// A member id where the person has no public name ("/in/ACoAAB3x…", search and connection lists;
// "/in/ACwAAA…", the Sales Navigator id that Sales Navigator exporters put in profile links):
// an encoded id in which case matters, unlike a public name's (lowered, it opens no profile).
const MEMBER_ID = /^AC[ow][A-Za-z0-9_-]{8,}$/;

/** A profile id in one spelling: public names lower-cased, member ids as LinkedIn wrote them. */
const personId = (id: string) => (MEMBER_ID.test(id) ? id : id.toLowerCase());

function decodeSlug(segment: string, caseKept?: (id: string) => string): string | undefined {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  decoded = decoded.normalize('NFC');
  decoded = caseKept ? caseKept(decoded) : decoded.toLowerCase();
  return SLUG.test(decoded) ? decoded : undefined;
}

// The spelling list pages use for nearly every person: /in/<ascii id>, relative or on www, maybe a query.
const PLAIN_PERSON = /^(?:https:\/\/www\.linkedin\.com)?\/in\/([A-Za-z0-9_-]{2,200})\/?(?:[?#][^\s]*)?$/;

/**
 * The canonical person URL of an href in the plain spelling above (relative hrefs are on
 * www.linkedin.com), without parsing a URL; undefined for any other spelling, which
 * `classifyLinkedInUrl` then reads. The same answer as it where both answer (a property test).
 * Why: a list page's scan reads every profile link in an in-page navigation's budget.
 */
export function quickPersonUrl(href: string): string | undefined {
  if (href.length > 2_048) return undefined;
  const plain = PLAIN_PERSON.exec(href)?.[1];
  const id = plain && personId(plain);
  return id && id !== 'me' ? `https://www.linkedin.com/in/${id}/` : undefined;
}

const WWW_PERSON = 'https://www.linkedin.com/in/';

/**
 * Classify a URL and give its canonical form. Never throws. The plain profile spelling
 * (what the tab's address nearly always is) is answered without parsing a URL.
 */
export function classifyLinkedInUrl(raw: string): LinkedInPage {
  if (raw.startsWith(WWW_PERSON)) {
    const canonicalUrl = quickPersonUrl(raw);
    if (canonicalUrl) return { kind: 'person', publicId: canonicalUrl.slice(WWW_PERSON.length, -1), canonicalUrl };
  }
  return readLinkedInUrl(raw);
}

const PUB_PART = /^[0-9a-f]{1,3}$/i;

/**
 * The /in/ id of an old public profile link, /pub/<name>/<a>/<b>/<c>: LinkedIn redirects it to
 * /in/<name>-<c><b><a>, with c and b padded to three hex digits (/pub/jan-kowal/a7/576/b50 is
 * /in/jan-kowal-b50576a7). Read so a CRM's old link folds into the lead saved from the profile.
 */
function pubProfileId([name, a, b, c, ...rest]: string[]): string | undefined {
  if (!name || !a || !b || !c || rest.length > 0 || ![a, b, c].every((part) => PUB_PART.test(part))) return undefined;
  const slug = decodeSlug(name);
  return slug && `${slug}-${c.padStart(3, '0')}${b.padStart(3, '0')}${a}`.toLowerCase();
}

/** `classifyLinkedInUrl` by the full reading: the URL parsed, the identifier decoded and normalised. */
export function readLinkedInUrl(raw: string): LinkedInPage {
  const url = parse(raw);
  if (!url) return { kind: 'other' };
  const parts = url.pathname.split('/').filter(Boolean);
  // LinkedIn reads its paths in any case ("/IN/JANE" from a sheet in capitals); identifiers keep theirs.
  const [first, section] = parts.slice(0, 2).map((part) => part.toLowerCase());
  const [, second, third] = parts;
  if (first === 'in' && second) {
    const publicId = decodeSlug(second, personId);
    if (!publicId) return { kind: 'other' };
    return {
      kind: 'person',
      publicId,
      canonicalUrl: `https://www.linkedin.com/in/${encodeURIComponent(publicId)}/`,
    };
  }
  const pub = first === 'pub' ? pubProfileId(parts.slice(1)) : undefined;
  if (pub) return { kind: 'person', publicId: pub, canonicalUrl: `https://www.linkedin.com/in/${encodeURIComponent(pub)}/` };
  if (first === 'sales' && (section === 'lead' || section === 'people') && third) {
    // Sales Navigator ids look like "ACwAAA...,NAME_SEARCH,abcd": the part before the comma is the person.
    // The comma may arrive percent-encoded (%2C) when the URL was copied through a query parameter.
    const leadId = third.split(/,|%2C/i)[0] ?? '';
    if (!/^[A-Za-z0-9_-]{6,200}$/.test(leadId)) return { kind: 'other' };
    return {
      kind: 'sales-nav-lead',
      leadId,
      canonicalUrl: `https://www.linkedin.com/sales/lead/${leadId}/`,
    };
  }
  if ((first === 'company' || first === 'school' || first === 'showcase') && second) {
    const slug = decodeSlug(second);
    if (!slug) return { kind: 'other' };
    return {
      kind: 'company',
      slug,
      canonicalUrl: `https://www.linkedin.com/${first}/${encodeURIComponent(slug)}/`,
    };
  }
  // Two digits at least, like any slug: "/company/0/" would not classify again (not idempotent).
  if (first === 'sales' && section === 'company' && third && /^\d{2,20}$/.test(third)) {
    return {
      kind: 'company',
      slug: third,
      canonicalUrl: `https://www.linkedin.com/company/${third}/`,
    };
  }
  return { kind: 'other' };
}

/** Canonical profile or company URL, or undefined when the URL is not one. */
export function normalizeLinkedInUrl(raw: string): string | undefined {
  const page = classifyLinkedInUrl(raw);
  return page.kind === 'other' ? undefined : page.canonicalUrl;
}
