import { normalizeEmail, normalizePhone } from '../../schema/text';
import { classifyLinkedInUrl } from '../linkedin-url';
import { addressNamesPerson, addressOfSomeoneElse, lineOfSomeoneElse, localPartNamesPerson, looksPersonal, profileNamesPerson, textNamesPerson } from './contact-owner';
import { siteLabel } from './site';
import { printedText } from './printed-text';
import { emailsInText } from './text-emails';
import { phoneDigits, printedPhones } from './text-phones';
import type { Finding } from './types';
import { bounded } from './text';

/**
 * mailto: and tel: links, and inline vCard links, collected in one pass over
 * the page's anchors, then addresses and phone numbers printed as text, each with the text around it. Which of them belongs to
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
  'hostmaster', 'www', 'wordpress', 'example', 'mediainquiries', 'media-inquiries', 'pressinquiries', 'mediarelations',
  'communications', 'comms', 'investor', 'investorrelations', 'office.manager', 'frontdesk', 'concierge', 'biuro.prasowe',
  // Desks of a Romanian, Polish or Russian contact page, and one-word spellings of the English ones.
  'contactus', 'salesteam', 'contabilitate', 'financiar', 'receptie', 'suport', 'ofertare', 'achizitii', 'kadry', 'zakupy',
  'reklamacje', 'logistyka', 'reklama', 'buhgalteria', 'snab',
]);

/** info@, sales@, noreply@… : an address that reaches a role, not a person. */
export function isGenericEmail(address: string): boolean {
  const local = address.slice(0, address.indexOf('@')).toLowerCase().split('+')[0] ?? '';
  return GENERIC_LOCAL_PARTS.has(local) || local.startsWith('noreply') || local.startsWith('no-reply');
}

// Role addresses that reach the company as a whole, or its sales: where a rep writes first.
const FRONT_DOORS = new Set(['info', 'office', 'contact', 'contactus', 'contact-us', 'hello', 'hi', 'sales', 'kontakt', 'biuro',
  'sprzedaz', 'handlowy', 'oferta', 'vanzari', 'prodazhi', 'sale', 'mail', 'general', 'welcome', 'enquiries', 'inquiries', 'vertrieb', 'anfrage']);

function isFrontDoor(address: string): boolean {
  return FRONT_DOORS.has(address.slice(0, address.indexOf('@')).toLowerCase().split('+')[0] ?? '');
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
  const [main = '', ...params] = decoded.split(';');
  // An extension as RFC 3966 writes it (";ext=12") or as a dial pause before it ("+1555…,12",
  // "…p12"): the digits after the pause are never part of the number, which they would be with the pause dropped.
  const pause = /\d\s*(?:,|[pw](?=[\d,]))/i.exec(main);
  const number = pause ? main.slice(0, pause.index + 1) : main;
  const afterPause = pause ? main.slice(pause.index + 1).replace(/\D/g, '') : '';
  const ext = params.find((p) => p.trim().toLowerCase().startsWith('ext='))?.trim().slice(4) ?? afterPause;
  return normalizePhone(/^\d{1,6}$/.test(ext) ? `${number} ext. ${ext}` : number);
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
  /** A printed number's text just before it (a linked one's is read when needed: textBefore). */
  lead?: string;
}

export interface PageLinks {
  emails: ContactLink[];
  phones: ContactLink[];
  /** LinkedIn profiles linked with rel="me": the page's author saying "this is me too". */
  meProfiles: string[];
  /** Every LinkedIn profile and company page the page links to, once each. */
  profiles: ContactLink[];
  companyPages: string[];
  /** Raw hrefs of data: links, for the vCard reader. */
  dataHrefs: string[];
}

/** "1f7e71…": the first byte is the key each following byte is XOR-ed with. */
export function decodeCloudflareEmail(hex: string): string | undefined {
  const clean = hex.trim().slice(0, 512);
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(clean)) return undefined;
  const key = parseInt(clean.slice(0, 2), 16);
  let text = '';
  for (let i = 2; i < clean.length; i += 2) text += String.fromCharCode(parseInt(clean.slice(i, i + 2), 16) ^ key);
  return normalizeEmail(text);
}

