import { classifyLinkedInUrl } from '../linkedin-url';
import { isMissingProfilePage } from './not-found';

/**
 * The kind of lead page the document at `url` is, for the in-page control: the
 * address's kind, except LinkedIn's "no such profile" page, which is no lead at all.
 * Reads only the headings and the page key, so it is cheap enough for every navigation.
 */
export function isLeadDocument(doc: Document, url: string): boolean {
  try {
    const page = classifyLinkedInUrl(url);
    return page.kind !== 'other' && !isMissingProfilePage(doc, page);
  } catch {
    return false;
  }
}
