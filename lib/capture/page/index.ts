/** Capture from any web page: public API. */
export { extractPage } from './extract';
export { PAGE_SOURCES } from './types';
export type { PageExtract, PageSource } from './types';
export { parseVCard, decodeVCardDataUrl } from './vcard';
export { isGenericEmail, parseMailto, parseTel } from './links';
export { isPlausibleName, looksLikeTitle, looksLikeCompany } from './names';
