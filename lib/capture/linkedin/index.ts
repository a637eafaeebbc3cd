import { classifyLinkedInUrl } from '../linkedin-url';
import type { ExtractResult } from '../schema';
import { extractCompany } from './company';
import { safeNow } from './finalize';
import { extractPerson } from './person';

/**
 * LinkedIn extraction: pure functions over a Document and the page URL.
 *
 *   extractLinkedIn(doc, url, now) -> a schema-valid person/company capture,
 *     { ok:false, reason:'not-a-lead-page' } for feed/search/messaging/...,
 *     { ok:false, reason:'no-identity' } when no name can be read or the DOM
 *     shows a different profile than the URL (single-page navigation race).
 *
 * It never throws: page markup is untrusted input.
 */
export function extractLinkedIn(doc: Document, url: string, now: number): ExtractResult {
  try {
    const page = classifyLinkedInUrl(typeof url === 'string' ? url : '');
    if (page.kind === 'other') return { ok: false, reason: 'not-a-lead-page' };
    if (!doc || typeof doc.querySelectorAll !== 'function') return { ok: false, reason: 'no-identity' };
    const ctx = { doc, url, page, now: safeNow(now) };
    return page.kind === 'company' ? extractCompany(ctx) : extractPerson(ctx);
  } catch {
    return { ok: false, reason: 'no-identity' };
  }
}

export { documentMatchesUrl } from './identity';
export { cleanPersonName, splitPersonName } from './names';
export { parseLinkedInTitle } from './title-meta';
export { companyFromLabel } from './labels';
