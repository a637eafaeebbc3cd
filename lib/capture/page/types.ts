import type { CompanyCapture, PersonCapture } from '../schema';

/**
 * Where on a page a value came from, in order of trust: structured data first
 * (the site said so on purpose), then contact links, then page metadata.
 */
export const PAGE_SOURCES = [
  'json-ld',
  'microdata',
  'hcard',
  'vcard',
  'mailto',
  'tel',
  // An address or number printed as text, not linked.
  'page-text',
  'profile-link',
  'open-graph',
  'title',
] as const;
export type PageSource = (typeof PAGE_SOURCES)[number];

export interface PageExtract {
  /** A (possibly partial) person the rep can complete; schema-valid when present. */
  person?: PersonCapture;
  /** The person's company, or the company the page belongs to; schema-valid when present. */
  company?: CompanyCapture;
  /** Sources that contributed at least one returned field, most trusted first. */
  sources: PageSource[];
}

/** Fields an extractor may fill; source, sourceUrl and capturedAt are set once at the end. */
export type PersonField = Exclude<keyof PersonCapture, 'source' | 'sourceUrl' | 'capturedAt'>;
export type CompanyField = Exclude<keyof CompanyCapture, 'source' | 'sourceUrl' | 'capturedAt'>;

/** Raw, unvalidated strings as read from the page: merge validates each one. */
export type PersonDraft = Partial<Record<PersonField, string>>;
export type CompanyDraft = Partial<Record<CompanyField, string>>;

/** What one extractor found. */
export interface Finding {
  source: PageSource;
  /** The person the page is about (or contact details that may be theirs). */
  person?: PersonDraft;
  /** That person's employer, as stated next to the person. */
  employer?: CompanyDraft;
  /** The organisation the page itself is about or published by. */
  organization?: CompanyDraft;
}
