import { validCompanyField, validPersonField } from './fields';
import type { CompanyDraft, CompanyField, Finding, PageSource, PersonField } from './types';
import { foldToAscii, hostNamesPerson } from './contact-owner';
import { namesEvent, sameCompany } from './names';
import { siteLabel, type SiteInfo } from './site';
import { sameText } from './text';

/**
 * Combine findings, most trusted first: a field is taken from the first source
 * that has a valid value for it. A source naming a different person (or
 * company) than the one already chosen is skipped whole, so a second team
 * member's e-mail never lands on the first member's lead.
 */
export interface Slot {
  value: string;
  source?: PageSource; // undefined for values derived from the page URL
}
type Slots<K extends string> = Partial<Record<K, Slot>>;

export interface Merged {
  person: Slots<PersonField>;
  company: Slots<CompanyField>;
}

function fill<K extends string>(
  slots: Slots<K>,
  draft: Partial<Record<K, string>> | undefined,
  source: PageSource,
  valid: (key: K, raw: string | undefined) => string | undefined,
): void {
  if (!draft) return;
  for (const key of Object.keys(draft) as K[]) {
    if (slots[key]) continue;
    const value = valid(key, draft[key]);
    if (value !== undefined) slots[key] = { value, source };
  }
}

/** True when the draft names someone else than the slots already hold. */
function conflicts(existing: string | undefined, candidate: string | undefined): boolean {
  return Boolean(existing && candidate && !sameText(existing, candidate));
}

function fillCompany(slots: Slots<CompanyField>, draft: CompanyDraft | undefined, source: PageSource): void {
  if (conflicts(slots.name?.value, validCompanyField('name', draft?.name))) return;
  fill(slots, draft, source, validCompanyField);
}

/**
 * An event's name as the site's: "Sales Forum 2025" anywhere; "Summit Partners" on summitpartners.com
 * is the firm itself (a name spelling its host is the company's, unless it holds a year).
 */
function namesEventSite(name: string, host: string): boolean {
  if (!namesEvent(name)) return false;
  const label = siteLabel(host);
  return /\b(?:19|20)\d\d\b/.test(name) || label.length < 3 || !foldToAscii(name).replace(/[^a-z0-9]/g, '').startsWith(label);
}

export function mergeFindings(findings: Finding[], site: SiteInfo): Merged {
  const person: Slots<PersonField> = {};
  const employer: Slots<CompanyField> = {};
  const pageOrg: Slots<CompanyField> = {};
  const pageNames: string[] = [];

  for (const finding of findings) {
    const name = validPersonField('fullName', finding.person?.fullName);
    // Contact links arrive already judged for the page's person (links.ts contactFindings).
    if (!conflicts(person.fullName?.value, name)) {
      fill(person, finding.person, finding.source, validPersonField);
      fillCompany(employer, finding.employer, finding.source);
    }
    // On a platform (linkedin.com, medium.com) the site's own name is not a company of interest.
    const metadataOnly = finding.source === 'open-graph' || finding.source === 'title';
    if (finding.organization && (site.companySite || !metadataOnly)) {
      const orgName = validCompanyField('name', finding.organization.name);
      if (orgName) pageNames.push(orgName);
      fillCompany(pageOrg, finding.organization, finding.source);
    }
  }

  // The person's employer when one is stated; otherwise the organisation the page belongs to.
  const hasEmployer = Boolean(employer.name);
  // A personal site's name is its owner's ("Jane Doe" on janedoe.com): not a company.
  const ownNameSite = sameText(pageOrg.name?.value, person.fullName?.value) && hostNamesPerson(site.host, person.fullName?.value ?? '');
  // An event's site (a speaker page, a site named "… Summit 2025") is not its speakers' employer.
  const eventSite = Boolean(person.fullName) && (site.speakerPage === true || pageNames.some((n) => namesEventSite(n, site.host)));
  const company: Slots<CompanyField> = hasEmployer ? employer : ownNameSite || eventSite ? {} : pageOrg;
  const employerIsPageOwner = hasEmployer && pageNames.some((n) => sameCompany(n, employer.name?.value));
  if (employerIsPageOwner) {
    // The same company described twice (worksFor and the page's Organization): complete one from the other.
    for (const key of Object.keys(pageOrg) as CompanyField[]) company[key] ??= pageOrg[key];
  }
  const ownSite = !hasEmployer || employerIsPageOwner;
  if (company.name && !company.website && ownSite && site.companySite && site.origin) {
    company.website = { value: site.origin };
  }

  // Prefill the person's company fields, so a rep completing the form has them.
  if (company.name) {
    person.companyName ??= company.name;
    if (company.linkedinUrl) person.companyLinkedinUrl ??= company.linkedinUrl;
    if (company.website) person.website ??= company.website;
  }
  return { person, company };
}
