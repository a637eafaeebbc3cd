import { classifyLinkedInUrl } from '../linkedin-url';
import type { CompanyDraft, Finding, PageSource, PersonDraft } from './types';
import { cleanLine } from '../../schema/text';
import { bareName, isPlausibleName } from './names';
import { resolveUrl } from './text';

/**
 * One model for schema.org data, whether it came from JSON-LD or microdata, so
 * one mapper turns Person / Organization items into drafts. Values are plain
 * strings or nested items; readers build it with depth and size limits.
 */
export interface SoNode {
  types: string[];
  id?: string;
  props: Map<string, SoValue[]>;
}
export type SoValue = string | SoNode;

export interface SoDoc {
  roots: SoNode[];
  byId: Map<string, SoNode>;
}

export const MAX_DEPTH = 6;

/** "https://schema.org/Person", "schema:Person", "Person" → "Person". */
export function localName(raw: string): string {
  const trimmed = raw.trim();
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':'));
  return trimmed.slice(cut + 1);
}

const ORG_TYPES = new Set([
  'Organization', 'Corporation', 'LocalBusiness', 'NGO', 'EducationalOrganization',
  'GovernmentOrganization', 'NewsMediaOrganization', 'OnlineBusiness', 'OnlineStore',
  'ProfessionalService', 'Store', 'ResearchOrganization', 'MedicalOrganization',
  'SportsOrganization', 'Consortium', 'Airline', 'WorkersUnion', 'RealEstateAgent', 'Dentist',
  'Attorney', 'Notary', 'Physician', 'Hotel', 'Motel', 'Hostel', 'Resort', 'Restaurant', 'Bakery',
  'Brewery', 'Winery', 'CafeOrCoffeeShop', 'BarOrPub', 'Pharmacy', 'Hospital', 'Library', 'School',
  'CollegeOrUniversity', 'Preschool', 'HighSchool', 'MiddleSchool', 'ElementarySchool', 'Optician',
  'Electrician', 'Plumber', 'Locksmith', 'RoofingContractor', 'HVACBusiness', 'Bank', 'CreditUnion',
]);
// The many kinds of business schema.org names by what they end in (LegalService, AccountingService,
// InsuranceAgency, AutoDealer, ClothingStore, HomeAndConstructionBusiness, MedicalClinic…); the
// Service types that are things a business offers, not businesses, are left out.
const ORG_TYPE_ENDING = /(Organization|Business|Service|Agency|Store|Dealer|Contractor|Shop|Clinic|Establishment|Office)$/;
const OFFERED_SERVICES = new Set(['Service', 'BroadcastService', 'CableOrSatelliteService', 'FoodService', 'GovernmentService', 'TaxiService',
  'PaymentService', 'CurrencyConversionService', 'FinancialProduct', 'WebAPI']);
const PAGE_TYPES = new Set(['ProfilePage', 'AboutPage', 'WebPage', 'ContactPage', 'ItemPage']);
// Properties of an organisation that hold the people who work there.
const STAFF_PROPS = ['employee', 'employees', 'founder', 'founders', 'member', 'members'];
// Who an event page is about: its speakers (Event, BusinessEvent, EducationEvent…).
const SPEAKER_PROPS = ['performer', 'performers'];

// Account names a CMS writes as a post's author: not a person to save.
const ACCOUNT_NAMES = new Set(['admin', 'administrator', 'editor', 'author', 'user', 'guest', 'staff', 'webmaster',
  'root', 'test', 'team', 'redakcja', 'redaktor', 'redactia', 'администратор', 'редакция']);

// Words naming a group that writes as one author ("Acme Team", "Redakcja Acme", "Echipa Acme"): not a person.
const GROUP_WORDS = new Set(['team', 'editorial', 'editors', 'newsroom', 'redakcja', 'redakcji', 'zespół', 'zespol',
  'redacția', 'redactia', 'echipa', 'echipă', 'редакция', 'команда']);

