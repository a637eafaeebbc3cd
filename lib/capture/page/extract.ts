import { PAGE_SOURCES, type Finding, type PageExtract, type PageSource } from './types';
import { finalizeCompany, finalizePerson } from './fields';
import { bylineOf, namesOccupation } from './byline';
import { fromHCard } from './hcard';
import { fromJsonLd } from './json-ld';
import { contactFindings, readLinks, spelledByContact, type PageLinks, type PagePerson } from './links';
import { mergeFindings, type Slot } from './merge';
import { fromMicrodata } from './microdata';
import { fromOpenGraph, fromTitle, headedName, isProfilePage, readMeta } from './open-graph';
import { hostNamesPerson } from './contact-owner';
import { bareName, isPlausibleName } from './names';
import { splitPersonName } from '../../leads/person-name';
import { siteInfo, type SiteInfo } from './site';
import { fromVCardLinks } from './vcard';

/** One extractor failing (a DOM quirk, a bug) must not cost the others' findings. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The person the page is about, as far as its contact links need to know: the name its data
 * gives; else a name its heading and title share, or a personal site's organisation named as
 * its owner ("Sarah Chen" on sarahchen.studio), when one of its contacts spells it
 * (tomasz.lewandowski@, /in/lucasmartin), returned as a finding to merge too. Whether the page
 * is their own: a site named after them, or a profile page on a platform (an author archive on
 * a company's site says og:type profile too, but its phone is the company's).
 */
function pagePerson(
  doc: Document,
  meta: Map<string, string>,
  base: string,
  site: SiteInfo,
  links: PageLinks,
  findings: Finding[],
): (PagePerson & { found?: Finding }) | undefined {
  const first = mergeFindings(findings, site);
  let named = first.person.fullName?.value;
  let found: Finding | undefined;
  if (!named) {
    const siteName = first.company.name?.value;
    const fromHeading = safely(() => headedName(doc, meta, base));
    const ownerSite = siteName && isPlausibleName(siteName) && hostNamesPerson(site.host, siteName) ? siteName : undefined;
    const candidate = fromHeading ?? ownerSite;
    // On a site named after them, a job line under their name says a person, not a brand (Ted Baker).
    const ownerWithJob = !fromHeading && candidate !== undefined && namesOccupation(safely(() => bylineOf(doc, candidate)));
    if (candidate && (ownerWithJob || spelledByContact(links, candidate, !fromHeading))) {
      named = candidate;
      found = { source: 'title', person: { fullName: candidate } };
    }
  }
  if (!named) return undefined;
  const ownPage = hostNamesPerson(site.host, named) ? 'site' : isProfilePage(meta) && !site.companySite ? 'profile' : false;
  return { fullName: named, ownPage, found };
}

/**
 * First and last name from the full name when no source gave them, as the LinkedIn capture
 * does: a sequence's "Hi {firstName}" must not read "Hi Prof.," for "Prof. dr hab. Jan Nowak".
 */
function namesOf(slots: Record<string, Slot | undefined>): { firstName?: string; lastName?: string } {
  const fullName = slots.fullName?.value;
  if (!fullName || slots.firstName || slots.lastName) return {};
  return splitPersonName(bareName(fullName));
}

function extract(doc: Document, url: string, now: number): PageExtract {
  const site = siteInfo(url);
  const base = site.origin ? url : '';
  const links = safely(() => readLinks(doc));
  const meta = safely(() => readMeta(doc)) ?? new Map<string, string>();
  // In order of trust (PAGE_SOURCES); merge takes each field from the first that has it.
  const structured = [
    safely(() => fromJsonLd(doc, base)),
    safely(() => fromMicrodata(doc, base)),
    safely(() => fromHCard(doc, base)),
    safely(() => fromVCardLinks(links?.dataHrefs ?? [])),
  ].filter((f): f is Finding => f !== undefined);
  const metadata = [safely(() => fromOpenGraph(meta, base)), safely(() => fromTitle(doc, meta, base))].filter((f): f is Finding => f !== undefined);
  // Whom the page is about decides which of its contact links are theirs (contact-owner.ts).
  const about = links ? pagePerson(doc, meta, base, site, links, [...structured, ...metadata]) : undefined;
  if (about?.found) metadata.push(about.found);
  // The job line under the person's name, least trusted: structured data and the title say it better.
  const byline = about ? safely(() => bylineOf(doc, about.fullName)) : undefined;
  if (byline) metadata.push({ source: 'title', person: { title: byline.title }, ...(byline.company ? { employer: { name: byline.company } } : {}) });
  const contacts = links ? contactFindings(links, about, site.host, site.companySite) : [];
  const findings = [...structured, ...contacts, ...metadata];

  const { person: personSlots, company: companySlots } = mergeFindings(findings, site);
  const values = (slots: Record<string, Slot | undefined>) =>
    Object.fromEntries(Object.entries(slots).flatMap(([key, slot]) => (slot ? [[key, slot.value]] : [])));
  const stamp = { source: 'website', sourceUrl: url, capturedAt: now };

  // A person whose only field is the website derived from the URL is no finding at all.
  const personKnown = Object.keys(personSlots).some((key) => key !== 'website');
  const person = personKnown ? finalizePerson({ ...values(personSlots), ...namesOf(personSlots), ...stamp }) : undefined;
  const company = companySlots.name ? finalizeCompany({ ...values(companySlots), ...stamp }) : undefined;

  // Credit only sources whose values survived into the result.
  const used = new Set<PageSource | undefined>();
  for (const key of Object.keys(person ?? {})) used.add(personSlots[key as keyof typeof personSlots]?.source);
  for (const key of Object.keys(company ?? {})) used.add(companySlots[key as keyof typeof companySlots]?.source);
  return {
    ...(person ? { person } : {}),
    ...(company ? { company } : {}),
    sources: PAGE_SOURCES.filter((s) => used.has(s)),
  };
}

/**
 * Everything a page says about a person or company, from structured data down
 * to its title. Pure (reads the document, changes nothing, fetches nothing)
 * and never throws: a hostile page gives an empty result at worst.
 */
export function extractPage(doc: Document, url: string, now: number): PageExtract {
  try {
    return extract(doc, url, now);
  } catch {
    return { sources: [] };
  }
}
