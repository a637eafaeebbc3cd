import type { LinkedInPage } from '../linkedin-url';

/**
 * Drafts are what strategies hand back: raw page strings, keyed by capture field.
 * They are checked (plausible.ts) when merged and cleaned again by the Zod schemas.
 */
export type PersonField =
  | 'fullName'
  | 'firstName'
  | 'lastName'
  | 'headline'
  | 'title'
  | 'companyName'
  | 'companyLinkedinUrl'
  | 'location'
  | 'photoUrl'
  | 'linkedinUrl';
export type PersonDraft = Partial<Record<PersonField, string>>;

export type CompanyField = 'name' | 'industry' | 'sizeBand' | 'website' | 'headquarters' | 'logoUrl';
export type CompanyDraft = Partial<Record<CompanyField, string>>;

export type LeadPage = Exclude<LinkedInPage, { kind: 'other' }>;

export interface PageContext {
  doc: Document;
  url: string;
  page: LeadPage;
  now: number;
}