/** "admin", "jsmith", "Editor", "Acme Team": an account or a group, not a person's name. */
export function isAccountName(name: string | undefined): boolean {
  const trimmed = name?.trim() ?? '';
  if (trimmed.toLocaleLowerCase().split(/[\s,.:|–—-]+/).some((word) => GROUP_WORDS.has(word))) return true;
  if (!trimmed || /\s/.test(trimmed)) return false;
  // All lower case, in a script that has case ("王伟" has none and is a name).
  const lowerCaseOnly = /\p{Ll}/u.test(trimmed) && !/\p{Lu}|\p{Lt}/u.test(trimmed);
  return ACCOUNT_NAMES.has(trimmed.toLocaleLowerCase()) || lowerCaseOnly;
}

const isPerson = (n: SoNode) => n.types.includes('Person');
// A node typed both Person and Organization (a one-person business, as Yoast writes it) is the person.
const isOrg = (n: SoNode) =>
  !isPerson(n) && n.types.some((t) => ORG_TYPES.has(t) || (ORG_TYPE_ENDING.test(t) && !OFFERED_SERVICES.has(t)));
const isEvent = (n: SoNode) => n.types.some((t) => t.endsWith('Event'));

/** A `{"@id": …}` reference is replaced by the node it names. */
function deref(doc: SoDoc, value: SoValue): SoValue {
  if (typeof value === 'string' || value.types.length > 0 || value.props.size > 0 || !value.id) {
    return value;
  }
  return doc.byId.get(value.id) ?? value;
}

function values(doc: SoDoc, node: SoNode, key: string): SoValue[] {
  return (node.props.get(key) ?? []).map((v) => deref(doc, v));
}

function nodes(doc: SoDoc, node: SoNode, key: string): SoNode[] {
  return values(doc, node, key).filter((v): v is SoNode => typeof v !== 'string');
}

/** First text value of any of `keys`; a nested item gives its name (a DefinedTerm job title). */
function text(doc: SoDoc, node: SoNode, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const value of values(doc, node, key)) {
      if (typeof value === 'string') {
        if (value.trim()) return value;
      } else {
        const name = value.props.get('name')?.find((v): v is string => typeof v === 'string');
        if (name?.trim()) return name;
      }
    }
  }
  return undefined;
}

function allText(doc: SoDoc, node: SoNode, key: string): string[] {
  return values(doc, node, key).flatMap((v) => (typeof v === 'string' ? [v] : text(doc, v, 'url', '@id') ?? []));
}

/** An ImageObject or a plain URL. */
function imageUrl(doc: SoDoc, node: SoNode, key: string, base: string): string | undefined {
  for (const value of values(doc, node, key)) {
    const raw = typeof value === 'string' ? value : text(doc, value, 'url', 'contentUrl');
    const url = resolveUrl(raw, base);
    if (url) return url;
  }
  return undefined;
}

/** PostalAddress / Place / plain text → "Warsaw, Mazowieckie, Poland". */
function place(doc: SoDoc, node: SoNode, keys: string[], depth = 0): string | undefined {
  for (const key of keys) {
    for (const value of values(doc, node, key)) {
      if (typeof value === 'string') {
        if (value.trim()) return value;
        continue;
      }
      const parts = ['addressLocality', 'addressRegion', 'addressCountry']
        .map((k) => text(doc, value, k))
        .filter((p): p is string => Boolean(p?.trim()));
      if (parts.length > 0) return parts.join(', ');
      if (depth < 2) {
        const nested = place(doc, value, ['address'], depth + 1) ?? text(doc, value, 'name');
        if (nested) return nested;
      }
    }
  }
  return undefined;
}

function linkedIn(urls: string[], kind: 'person' | 'company') {
  for (const url of urls) {
    const page = classifyLinkedInUrl(url);
    if (page.kind === kind) return page;
  }
  return undefined;
}

/** numberOfEmployees: 42, "11-50", or a QuantitativeValue with min/max. */
function sizeBand(doc: SoDoc, node: SoNode): string | undefined {
  for (const value of values(doc, node, 'numberOfEmployees')) {
    if (typeof value === 'string') return value;
    const min = text(doc, value, 'minValue');
    const max = text(doc, value, 'maxValue');
    if (min && max) return `${min}-${max}`;
    const exact = text(doc, value, 'value') ?? (min ? `${min}+` : undefined);
    if (exact) return exact;
  }
  return undefined;
}

