import type { LeadSource } from '../capture/schema';
import type { PipelineSettings } from '../pipeline/schema';
import type { Activity, Company, Lead } from '../schema/records';

/**
 * The columns of each CSV export. The CRM presets use the header names each
 * CRM's import wizard maps on its own, so a rep can export here and import
 * there without mapping columns by hand. Headers and the values of CRM
 * picklists (Lifecycle Stage, Rating, Label, Lead Source) are data the other
 * tool reads, not text the rep reads here, so they are not translated.
 */

export const CSV_PRESETS = ['all', 'hubspot', 'pipedrive', 'salesforce'] as const;
export type CsvPreset = (typeof CSV_PRESETS)[number];

export type CsvCell = string | number | undefined;

/** What a lead's row needs besides the lead: the pipeline's stage names and currency. */
export type LeadCsvContext = { stageName(id: string): string; currency: string };

export type LeadCsvColumn = { header: string; value(lead: Lead, ctx: LeadCsvContext): CsvCell };
export type CsvColumn<T> = { header: string; value(record: T): CsvCell };

/** The context from the pipeline settings; a stage that was removed shows its id. */
export function leadCsvContext(pipeline: PipelineSettings): LeadCsvContext {
  const names = new Map(pipeline.stages.map((s) => [s.id, s.name]));
  return { stageName: (id) => names.get(id) ?? id, currency: pipeline.currency };
}

const isoDateTime = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const isoDate = (ms: number | undefined) => isoDateTime(ms)?.slice(0, 10);

/**
 * First and last name as stored, else split from the full name at its last
 * space: CRMs want both (Salesforce refuses a lead without a last name).
 */
export function nameParts(lead: Pick<Lead, 'fullName' | 'firstName' | 'lastName'>): { first?: string; last?: string } {
  if (lead.firstName || lead.lastName) return { first: lead.firstName, last: lead.lastName };
  const full = lead.fullName?.trim();
  if (!full) return {};
  const cut = full.lastIndexOf(' ');
  return cut < 0 ? { last: full } : { first: full.slice(0, cut), last: full.slice(cut + 1) };
}

/** "Warsaw, Masovian, Poland" → "Warsaw": LinkedIn locations start with the city. */
const cityOf = (location: string | undefined) => location?.split(',')[0]?.trim() || undefined;

/** The deal's currency: its own, else the rep's (only when there is a value to qualify). */
const dealCurrency = (lead: Lead, ctx: LeadCsvContext) => lead.currency ?? (lead.dealValue === undefined ? undefined : ctx.currency);

const HUBSPOT_LIFECYCLE = { cold: 'lead', mql: 'marketingqualifiedlead', sql: 'salesqualifiedlead' } as const;
// Salesforce's standard Rating picklist and Pipedrive's default labels are both Hot / Warm / Cold.
const TEMPERATURE = { cold: 'Cold', mql: 'Warm', sql: 'Hot' } as const;
// Salesforce's standard Lead Source picklist where one fits; the rest are plain names.
const SALESFORCE_LEAD_SOURCE: Record<LeadSource, string> = {
  linkedin: 'LinkedIn',
  'sales-navigator': 'LinkedIn Sales Navigator',
  website: 'Web',
  'context-menu': 'Web',
  manual: 'Other',
  import: 'Other',
  referral: 'External Referral',
  event: 'Trade Show',
};

// Field names as headers: stable across languages, so a file exported in one locale imports in any.
const ALL: readonly LeadCsvColumn[] = [
  { header: 'id', value: (l) => l.id },
  { header: 'fullName', value: (l) => l.fullName },
  { header: 'firstName', value: (l) => l.firstName },
  { header: 'lastName', value: (l) => l.lastName },
  { header: 'headline', value: (l) => l.headline },
  { header: 'title', value: (l) => l.title },
  { header: 'companyName', value: (l) => l.companyName },
  { header: 'companyLinkedinUrl', value: (l) => l.companyLinkedinUrl },
  { header: 'location', value: (l) => l.location },
  { header: 'email', value: (l) => l.email },
  { header: 'phone', value: (l) => l.phone },
  { header: 'website', value: (l) => l.website },
  { header: 'linkedinUrl', value: (l) => l.linkedinUrl },
  { header: 'salesNavUrl', value: (l) => l.salesNavUrl },
  { header: 'source', value: (l) => l.source },
  { header: 'tags', value: (l) => l.tags.join('; ') || undefined },
  { header: 'notes', value: (l) => l.notes },
  { header: 'score', value: (l) => l.score },
  { header: 'scoreLabel', value: (l) => l.scoreLabel },
  { header: 'stage', value: (l, ctx) => ctx.stageName(l.stageId) },
  { header: 'dealValue', value: (l) => l.dealValue },
  { header: 'currency', value: (l, ctx) => dealCurrency(l, ctx) },
  { header: 'expectedCloseAt', value: (l) => isoDate(l.expectedCloseAt) },
  { header: 'referredBy', value: (l) => l.referredBy },
  { header: 'nextStep', value: (l) => l.nextStep?.text },
  { header: 'nextStepDueAt', value: (l) => isoDateTime(l.nextStep?.dueAt) },
  { header: 'createdAt', value: (l) => isoDateTime(l.createdAt) },
  { header: 'updatedAt', value: (l) => isoDateTime(l.updatedAt) },
];

