import type { PageReadResult } from '../messaging/protocol';
import { classifyLinkedInUrl } from './linkedin-url';
import { extractLinkedIn } from './linkedin';
import { extractPage } from './page';
import { hasPersonIdentity } from './schema';

// Sources that name a person on purpose; a title or og:site_name alone does not.
const STRUCTURED = new Set(['json-ld', 'microdata', 'hcard', 'vcard']);

/**
 * Everything a page offers for a lead, for the popup form and the shortcut.
 * LinkedIn pages use the LinkedIn extractors; any other page the generic ones.
 */
export function readPage(doc: Document, url: string, now: number): PageReadResult {
  if (classifyLinkedInUrl(url).kind !== 'other') {
    const result = extractLinkedIn(doc, url, now);
    if (result.ok) {
      const capture = result.capture;
      return capture.kind === 'person'
        ? { url, person: capture.person, isLeadPage: true, sources: ['linkedin'] }
        : { url, company: capture.company, isLeadPage: true, sources: ['linkedin'] };
    }
    return { url, isLeadPage: false, sources: [] };
  }
  const page = extractPage(doc, url, now);
  const structured = page.sources.some((s) => STRUCTURED.has(s));
  const isLeadPage = Boolean(page.person && structured && hasPersonIdentity(page.person) && page.person.fullName);
  return { url, person: page.person, company: page.company, isLeadPage, sources: page.sources.slice(0, 20) };
}
