import { PERSON_FIELDS, type CompanyCapture, type PersonCapture } from '../capture/schema';
import type { Company, Lead } from '../schema/records';
import { companyKey, derivedLeadKeys } from './keys';
import { NEW_LEAD_SCORE } from '../scoring/apply';
import { newLeadPipeline } from '../pipeline/defaults';

/**
 * Merge rules, shared by every way in (capture, context menu, later CSV import):
 * a capture refreshes what the page shows, never erases a field the page does
 * not show, and never overwrites a field the rep edited by hand.
 */

type PersonField = (typeof PERSON_FIELDS)[number];
export const REFRESHABLE: readonly (PersonField | 'website' | 'salesNavUrl')[] = [...PERSON_FIELDS, 'website', 'salesNavUrl'];

export function mergePersonCapture(
  existing: Lead | undefined,
  capture: PersonCapture,
  ids: { id: string; companyId?: string },
  now: number,
): Lead {
  const base: Lead = existing ?? {
    id: ids.id,
    words: [],
    tags: [],
    editedFields: [],
    source: capture.source,
    sourceUrl: capture.sourceUrl,
    createdAt: now,
    updatedAt: now,
    ...NEW_LEAD_SCORE,
    scoreHistory: [],
    activitySummary: {},
    ...newLeadPipeline(now),
  };
  const next: Lead = { ...base, updatedAt: now, capturedAt: now };
  const edited = new Set<string>(base.editedFields);
  for (const field of REFRESHABLE) {
    const value = capture[field];
    if (value === undefined || edited.has(field)) continue;
    next[field] = value;
  }
  if (ids.companyId && !edited.has('companyName')) next.companyId = ids.companyId;
  return { ...next, ...derivedLeadKeys(next) };
}

const COMPANY_FIELDS = ['name', 'industry', 'sizeBand', 'website', 'headquarters', 'linkedinUrl', 'logoUrl'] as const;

export function mergeCompanyCapture(
  existing: Company | undefined,
  capture: CompanyCapture,
  id: string,
  now: number,
): Company {
  const base: Company = existing ?? {
    id,
    editedFields: [],
    source: capture.source,
    sourceUrl: capture.sourceUrl,
    createdAt: now,
    updatedAt: now,
  };
  const next: Company = { ...base, updatedAt: now };
  const edited = new Set(base.editedFields);
  for (const field of COMPANY_FIELDS) {
    const value = capture[field];
    if (value === undefined || edited.has(field)) continue;
    next[field] = value;
  }
  return { ...next, nameKey: companyKey(next.name) };
}

// What is missing lives apart (./completeness), so the side panel's first view loads no merge code.
export { COMPLETENESS_FIELDS, missingFields } from './completeness';
