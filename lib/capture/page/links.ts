import { normalizeEmail, normalizePhone } from '../../schema/text';
import type { Finding } from './types';
import { bounded } from './text';

/**
 * mailto: and tel: links, and inline vCard links, collected in one pass over
 * the page's anchors. For the e-mail, a personal-looking address is preferred
 * over a role address (info@, sales@…), which is still better than nothing.
 */
const MAX_ANCHORS = 5000;
const PERSON_CARD = '.vcard, .h-card, [itemscope][itemtype*="Person" i]';

const GENERIC_LOCAL_PARTS = new Set([
  'info', 'sales', 'support', 'noreply', 'no-reply', 'donotreply', 'do-not-reply', 'hello',
  'contact', 'office', 'admin', 'team', 'help', 'enquiries', 'inquiries', 'enquiry', 'press',
  'media', 'marketing', 'careers', 'jobs', 'hr', 'billing', 'webmaster', 'postmaster',
  'privacy', 'legal', 'abuse', 'mail', 'service', 'customerservice', 'partners', 'accounts',
  'feedback', 'newsletter', 'biuro', 'kontakt', 'bok', 'oferta', 'contact-us', 'hi',
]);

/** info@, sales@, noreply@… : an address that reaches a role, not a person. */
export function isGenericEmail(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase().split('+')[0] ?? '';
  return GENERIC_LOCAL_PARTS.has(local) || local.startsWith('noreply') || local.startsWith('no-reply');
}

/**
 * Addresses in a mailto: URL: "mailto:a@b.com,c@d.com?subject=…", percent-encoded,
 * or only in "?to=". Valid ones, normalised, in order.
 */
export function parseMailto(href: string): string[] {
  const raw = bounded(href, 4000).trim();
  if (raw.slice(0, 7).toLowerCase() !== 'mailto:') return [];
  const rest = raw.slice(7);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const candidates = path.split(/[,;]/);
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split('&')) {
      if (pair.slice(0, 3).toLowerCase() === 'to=') candidates.push(...pair.slice(3).split(/[,;]/));
    }
  }
  const out: string[] = [];
  for (const candidate of candidates) {
    let decoded = candidate;
    try {
      decoded = decodeURIComponent(candidate);
    } catch {
      /* keep as is */
    }
    // Decoding may reveal "a@b.com, c@d.com" inside one part.
    for (const part of decoded.split(/[,;]/)) {
      const address = normalizeEmail(part);
      if (address && !out.includes(address)) out.push(address);
    }
  }
  return out;
}

/** Phone number in a tel: URL ("tel:+48%20123%20456%20789"). */
export function parseTel(href: string): string | undefined {
  const raw = bounded(href, 200).trim();
  if (raw.slice(0, 4).toLowerCase() !== 'tel:') return undefined;
  let decoded = raw.slice(4);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    /* keep as is */
  }
  return normalizePhone(decoded.split(';')[0] ?? ''); // drop ";ext=" style parameters
}

/** Only vCard data: links are kept (not data: images or downloads). */
function isVCardHeader(href: string): boolean {
  const head = href.trim().slice(0, 100).toLowerCase();
  return head.includes('vcard') || head.includes('text/directory');
}

export interface PageLinks {
  mailto?: Finding;
  tel?: Finding;
  /** Raw hrefs of data: links, for the vCard reader. */
  dataHrefs: string[];
}

export function readLinks(doc: Document): PageLinks {
  const emails: string[] = [];
  let phone: string | undefined;
  const dataHrefs: string[] = [];
  const anchors = Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, MAX_ANCHORS);
  for (const anchor of anchors) {
    const href = anchor.getAttribute('href') ?? '';
    const scheme = href.trim().slice(0, 7).toLowerCase();
    // Contact links inside a person's card are that card's data (its reader decides whose they are).
    const inCard = () => anchor.closest(PERSON_CARD) !== null;
    if (scheme === 'mailto:') {
      const enough = emails.length >= 50 || emails.some((e) => !isGenericEmail(e));
      if (!enough && !inCard()) emails.push(...parseMailto(href));
    } else if (scheme.startsWith('tel:')) {
      if (phone === undefined && !inCard()) phone = parseTel(href);
    } else if (scheme.startsWith('data:') && dataHrefs.length < 5 && isVCardHeader(href)) {
      dataHrefs.push(href);
    }
  }
  const email = emails.find((e) => !isGenericEmail(e)) ?? emails[0];
  return {
    mailto: email ? { source: 'mailto', person: { email } } : undefined,
    tel: phone ? { source: 'tel', person: { phone } } : undefined,
    dataHrefs,
  };
}