/**
 * A company's website is its site, not the page the url names: themes write the shop's
 * url joined to the page's ("…/pages/contact" on the contact page). When the url is the
 * page itself, two levels deep or more, the site's root is kept; a site living under a
 * path of a shared host (jdoe.wixsite.com/acme-plumbing) keeps its path.
 */
function siteRoot(raw: string | undefined, base: string): string | undefined {
  const url = resolveUrl(raw, base);
  if (!url || !base) return url;
  try {
    const parsed = new URL(url);
    const page = new URL(base);
    const samePage = parsed.host === page.host && parsed.pathname.replace(/\/$/, '') === page.pathname.replace(/\/$/, '');
    const depth = parsed.pathname.split('/').filter(Boolean).length;
    return samePage && depth >= 2 ? `${parsed.origin}/` : url;
  } catch {
    return url;
  }
}

export function orgDraft(doc: SoDoc, org: SoValue, base: string): CompanyDraft {
  if (typeof org === 'string') return { name: org };
  return {
    name: text(doc, org, 'name', 'legalName', 'alternateName'),
    website: siteRoot(text(doc, org, 'url'), base),
    linkedinUrl: linkedIn(allText(doc, org, 'sameAs'), 'company')?.canonicalUrl,
    logoUrl: imageUrl(doc, org, 'logo', base) ?? imageUrl(doc, org, 'image', base),
    headquarters: place(doc, org, ['address', 'location']),
    sizeBand: sizeBand(doc, org),
  };
}