function isRelMe(anchor: Element): boolean {
  return (anchor.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('me');
}

const MAX_CONTEXT_NODES = 200;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
// Parts of a page every page of the site repeats: what they hold is the site's.
const SITE_CHROME = 'header, nav, footer, [role="banner"], [role="contentinfo"], [role="navigation"]';

/**
 * The text of a block, its text nodes joined by spaces (minified markup puts "Olivia Hart" and
 * "CEO" side by side with none), read within a budget: a block longer than MAX_CONTEXT
 * characters, or holding two headings, is a page region naming everyone, so it says nothing ('').
 */
function blockText(block: Element): string {
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

/** The text in a contact's block before it (its label: "Asystentka: tel. …"), up to 60 characters. */
function textBefore(contact: ContactLink): string {
  if (contact.lead !== undefined) return contact.lead;
  const el = contact.at;
  const block = el.parentElement?.closest(BLOCK);
  if (!block) return '';
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node && ++nodes <= MAX_CONTEXT_NODES; node = walker.nextNode()) {
    // Stop at the contact itself: what follows it labels the next line, not this one.
    if (el.contains(node) || el.compareDocumentPosition(node) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) break;
    text = `${text} ${node.nodeValue ?? ''}`.slice(-60);
  }
  return text;
}

// How many blocks up a contact's card may reach ("<li><h3>Anna Nowak</h3><p>tel. …</p></li>").
const MAX_CLIMB = 3;

/**
 * The text around a contact that names the person: its block's, or, when that block does not
 * ("<p>tel. 600 200 300</p>"), the enclosing block's, a few levels up, as long as no other contact
 * of its kind sits there too (the list holding everyone's card). '' when none names them.
 */
function contextNaming(contact: ContactLink, fullName: string, rivals: readonly ContactLink[]): string {
  const el = contact.at;
  let block = el.matches(BLOCK) && el.tagName.toUpperCase() !== 'A' ? el : el.parentElement?.closest(BLOCK);
  for (let level = 0; block && level <= MAX_CLIMB; level += 1) {
    const text = blockText(block);
    if (text === '') return '';
    if (textNamesPerson(text, fullName)) return text;
    const up: Element | null | undefined = block.parentElement?.closest(BLOCK);
    if (!up || rivals.some((r) => r !== contact && !block!.contains(r.at) && up.contains(r.at))) return '';
    block = up;
  }
  return '';
}

export function readLinks(doc: Document): PageLinks {
  const emails: ContactLink[] = [];
  const phones: ContactLink[] = [];
  const dataHrefs: string[] = [];
  const meProfiles: string[] = [];
  const profiles: ContactLink[] = [];
  const companyPages: string[] = [];
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
    } else if (href.includes('/cdn-cgi/l/email-protection#')) {
      // Cloudflare's e-mail protection: the address XOR-ed with the first byte, in hex, readable without its script.
      const address = decodeCloudflareEmail(href.slice(href.indexOf('#') + 1));
      if (address && !inCard()) add(emails, address, anchor);
    } else if (href.toLowerCase().includes('linkedin.com/')) {
      const page = classifyLinkedInUrl(href.trim());
      if (page.kind === 'person') {
        add(profiles, page.canonicalUrl, anchor);
        if (meProfiles.length < 5 && isRelMe(anchor) && !meProfiles.includes(page.canonicalUrl)) meProfiles.push(page.canonicalUrl);
      } else if (page.kind === 'company' && companyPages.length < MAX_CONTACTS && !companyPages.includes(page.canonicalUrl)) {
        companyPages.push(page.canonicalUrl);
      }
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[data-cfemail]')).slice(0, MAX_CONTACTS)) {
    const address = decodeCloudflareEmail(el.getAttribute('data-cfemail') ?? '');
    if (address && el.closest(PERSON_CARD) === null) add(emails, address, el);
  }
  // Addresses and numbers printed as text come after the linked ones (a linked number printed as its own link text is one number).
  const linked = new Set(phones.map((p) => phoneDigits(p.value)));
  for (const { text, parent, before, at, digits } of printedText(doc)) {
    if (parent.closest(PERSON_CARD) !== null) continue;
    if (at && emails.length < MAX_CONTACTS) for (const value of emailsInText(text)) add(emails, value, parent, true);
    if (!digits || phones.length >= MAX_CONTACTS || parent.closest('a[href^="tel:" i]') !== null) continue;
    for (const { phone, lead } of printedPhones(text, before)) {
      if (linked.has(phoneDigits(phone))) continue;
      linked.add(phoneDigits(phone));
      if (phones.length < MAX_CONTACTS) phones.push({ value: phone, at: parent, printed: true, lead });
    }
  }
  return { emails, phones, meProfiles, profiles, companyPages, dataHrefs };
}

/** Whether an address is on the page's own site (printed addresses of other sites are credits, not contacts). */
function onSite(address: string, host: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return host !== '' && siteLabel(domain) === siteLabel(host);
}

export interface PagePerson {
  fullName: string;
  /** The page is the person's own: a site whose host is their name (janedoe.com), or a profile page on a platform. */
  ownPage: 'site' | 'profile' | false;
}

/**
 * The person's LinkedIn profile among the page's links: one linked rel="me"; else one whose
 * address spells their name (/in/olivia-hart-1a2b/); else the page's only profile link, on
 * their own page or in a block naming them.
 */
function theirProfile(links: PageLinks, person: PagePerson): string | undefined {
  if (links.meProfiles.length === 1) return links.meProfiles[0];
  const spelled = links.profiles.find((p) => profileNamesPerson(classifyLinkedInPublicId(p.value), person.fullName));
  if (spelled) return spelled.value;
  const only = links.profiles.length === 1 ? links.profiles[0]! : undefined;
  return only && (person.ownPage || contextNaming(only, person.fullName, links.profiles) !== '') ? only.value : undefined;
}