// HubSpot contact properties as its import wizard names them (contact fields only, no deal).
const HUBSPOT: readonly LeadCsvColumn[] = [
  { header: 'First Name', value: (l) => nameParts(l).first },
  { header: 'Last Name', value: (l) => nameParts(l).last },
  { header: 'Email', value: (l) => l.email },
  { header: 'Phone Number', value: (l) => l.phone },
  { header: 'Job Title', value: (l) => l.title },
  { header: 'Company Name', value: (l) => l.companyName },
  { header: 'City', value: (l) => cityOf(l.location) },
  { header: 'Website URL', value: (l) => l.website },
  // Not a standard HubSpot property: the wizard offers to create it.
  { header: 'LinkedIn URL', value: (l) => l.linkedinUrl },
  { header: 'Lead Status', value: (l, ctx) => ctx.stageName(l.stageId) },
  { header: 'Lifecycle Stage', value: (l) => HUBSPOT_LIFECYCLE[l.scoreLabel] },
  { header: 'Notes', value: (l) => l.notes },
];

// Pipedrive's person + lead import: one row makes the person, the organization and the deal.
const PIPEDRIVE: readonly LeadCsvColumn[] = [
  { header: 'Name', value: (l) => l.fullName },
  { header: 'First name', value: (l) => nameParts(l).first },
  { header: 'Last name', value: (l) => nameParts(l).last },
  { header: 'Email', value: (l) => l.email },
  { header: 'Phone', value: (l) => l.phone },
  { header: 'Organization', value: (l) => l.companyName },
  { header: 'Job title', value: (l) => l.title },
  { header: 'Label', value: (l) => TEMPERATURE[l.scoreLabel] },
  { header: 'Deal value', value: (l) => l.dealValue },
  { header: 'Deal currency', value: (l, ctx) => dealCurrency(l, ctx) },
  { header: 'Deal stage', value: (l, ctx) => ctx.stageName(l.stageId) },
  { header: 'Notes', value: (l) => l.notes },
];

// Salesforce's lead import (Data Import Wizard field labels).
const SALESFORCE: readonly LeadCsvColumn[] = [
  { header: 'First Name', value: (l) => nameParts(l).first },
  { header: 'Last Name', value: (l) => nameParts(l).last },
  { header: 'Title', value: (l) => l.title },
  { header: 'Company', value: (l) => l.companyName },
  { header: 'Email', value: (l) => l.email },
  { header: 'Phone', value: (l) => l.phone },
  { header: 'Website', value: (l) => l.website },
  { header: 'Lead Source', value: (l) => SALESFORCE_LEAD_SOURCE[l.source] },
  { header: 'Lead Status', value: (l, ctx) => ctx.stageName(l.stageId) },
  { header: 'Description', value: (l) => l.notes },
  { header: 'Rating', value: (l) => TEMPERATURE[l.scoreLabel] },
  { header: 'LinkedIn URL', value: (l) => l.linkedinUrl },
];

export const LEAD_CSV_COLUMNS: Record<CsvPreset, readonly LeadCsvColumn[]> = {
  all: ALL,
  hubspot: HUBSPOT,
  pipedrive: PIPEDRIVE,
  salesforce: SALESFORCE,
};

export const ACTIVITY_COLUMNS: readonly CsvColumn<Activity>[] = [
  { header: 'id', value: (a) => a.id },
  { header: 'leadId', value: (a) => a.leadId },
  { header: 'kind', value: (a) => a.kind },
  { header: 'direction', value: (a) => a.direction },
  { header: 'at', value: (a) => isoDateTime(a.at) },
  { header: 'note', value: (a) => a.note },
  { header: 'sequenceId', value: (a) => a.sequenceId },
  { header: 'stepId', value: (a) => a.stepId },
  { header: 'createdAt', value: (a) => isoDateTime(a.createdAt) },
];

// nameKey is left out: it is derived from the name on every write.
export const COMPANY_COLUMNS: readonly CsvColumn<Company>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'name', value: (c) => c.name },
  { header: 'industry', value: (c) => c.industry },
  { header: 'sizeBand', value: (c) => c.sizeBand },
  { header: 'website', value: (c) => c.website },
  { header: 'headquarters', value: (c) => c.headquarters },
  { header: 'linkedinUrl', value: (c) => c.linkedinUrl },
  { header: 'logoUrl', value: (c) => c.logoUrl },
  { header: 'source', value: (c) => c.source },
  { header: 'sourceUrl', value: (c) => c.sourceUrl },
  { header: 'editedFields', value: (c) => c.editedFields.join('; ') || undefined },
  { header: 'createdAt', value: (c) => isoDateTime(c.createdAt) },
  { header: 'updatedAt', value: (c) => isoDateTime(c.updatedAt) },
];
