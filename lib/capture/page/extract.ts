import { PAGE_SOURCES, type Finding, type PageExtract, type PageSource } from './types';
import { finalizeCompany, finalizePerson } from './fields';
import { fromHCard } from './hcard';
import { fromJsonLd } from './json-ld';
import { contactFindings, readLinks, spelledByContact, type PagePerson } from './links';
import { mergeFindings, type Slot } from './merge';
import { fromMicrodata } from './microdata';
import { fromOpenGraph, fromTitle, headedName, isProfilePage, readMeta } from './open-graph';
import { hostNamesPerson } from './contact-owner';
import { isPlausibleName } from './names';
import { siteInfo } from './site';
import { fromVCardLinks } from './vcard';

/** One extractor failing (a DOM quirk, a bug) must not cost the others' findings. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
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
  const host = site.origin ? new URL(site.origin).hostname : '';
  // Whom the page is about decides which of its contact links are theirs (contact-owner.ts).
  const first = mergeFindings([...structured, ...metadata], site);
  let named = first.person.fullName?.value;
  // A name the page's heading and title share, or a personal site's organisation named as its owner
  // ("Sarah Chen" on sarahchen.studio), when one of the page's contacts spells it (tomasz.lewandowski@, /in/lucasmartin).
  const siteName = first.company.name?.value;
  const ownerSite = siteName && isPlausibleName(siteName) && hostNamesPerson(host, siteName) ? siteName : undefined;
  const fromHeading = !named && links ? safely(() => headedName(doc, meta, base)) : undefined;
  const headed = fromHeading ?? (!named ? ownerSite : undefined);
  if (headed && links && spelledByContact(links, headed, !fromHeading)) {
    metadata.push({ source: 'title', person: { fullName: headed } });
    named = headed;
  }
  // Their own page: a site named after them, or a profile page on a platform (an author archive on
  // a company's site says og:type profile too, but its phone is the company's).
  const ownPage: PagePerson['ownPage'] = !named ? false : hostNamesPerson(host, named) ? 'site' : isProfilePage(meta) && !site.companySite ? 'profile' : false;
  const pagePerson = named ? { fullName: named, ownPage } : undefined;
  const contacts = links ? contactFindings(links, pagePerson, host, site.companySite) : [];
  const findings = [...structured, ...contacts, ...metadata];

  const { person: personSlots, company: companySlots } = mergeFindings(findings, site);
  const values = (slots: Record<string, Slot | undefined>) =>
    Object.fromEntries(Object.entries(slots).flatMap(([key, slot]) => (slot ? [[key, slot.value]] : [])));
  const stamp = { source: 'website', sourceUrl: url, capturedAt: now };

  // A person whose only field is the website derived from the URL is no finding at all.
  const personKnown = Object.keys(personSlots).some((key) => key !== 'website');
  const person = personKnown ? finalizePerson({ ...values(personSlots), ...stamp }) : undefined;
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
