import { classifyLinkedInUrl } from '../capture/linkedin-url';

/**
 * A LinkedIn profile as a CRM may hold it. A teammate pastes whatever the address bar showed:
 * http or https, www or a country subdomain (pl.linkedin.com), with or without the trailing
 * slash, a locale suffix (/in/jane/en), the slug percent-encoded or not. HubSpot's search only
 * matches a value exactly (case aside), so a search lists the spellings, commonest first,
 * and whatever comes back is checked with `samePerson` (the one normaliser,
 * classifyLinkedInUrl), which also settles spellings no list can hold (a query or a hash).
 * Pure functions.
 */

/** The profile's public id (lower case, decoded) when the URL names a person, else undefined. */
export function profileIdOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const page = classifyLinkedInUrl(url);
  return page.kind === 'person' ? page.publicId : undefined;
}

/** Whether two URLs name the same LinkedIn person (false when either names none). */
export function samePerson(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = profileIdOf(a);
  return x !== undefined && x === profileIdOf(b);
}

/** LinkedIn's country subdomains seen in pasted profile URLs, the largest markets first. */
const COUNTRIES = ['uk', 'pl', 'de', 'fr', 'es', 'it', 'nl', 'br', 'in', 'ca', 'au', 'ro', 'se', 'ch', 'be', 'at', 'pt', 'ie', 'dk', 'no', 'fi', 'cz', 'mx', 'ar', 'za', 'ae', 'sg', 'tr', 'ru', 'ua', 'il', 'jp', 'kr', 'cn', 'hk', 'nz', 'cl', 'co', 'pe', 'gr', 'hu', 'sk', 'bg', 'hr', 'rs', 'lt', 'lv', 'ee', 'si', 'lu'];
/** Locale suffixes LinkedIn adds to a profile's address (/in/jane/pl). */
const LOCALES = ['en', 'pl', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ro', 'ru', 'sv', 'tr'];

/**
 * The spellings of one person's profile URL, commonest first, without repeats, at most `max`:
 * the canonical one first. Empty when `url` names no person. Each spelling names the same
 * person again (`samePerson`), so a match on any of them is a match.
 */
export function profileUrlSpellings(url: string, max = 100): string[] {
  const publicId = profileIdOf(url);
  if (!publicId || max < 1) return [];
  const out = new Set<string>();
  // Made in order and stopped at `max`: a push asks for three a lead, thousands of leads a walk.
  for (const spelling of candidates(publicId)) {
    // A slug whose decoded form reads differently (an escaped '%') must not name someone else.
    if (out.has(spelling) || profileIdOf(spelling) !== publicId) continue;
    out.add(spelling);
    if (out.size >= max) break;
  }
  return [...out];
}

function* candidates(publicId: string): Generator<string> {
  const encoded = encodeURIComponent(publicId);
  // The slug as typed by hand is the decoded one; as copied from the address bar, the encoded one.
  const slugs = encoded === publicId ? [encoded] : [encoded, publicId];
  function* at(prefix: string, suffix = '') {
    for (const slash of ['/', '']) for (const slug of slugs) yield `${prefix}/in/${slug}${suffix}${slash}`;
  }
  for (const host of ['www.linkedin.com', 'linkedin.com']) for (const scheme of ['https://', 'http://', '']) yield* at(`${scheme}${host}`);
  for (const locale of LOCALES) yield* at('https://www.linkedin.com', `/${locale}`);
  for (const country of COUNTRIES) for (const scheme of ['https://', 'http://']) yield* at(`${scheme}${country}.linkedin.com`);
  yield* at('https://m.linkedin.com');
}

/** The spellings of a profile URL; a URL naming no person (a company page a lead was saved from) only as it is. */
export function profileUrlSpellingsOr(url: string, max = 100): string[] {
  const spellings = profileUrlSpellings(url, max);
  return spellings.length > 0 || max < 1 ? spellings : [url];
}

/** A stored URL names the person `url` names; for a URL naming no person, the same text (case aside). */
export function sameProfileUrl(stored: string | null | undefined, url: string | undefined): boolean {
  if (!stored || !url) return false;
  return profileIdOf(url) !== undefined ? samePerson(stored, url) : stored.toLowerCase() === url.toLowerCase();
}
