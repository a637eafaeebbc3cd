import type { Lead } from '../schema/records';

/** Which identifying fields a lead lacks, for "what is missing" in the UI. */
export const COMPLETENESS_FIELDS = ['email', 'title', 'companyName', 'phone', 'linkedinUrl', 'location'] as const;

export function missingFields(lead: Lead): (typeof COMPLETENESS_FIELDS)[number][] {
  return COMPLETENESS_FIELDS.filter((field) => !lead[field]);
}
