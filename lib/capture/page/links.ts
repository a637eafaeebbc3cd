import { normalizeEmail, normalizePhone } from '../../schema/text';
import { classifyLinkedInUrl } from '../linkedin-url';
import { addressNamesPerson, domainNamesPerson, textNamesPerson } from './contact-owner';
import { emailsInText, textWithAt } from './text-emails';
import type { Finding } from './types';
import { bounded, elementText } from './text';

/**
 * mailto: and tel: links, and inline vCard links, collected in one pass over
 * the page's anchors, then addresses printed as text, each with the text around it. Which of them belongs to
 * the page's person is decided once that person is known (contactFindings).
 */
const MAX_ANCHORS = 5000;
const MAX_CONTACTS = 50;
const PERSON_CARD = '.vcard, .h-card, [itemscope][itemtype*="Person" i]';
// The block a link sits in: a team member's card, a paragraph, a table cell.
const BLOCK = 'li, p, td, dd, address, figure, article, section, div, header, footer';
// Text around a link longer than this is a page region, not a card: it names everyone.
const MAX_CONTEXT = 400;

const GENERIC_LOCAL_PARTS = new Set([
  'info', 'sales', 'support', 'noreply', 'no-reply', 'donotreply', 'do-not-reply', 'hello',
  'contact', 'office', 'admin', 'team', 'help', 'enquiries', 'inquiries', 'enquiry', 'press',
  'media', 'marketing', 'careers', 'jobs', 'hr', 'billing', 'webmaster', 'postmaster',
  'privacy', 'legal', 'abuse', 'mail', 'service', 'customerservice', 'partners', 'accounts',
  'feedback', 'newsletter', 'biuro', 'kontakt', 'bok', 'oferta', 'contact-us', 'hi',
  // More roles in English, and in Polish, Romanian, Russian and German.
  'reception', 'orders', 'order', 'events', 'event', 'recruiting', 'recruitment', 'talent',
  'invoices', 'invoice', 'accounting', 'finance', 'partnerships', 'partner', 'investors', 'ir',
  'dpo', 'gdpr', 'security', 'booking', 'bookings', 'reservations', 'shop', 'store',
  'customercare', 'care', 'customersupport', 'helpdesk', 'it', 'compliance', 'procurement',
  'purchasing', 'welcome', 'general', 'director', 'management', 'board', 'pr', 'news',
  'sekretariat', 'handlowy', 'zamowienia', 'zamówienia', 'rekrutacja', 'praca', 'faktury',
  'ksiegowosc', 'serwis', 'recepcja', 'sprzedaz', 'vanzari', 'comenzi', 'secretariat',
  'resurse.umane', 'zakaz', 'zakazy', 'otdel.prodazh', 'prodazhi', 'sale', 'priemnaya', 'buh',
  'vertrieb', 'anfrage', 'anfragen', 'kundenservice', 'bestellung', 'buchhaltung', 'empfang', 'zentrale',
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
    // Decoding may reveal "a@b.com, c@d.com" inside one part; "Jane Doe <jane@acme.example>" names its address.
    for (const part of decoded.split(/[,;]/)) {
      const open = part.lastIndexOf('<');
      const close = part.indexOf('>', open);
      const address = normalizeEmail(open >= 0 && close > open ? part.slice(open + 1, close) : part);
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

/** A contact link's value and the text of the block it sits in (empty when that block is a whole region). */
export interface ContactLink {
  value: string;
  context: string;
}

export interface PageLinks {
  emails: ContactLink[];
  phones: ContactLink[];
  /** LinkedIn profiles linked with rel="me": the page's author saying "this is me too". */
  meProfiles: string[];
  /** Raw hrefs of data: links, for the vCard reader. */
  dataHrefs: string[];
}

function isRelMe(anchor: Element): boolean {
  return (anchor.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('me');
}

/** The text of the block an element sits in (the element's own block when `self`). */
function contextOf(el: Element, self = false): string {
  const block = self ? el.closest(BLOCK) : el.parentElement?.closest(BLOCK);
  const text = block ? elementText(block, MAX_CONTEXT + 1) : '';
  return text.length > MAX_CONTEXT ? '' : text;
}

export function readLinks(doc: Document): PageLinks {
  const emails: ContactLink[] = [];
  const phones: ContactLink[] = [];
  const dataHrefs: string[] = [];
  const meProfiles: string[] = [];
  const anchors = Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, MAX_ANCHORS);
  for (const anchor of anchors) {
    const href = anchor.getAttribute('href') ?? '';
    const scheme = href.trim().slice(0, 7).toLowerCase();
    // Contact links inside a person's card are that card's data (its reader decides whose they are).
    const inCard = () => anchor.closest(PERSON_CARD) !== null;
    if (scheme === 'mailto:') {
      if (emails.length >= MAX_CONTACTS || inCard()) continue;
      const context = contextOf(anchor);
      for (const value of parseMailto(href)) if (!emails.some((e) => e.value === value)) emails.push({ value, context });
    } else if (scheme.startsWith('tel:')) {
      if (phones.length >= MAX_CONTACTS || inCard()) continue;
      const value = parseTel(href);
      if (value && !phones.some((p) => p.value === value)) phones.push({ value, context: contextOf(anchor) });
    } else if (scheme.startsWith('data:') && dataHrefs.length < 5 && isVCardHeader(href)) {
      dataHrefs.push(href);
    } else if (meProfiles.length < 5 && isRelMe(anchor)) {
      const profile = classifyLinkedInUrl(href);
      if (profile.kind === 'person' && !meProfiles.includes(profile.canonicalUrl)) meProfiles.push(profile.canonicalUrl);
    }
  }
  // Addresses printed as text come after the linked ones.
  for (const { text, parent } of textWithAt(doc)) {
    if (emails.length >= MAX_CONTACTS) break;
    if (parent.closest(PERSON_CARD) !== null) continue;
    const found = emailsInText(text).filter((value) => !emails.some((e) => e.value === value));
    if (found.length > 0) {
      const context = contextOf(parent, true);
      for (const value of found) emails.push({ value, context });
    }
  }
  return { emails, phones, meProfiles, dataHrefs };
}

/**
 * The page's contact links as findings for its person (contact-owner.ts says why).
 * `person` is the name the page gives its person, and whether it comes from the
 * page's metadata only (a profile page's title: the page is theirs, so is a lone phone).
 * With no name, the links are all there is: a personal address, else a role one, and
 * the first phone.
 */
export function contactFindings(links: PageLinks, person: { fullName: string; fromMetadata: boolean } | undefined): Finding[] {
  const personal = links.emails.filter((e) => !isGenericEmail(e.value));
  let email: string | undefined;
  let phone: string | undefined;
  if (!person) {
    email = (personal[0] ?? links.emails[0])?.value;
    phone = links.phones[0]?.value;
  } else {
    const { fullName } = person;
    email =
      personal.find((e) => addressNamesPerson(e.value, fullName) || textNamesPerson(e.context, fullName))?.value ??
      // A role address on the person's own domain (hello@janedoe.com) still reaches them.
      links.emails.find((e) => domainNamesPerson(e.value, fullName))?.value;
    phone = links.phones.find((p) => textNamesPerson(p.context, fullName))?.value;
    if (!phone && person.fromMetadata && links.phones.length === 1) phone = links.phones[0]!.value;
  }
  const findings: Finding[] = [];
  // One rel="me" profile is the page owner's: microformats' rel-me, read with the h-card.
  if (links.meProfiles.length === 1) {
    const profile = classifyLinkedInUrl(links.meProfiles[0]!);
    if (profile.kind === 'person') findings.push({ source: 'hcard', person: { linkedinUrl: profile.canonicalUrl, publicId: profile.publicId } });
  }
  if (email) findings.push({ source: 'mailto', person: { email } });
  if (phone) findings.push({ source: 'tel', person: { phone } });
  return findings;
}
