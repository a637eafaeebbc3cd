import type { LeadSource } from '../capture/schema';
import type { Lead } from '../schema/records';
import { COMPANIES, CULTURES, EXTRA_TAGS, TITLES } from './demo-data';
import type { Random } from './prng';

/** The tag every demo lead carries, so the rep can filter the demo out (or in) in the list. */
export const DEMO_TAG = 'demo';

/** Who a demo lead is: the fields a capture would bring, made up. */
export type DemoPerson = Pick<
  Lead,
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'headline'
  | 'title'
  | 'companyName'
  | 'location'
  | 'linkedinUrl'
  | 'publicId'
  | 'email'
  | 'phone'
  | 'website'
  | 'source'
  | 'sourceUrl'
  | 'referredBy'
  | 'tags'
  | 'notes'
>;

const SOURCES: readonly (readonly [LeadSource, number])[] = [
  ['linkedin', 40],
  ['sales-navigator', 15],
  ['website', 10],
  ['referral', 12],
  ['event', 8],
  ['import', 8],
  ['manual', 5],
  ['context-menu', 2],
];

const NOTES: readonly string[] = [
  'Met at the SaaS Summit; interested in the team plan.',
  'Uses spreadsheets for forecasting today.',
  'Prefers e-mail over calls.',
  'Their renewal with the current vendor is in spring.',
];

/**
 * Person number `n` (from 1). `earlier` are the names already made, so a referral
 * names someone else in the demo as who referred them.
 */
export function demoPerson(random: Random, n: number, earlier: readonly string[]): DemoPerson {
  const market = random.int(0, CULTURES.length - 1);
  const culture = CULTURES[market] ?? random.pick(CULTURES);
  const female = random.chance(0.5);
  const [first, firstAscii] = random.pick(female ? culture.female : culture.male);
  const [last, lastAscii] = random.pick(culture.surnames)[female ? 1 : 0];
  // Mostly people work for a company of their own market; some for a foreign one.
  const local = COMPANIES.filter((c) => c.market === market);
  const company = random.pick(local.length > 0 && random.chance(0.75) ? local : COMPANIES);
  const title = culture.localTitles.length > 0 && random.chance(0.25) ? random.pick(culture.localTitles) : random.pick(TITLES);
  const source = random.weighted(SOURCES);
  const slug = `demo-${n}`;
  const linkedinUrl = `https://www.linkedin.com/in/${slug}/`;
  const sourceUrl =
    source === 'linkedin' ? linkedinUrl : source === 'website' ? `https://${company.domain}/contact` : source === 'event' ? 'https://events.example/saas-summit' : undefined;
  const tags = [DEMO_TAG, ...(random.chance(0.6) ? [random.pick(EXTRA_TAGS)] : []), ...(random.chance(0.2) ? [random.pick(EXTRA_TAGS)] : [])];
  return {
    fullName: `${first} ${last}`,
    firstName: first,
    lastName: last,
    headline: `${title} at ${company.name}`,
    title,
    companyName: company.name,
    location: random.pick(culture.cities),
    linkedinUrl,
    publicId: slug,
    email: random.chance(0.75) ? `${firstAscii}.${lastAscii}@${company.domain}` : undefined,
    phone: random.chance(0.3) ? `${culture.phonePrefix}${String(random.int(0, 99_999)).padStart(5, '0')}` : undefined,
    website: `https://${company.domain}/`,
    source,
    sourceUrl,
    referredBy: source === 'referral' && earlier.length > 0 ? random.pick(earlier) : undefined,
    tags: [...new Set(tags)],
    notes: random.chance(0.15) ? random.pick(NOTES) : undefined,
  };
}