/**
 * Whether a personal address or a LinkedIn profile on the page spells the name. `strict`: by
 * the last name, as a profile's address must (sarah.miller@, smiller@; "smile@" does not make
 * "Smile Dental" a person).
 */
export function spelledByContact(links: PageLinks, fullName: string, strict = false): boolean {
  const local = (address: string) => address.slice(0, address.lastIndexOf('@'));
  return (
    links.emails.some((e) => !isGenericEmail(e.value) && (strict ? profileNamesPerson(local(e.value), fullName) : localPartNamesPerson(e.value, fullName))) ||
    links.profiles.some((p) => profileNamesPerson(classifyLinkedInPublicId(p.value), fullName))
  );
}

function classifyLinkedInPublicId(url: string): string {
  const page = classifyLinkedInUrl(url);
  return page.kind === 'person' ? page.publicId : '';
}

/**
 * The page's contact links as findings for its person (contact-owner.ts says why). With
 * no person named, the links are all there is: a personal address, else a role one (an
 * address printed as text only on the page's own domain: elsewhere it is a credit, "site
 * by studio@agency"), and the first phone.
 */
export function contactFindings(links: PageLinks, person: PagePerson | undefined, host: string, companySite = true): Finding[] {
  let email: ContactLink | undefined;
  let phone: ContactLink | undefined;
  if (!person) {
    // The page's own addresses before others (a web agency's credit, a partner's), personal before role.
    const usable = links.emails.filter((e) => !e.printed || onSite(e.value, host));
    const own = usable.filter((e) => onSite(e.value, host));
    const personal = usable.filter((e) => !isGenericEmail(e.value));
    // Several people's addresses (a team or contact page naming nobody in particular): no one's is the lead's.
    // (Addresses of one link, "mailto:a@x?cc=b@x", are one contact.)
    const manyPeople = new Set(personal.map((e) => e.at)).size >= 2;
    // Of role addresses, the front door (office@, info@, sales@) before a department's (contabilitate@, privacy@).
    const pick = (list: ContactLink[]) =>
      (manyPeople ? undefined : list.find((e) => !isGenericEmail(e.value))) ?? list.find((e) => isFrontDoor(e.value)) ?? list.find((e) => isGenericEmail(e.value));
    email = pick(own) ?? pick(usable);
    // A number printed on a platform's page (an article, a listing) is nobody's in particular.
    const phones = links.phones.filter((p) => !p.printed || companySite);
    phone = manyPeople && phones.length > 1 ? undefined : phones[0];
  } else {
    const { fullName } = person;
    const theirs = (e: ContactLink) => {
      if (addressNamesPerson(e.value, fullName)) return true;
      // A role address, or another person's (marcus.lee@ beside Olivia Hart's name in one block), is not theirs.
      if (isGenericEmail(e.value) || looksPersonal(e.value)) return false;
      const context = contextNaming(e, fullName, links.emails);
      return context !== '' && !addressOfSomeoneElse(e.value, context, fullName);
    };
    email = links.emails.find(theirs);
    // A line labelled as an assistant's, the front desk's or the switchboard is not theirs, whoever the block names.
    const mine = (p: ContactLink) => !lineOfSomeoneElse(textBefore(p));
    phone = links.phones.find((p) => mine(p) && contextNaming(p, fullName, links.phones) !== '');
    // On the person's own page its one phone is theirs, unless it sits in the site's header, menu or footer.
    // (Its linked numbers first: a printed one beside them is often another line.)
    const linkedPhones = links.phones.filter((p) => !p.printed);
    const pool = linkedPhones.length ? linkedPhones : links.phones;
    const lone = pool.length === 1 ? pool[0]! : undefined;
    if (!phone && lone && mine(lone) && (person.ownPage === 'site' || (person.ownPage === 'profile' && !lone.at.closest(SITE_CHROME)))) phone = lone;
  }
  const findings: Finding[] = [];
  const profile = person ? theirProfile(links, person) : undefined;
  if (profile) {
    const page = classifyLinkedInUrl(profile);
    if (page.kind === 'person') findings.push({ source: 'profile-link', person: { linkedinUrl: page.canonicalUrl, publicId: page.publicId } });
  }
  // A company's site links its one LinkedIn page (the footer's icon): the company's.
  if (companySite && links.companyPages.length === 1) findings.push({ source: 'profile-link', organization: { linkedinUrl: links.companyPages[0] } });
  if (email) findings.push({ source: email.printed ? 'page-text' : 'mailto', person: { email: email.value } });
  if (phone) findings.push({ source: phone.printed ? 'page-text' : 'tel', person: { phone: phone.value } });
  return findings;
}
