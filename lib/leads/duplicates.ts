import type { PersonCapture } from '../capture/schema';
import type { Company, Lead } from '../schema/records';
import { companyKey, personNameKey } from './keys';

/**
 * The duplicate rules every way in shares (capture, context menu, CSV import):
 * profile URL, then Sales Navigator URL, then e-mail, then name plus company. A
 * lead with another profile URL is a different person, whatever else matches.
 */

export const DUPLICATE_KEYS = ['linkedinUrl', 'salesNavUrl', 'email', 'nameKey'] as const;
export type DuplicateKey = (typeof DUPLICATE_KEYS)[number];
export const COMPANY_KEYS = ['linkedinUrl', 'nameKey'] as const;
export type CompanyKey = (typeof COMPANY_KEYS)[number];

/** Looks one key up: `where(key).equals(value).first()`, in the database or in memory. */
export type LeadLookup = (key: DuplicateKey, value: string) => Lead | undefined;
export type CompanyLookup = (key: CompanyKey, value: string) => Company | undefined;

/** What the rules read of a person: a capture, a CSV row, or a lead from a backup. */
export type PersonIdentity = Pick<PersonCapture, 'linkedinUrl' | 'salesNavUrl' | 'email' | 'fullName' | 'companyName'>;

/** The values a person is looked up by, in the rules' order. */
export function personKeys(p: PersonIdentity): Partial<Record<DuplicateKey, string>> {
  return {
    linkedinUrl: p.linkedinUrl || undefined,
    salesNavUrl: p.salesNavUrl || undefined,
    email: p.email || undefined,
    nameKey: personNameKey(p.fullName, p.companyName),
  };
}

/** Both hold a link and the links differ: two people. */
const differ = (a: string | undefined, b: string | undefined) => Boolean(a && b && a !== b);

export function pickPersonDuplicate(find: LeadLookup, p: PersonIdentity): Lead | undefined {
  const keys = personKeys(p);
  for (const key of DUPLICATE_KEYS) {
    const value = keys[key];
    const hit = value === undefined ? undefined : find(key, value);
    if (!hit) continue;
    // The profile URL is the strongest key; the others only match a lead without another one.
    if (key !== 'linkedinUrl' && differ(p.linkedinUrl, hit.linkedinUrl)) continue;
    // A name at a company is the weakest: two Sales Navigator leads of one name ("LinkedIn Member" in
    // a Sales Navigator list) are two people, and merged, the first one's link and fields were lost.
    if (key === 'nameKey' && differ(p.salesNavUrl, hit.salesNavUrl)) continue;
    return hit;
  }
  return undefined;
}

/** The values a person's company is looked up by: its LinkedIn page, then its folded name. */
export function companyKeys(p: Pick<PersonCapture, 'companyLinkedinUrl' | 'companyName'>): Partial<Record<CompanyKey, string>> {
  return { linkedinUrl: p.companyLinkedinUrl || undefined, nameKey: companyKey(p.companyName) };
}

export function pickCompany(find: CompanyLookup, keys: Partial<Record<CompanyKey, string>>): Company | undefined {
  for (const key of COMPANY_KEYS) {
    const value = keys[key];
    const hit = value === undefined ? undefined : find(key, value);
    if (hit) return hit;
  }
  return undefined;
}
