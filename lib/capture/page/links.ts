import { normalizeEmail, normalizePhone } from '../../schema/text';
import { classifyLinkedInUrl } from '../linkedin-url';
import { addressNamesPerson, looksPersonal, textNamesPerson } from './contact-owner';
import { emailsInText, textWithAt } from './text-emails';
import type { Finding } from './types';
import { bounded } from './text';

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
  'datenschutz', 'presse', 'bewerbung', 'karriere', 'impressum', 'iod', 'rodo', 'dataprotection',
  'hostmaster', 'www', 'wordpress', 'example',
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

/** A contact link's value, where it sits, and whether it was text rather than a link. */
export interface ContactLink {
  value: string;
  at: Element;
  printed?: boolean;
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

const MAX_CONTEXT_NODES = 200;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * The text of the block a contact sits in, its text nodes joined by spaces (minified markup
 * puts "Olivia Hart" and "CEO" side by side with none), read within a budget: a block longer
 * than MAX_CONTEXT characters is a page region naming everyone, so it says nothing ('').
 */
export function contextOf(el: Element): string {
  const block = el.matches(BLOCK) && el.tagName.toUpperCase() !== 'A' ? el : el.parentElement?.closest(BLOCK);
  if (!block) return '';
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let nodes = 0;
  let heading: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++nodes > MAX_CONTEXT_NODES) return '';
    // Two headings in one block (a flat list of people, each name an h3): it names more than one person.
    const inHeading = node.parentElement?.closest(HEADINGS) ?? null;
    if (inHeading && block.contains(inHeading) && heading && inHeading !== heading) return '';
    if (inHeading && block.contains(inHeading)) heading = inHeading;
    text += ` ${node.nodeValue ?? ''}`;
    if (text.length > MAX_CONTEXT * 2) return '';
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_CONTEXT ? '' : line;
}

export function readLinks(doc: Document): PageLinks {
  const emails: ContactLink[] = [];
  const phones: ContactLink[] = [];
  const dataHrefs: string[] = [];
  const meProfiles: string[] = [];
  const anchors = Array.from(doc.querySelectorAll('a[href], area[href]')).slice(0, MAX_ANCHORS);
  const add = (list: ContactLink[], value: string, at: Element, printed?: boolean) => {
    if (list.length < MAX_CONTACTS && !list.some((c) => c.value === value)) list.push({ value, at, ...(printed ? { printed } : {}) });
  };
  for (const anchor of anchors) {
    const href = anchor.getAttribute('href') ?? '';
    const scheme = href.trim().slice(0, 7).toLowerCase();
    // Contact links inside a person's card are that card's data (its reader decides whose they are).
    const inCard = () => anchor.closest(PERSON_CARD) !== null;
    if (scheme === 'mailto:') {
      if (emails.length >= MAX_CONTACTS || inCard()) continue;
      for (const value of parseMailto(href)) add(emails, value, anchor);
    } else if (scheme.startsWith('tel:')) {
      if (phones.length >= MAX_CONTACTS || inCard()) continue;
      const value = parseTel(href);
      if (value) add(phones, value, anchor);
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
    for (const value of emailsInText(text)) add(emails, value, parent, true);
  }
  return { emails, phones, meProfiles, dataHrefs };
}

/** The page's host without "www." and its subdomains' common names, as letters: shop.acme-robotics.com → acmerobotics. */
function siteLetters(host: string): string {
  const labels = host.toLowerCase().split('.');
  // The label before the top level, or before a second-level one (acme.co.uk, firma.com.pl).
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|ac|gov|edu)$/.test(labels[labels.length - 2]!);
  return (labels[labels.length - (secondLevel ? 3 : 2)] ?? '').replace(/[^a-z0-9]/g, '');
}

/** Whether an address is on the page's own site (printed addresses of other sites are credits, not contacts). */
function onSite(address: string, host: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return host !== '' && siteLetters(domain) === siteLetters(host);
}

export interface PagePerson {
  fullName: string;
  /** The page is the person's own: a profile page, or a site whose host is their name (janedoe.com). */
  ownPage: boolean;
}

/**
 * The page's contact links as findings for its person (contact-owner.ts says why). With
 * no person named, the links are all there is: a personal address, else a role one (an
 * address printed as text only on the page's own domain: elsewhere it is a credit, "site
 * by studio@agency"), and the first phone.
 */
export function contactFindings(links: PageLinks, person: PagePerson | undefined, host: string): Finding[] {
  let email: string | undefined;
  let phone: string | undefined;
  if (!person) {
    const usable = links.emails.filter((e) => !e.printed || onSite(e.value, host));
    email = (usable.find((e) => !isGenericEmail(e.value)) ?? usable[0])?.value;
    phone = links.phones[0]?.value;
  } else {
    const { fullName } = person;
    const theirs = (e: ContactLink) => {
      if (addressNamesPerson(e.value, fullName)) return true;
      // A role address, or another person's (marcus.lee@ beside Olivia Hart's name in one block), is not theirs.
      if (isGenericEmail(e.value) || looksPersonal(e.value)) return false;
      return textNamesPerson(contextOf(e.at), fullName);
    };
    email = links.emails.find(theirs)?.value;
    phone = links.phones.find((p) => textNamesPerson(contextOf(p.at), fullName))?.value;
    if (!phone && person.ownPage && links.phones.length === 1) phone = links.phones[0]!.value;
  }
  const findings: Finding[] = [];
  // One rel="me" profile is the page owner's (microformats' rel-me, read with the h-card), once the page names its owner.
  if (person && links.meProfiles.length === 1) {
    const profile = classifyLinkedInUrl(links.meProfiles[0]!);
    if (profile.kind === 'person') findings.push({ source: 'hcard', person: { linkedinUrl: profile.canonicalUrl, publicId: profile.publicId } });
  }
  if (email) findings.push({ source: 'mailto', person: { email } });
  if (phone) findings.push({ source: 'tel', person: { phone } });
  return findings;
}