function fullName(doc: SoDoc, person: SoNode): string | undefined {
  const name = text(doc, person, 'name');
  if (name) return name;
  const parts = [text(doc, person, 'givenName'), text(doc, person, 'familyName')].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function personFinding(
  doc: SoDoc,
  person: SoNode,
  implicitEmployer: SoNode | undefined,
  base: string,
): { person: PersonDraft; employer?: CompanyDraft } {
  const profile = linkedIn([...allText(doc, person, 'sameAs'), ...allText(doc, person, 'url')], 'person');
  const employerValue =
    values(doc, person, 'worksFor')[0] ?? values(doc, person, 'affiliation')[0] ?? implicitEmployer;
  const employer = employerValue ? orgDraft(doc, employerValue, base) : undefined;
  return {
    person: {
      fullName: fullName(doc, person),
      firstName: text(doc, person, 'givenName'),
      lastName: text(doc, person, 'familyName'),
      title: text(doc, person, 'jobTitle', 'hasOccupation'),
      email: text(doc, person, 'email'),
      phone: text(doc, person, 'telephone'),
      location: place(doc, person, ['address', 'homeLocation', 'workLocation']),
      photoUrl: imageUrl(doc, person, 'image', base),
      linkedinUrl: profile?.kind === 'person' ? profile.canonicalUrl : undefined,
      publicId: profile?.kind === 'person' ? profile.publicId : undefined,
      companyName: employer?.name,
      companyLinkedinUrl: employer?.linkedinUrl,
    },
    employer,
  };
}

/**
 * Pick the person and the organisation a page is about: a page's mainEntity
 * first, then top-level items, then staff listed inside an organisation.
 */
export function findingFromSchemaOrg(doc: SoDoc, source: PageSource, base: string): Finding | undefined {
  const ordered: SoNode[] = [];
  for (const root of doc.roots) {
    if (root.types.some((t) => PAGE_TYPES.has(t))) {
      ordered.push(...nodes(doc, root, 'mainEntity'), ...nodes(doc, root, 'about'));
    }
  }
  ordered.push(...doc.roots);
  // An organisation that is one person: a practice named with an honorific, or one whose sameAs is a
  // LinkedIn member profile and no company page (a personal site's "Organization", as Squarespace writes it).
  const practices = ordered.filter((n) => isOrg(n) && (isOnePersonPractice(doc, n) || profiledAsPerson(doc, n)));
  const persons: { node: SoNode; employer?: SoNode }[] = [...ordered.filter(isPerson), ...practices].map((node) => ({ node }));
  const orgs = ordered.filter((n) => isOrg(n) && !practices.includes(n));
  for (const org of orgs) {
    for (const prop of STAFF_PROPS) {
      for (const staff of nodes(doc, org, prop)) if (isPerson(staff)) persons.push({ node: staff, employer: org });
    }
  }
  // An event page with one speaker is about that speaker; with several, about none of them.
  for (const event of ordered.filter(isEvent)) {
    const speakers = SPEAKER_PROPS.flatMap((prop) => nodes(doc, event, prop)).filter(isPerson);
    if (speakers.length === 1) persons.push({ node: speakers[0]! });
  }
  const chosen = rankPersons(doc, persons, base).find((p) => !isAccountName(fullName(doc, p.node)));
  const found = chosen ? personFinding(doc, chosen.node, chosen.employer, base) : undefined;
  const organization = orgs[0] ? pageOrganization(doc, orgs, base) : undefined;
  if (!found && !organization) return undefined;
  return { source, person: found?.person, employer: found?.employer, organization };
}

// Business types schema.org gives one professional's own page (a doctor, an agent, a lawyer).
const PRACTICE_TYPES = new Set(['Physician', 'RealEstateAgent', 'Attorney', 'Notary', 'Dentist', 'Optician', 'InsuranceAgency']);

/**
 * A practice node that is one person: its name carries an honorific or letters after it
 * ("Dr. Anna Nowak, MD"). "Smile Dental" stays a business, and so does "Sarah Miller" as a
 * RealEstateAgent, unless a contact on the page spells her name (extract.ts).
 */
function isOnePersonPractice(doc: SoDoc, node: SoNode): boolean {
  if (!node.types.some((t) => PRACTICE_TYPES.has(t))) return false;
  const name = text(doc, node, 'name');
  if (!name) return false;
  const bare = bareName(name);
  return isPlausibleName(bare) && bare !== cleanLine(name, 200);
}

function profiledAsPerson(doc: SoDoc, node: SoNode): boolean {
  const links = allText(doc, node, 'sameAs');
  const name = text(doc, node, 'name');
  return Boolean(name && isPlausibleName(bareName(name))) && linkedIn(links, 'person') !== undefined && linkedIn(links, 'company') === undefined;
}

/** Where a reference points: its @id, or its url. */
function refIds(doc: SoDoc, node: SoNode, key: string): string[] {
  return (node.props.get(key) ?? []).flatMap((v) => (typeof v === 'string' ? [v] : [v.id, text(doc, v, 'url')].filter((x): x is string => !!x)));
}

const sameUrl = (a: string, b: string) => a.replace(/[#?].*$/, '').replace(/\/$/, '') === b.replace(/[#?].*$/, '').replace(/\/$/, '');

/**
 * Persons in the order the page is about them: one whose mainEntityOfPage is this page (Rank
 * Math's author page lists the site's owner first), then the others, and last the site's or
 * an article's publisher (a blog owned by a person names them on every page).
 */
function rankPersons<T extends { node: SoNode }>(doc: SoDoc, persons: T[], base: string): T[] {
  const pages = doc.roots.filter((r) => r.types.some((t) => PAGE_TYPES.has(t)));
  const publishers = new Set(doc.roots.flatMap((r) => refIds(doc, r, 'publisher')));
  const rank = (p: T) => {
    const ofPage = refIds(doc, p.node, 'mainEntityOfPage');
    if (ofPage.some((id) => (base && sameUrl(id, base)) || pages.some((page) => page.id === id || refIds(doc, page, 'url').includes(id)))) return 0;
    return p.node.id && publishers.has(p.node.id) ? 2 : 1;
  };
  return persons.map((p, i) => ({ p, i, r: rank(p) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p);
}

/**
 * The page's organisation: the first one, completed by others of the same name (a theme's
 * Organization and an app's LocalBusiness for one shop, the second holding the address).
 */
function pageOrganization(doc: SoDoc, orgs: SoNode[], base: string): CompanyDraft {
  const first = orgDraft(doc, orgs[0]!, base);
  for (const other of orgs.slice(1)) {
    const draft = orgDraft(doc, other, base);
    if (!first.name || !draft.name || first.name.trim().toLocaleLowerCase() !== draft.name.trim().toLocaleLowerCase()) continue;
    for (const key of Object.keys(draft) as (keyof CompanyDraft)[]) first[key] ??= draft[key];
  }
  return first;
}
