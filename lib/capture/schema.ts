import { z } from 'zod';
import { LIMITS, email, line, phone, webUrl, epochMs } from '../schema/text';
import { classifyLinkedInUrl } from './linkedin-url';
import { LEAD_SOURCES } from './sources';

export { LEAD_SOURCES };

/**
 * A LinkedIn URL field, stored canonical so one person is one key whatever
 * spelling the page used (pl.linkedin.com, ?trk=, /overlay/...). A URL of the
 * wrong kind (a company URL where a profile is expected) is dropped.
 */
export const linkedinUrlOf = (...kinds: ('person' | 'sales-nav-lead' | 'company')[]) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v ?? undefined;
    const page = classifyLinkedInUrl(v);
    return page.kind !== 'other' && kinds.includes(page.kind) ? page.canonicalUrl : undefined;
  }, z.string().max(LIMITS.url).optional());

/**
 * What a capture (from any of the four ways in) hands to the save path.
 * Every field is optional except what identifies the record; the schema cleans
 * and cuts page text, so an extractor may pass raw strings.
 */

export const LeadSource = z.enum(LEAD_SOURCES);
export type LeadSource = z.infer<typeof LeadSource>;

export const PersonCaptureSchema = z.object({
  fullName: line(LIMITS.name),
  firstName: line(LIMITS.name),
  lastName: line(LIMITS.name),
  headline: line(LIMITS.headline),
  title: line(LIMITS.title),
  companyName: line(LIMITS.company),
  companyLinkedinUrl: linkedinUrlOf('company'),
  location: line(LIMITS.location),
  photoUrl: webUrl,
  linkedinUrl: linkedinUrlOf('person'),
  publicId: line(200),
  salesNavUrl: linkedinUrlOf('sales-nav-lead'),
  email,
  phone,
  website: webUrl,
  sourceUrl: webUrl,
  source: LeadSource,
  capturedAt: epochMs,
  /**
   * Fields read from a guess (a list row's title and company from its headline): they fill a lead
   * that has none, never replace what a profile or the rep gave (lib/leads/plan-people.ts).
   */
  guessed: z.array(z.enum(['title', 'companyName'])).max(2).optional(),
});
export type PersonCapture = z.infer<typeof PersonCaptureSchema>;
export type PersonCaptureInput = z.input<typeof PersonCaptureSchema>;

export const CompanyCaptureSchema = z.object({
  name: line(LIMITS.company),
  industry: line(200),
  sizeBand: line(60),
  website: webUrl,
  headquarters: line(LIMITS.location),
  linkedinUrl: linkedinUrlOf('company'),
  logoUrl: webUrl,
  sourceUrl: webUrl,
  source: LeadSource,
  capturedAt: epochMs,
});
export type CompanyCapture = z.infer<typeof CompanyCaptureSchema>;
export type CompanyCaptureInput = z.input<typeof CompanyCaptureSchema>;

export const CaptureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), person: PersonCaptureSchema }),
  z.object({ kind: z.literal('company'), company: CompanyCaptureSchema }),
]);
export type Capture = z.infer<typeof CaptureSchema>;

/** What every extractor returns: a schema-valid capture, or a typed "not a lead page". */
export type ExtractResult =
  | { ok: true; capture: Capture }
  | { ok: false; reason: 'not-a-lead-page' | 'no-identity' };

/** A person capture needs at least a name, or a profile URL, or an e-mail to be a lead. */
export function hasPersonIdentity(p: PersonCapture): boolean {
  return Boolean(p.fullName || p.linkedinUrl || p.email || p.salesNavUrl);
}

export const PERSON_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'headline',
  'title',
  'companyName',
  'companyLinkedinUrl',
  'location',
  'photoUrl',
  'linkedinUrl',
  'publicId',
  'email',
  'phone',
] as const satisfies readonly (keyof PersonCapture)[];
