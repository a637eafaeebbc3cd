import { classifyLinkedInUrl } from '../linkedin-url';
import type { ExtractResult } from '../schema';
import { extractCompany } from './company';
import type { Extraction } from './extraction';
import { safeNow } from './finalize';
import { extractPerson } from './person';
import { buildReport } from './report';

/**
 * LinkedIn extraction: pure functions over a Document and the page URL.
 *
 *   extractLinkedIn(doc, url, now) -> a schema-valid person/company capture,
 *     { ok:false, reason:'not-a-lead-page' } for feed/search/messaging/... and for
 *     LinkedIn's "no such profile" page,
 *     { ok:false, reason:'no-identity' } when no name can be read or the DOM
 *     shows a different profile than the URL (single-page navigation race).
 *   extractLinkedInReport(doc, url, now) -> the same, with what it tells about
 *     LinkedIn's markup (report.ts) and, when no name was read, what was.
 *
 * They never throw: page markup is untrusted input.
 */
export function extractLinkedInReport(doc: Document, url: string, now: number): Extraction {
  let kind: ReturnType<typeof classifyLinkedInUrl>['kind'] = 'other';
  try {
    const page = classifyLinkedInUrl(typeof url === 'string' ? url : '');
    kind = page.kind;
    if (page.kind === 'other') return { result: { ok: false, reason: 'not-a-lead-page' }, report: buildReport('other', 'not-a-lead-page', undefined, []) };
    if (!doc || typeof doc.querySelectorAll !== 'function') throw new Error('no document');
    const ctx = { doc, url, page, now: safeNow(now) };
    return page.kind === 'company' ? extractCompany(ctx) : extractPerson(ctx);
  } catch {
    return { result: { ok: false, reason: 'no-identity' }, report: buildReport(kind, 'other-profile', undefined, []) };
  }
}

export function extractLinkedIn(doc: Document, url: string, now: number): ExtractResult {
  return extractLinkedInReport(doc, url, now).result;
}

/** Is the page at this address a lead page (not LinkedIn's "no such profile" page)? Cheap: for the in-page control. */
export { isLeadDocument } from './lead-document';
export type { Extraction } from './extraction';
export type { Drift, ExtractionReport, Layer } from './report';
export { documentMatchesUrl } from './identity';
export { cleanPersonName, splitPersonName } from '../../leads/person-name';
export { parseLinkedInTitle } from './title-meta';
export { companyFromLabel } from './labels';
