import type { Activity, Company, Lead } from '../../schema/records';
import type { StageMapping } from '../connector';
import { LINKEDIN_URL, RECORD_ID } from './fields';

/**
 * Our records as HubSpot properties: pure functions, no I/O. Only values we have are
 * sent (an empty field of ours never blanks the CRM's). Values are strings, as HubSpot
 * takes them; times go as ISO 8601.
 */

export type Properties = Record<string, string>;

function put(out: Properties, name: string, value: string | number | undefined): void {
  if (value === undefined) return;
  const text = String(value).trim();
  if (text !== '') out[name] = text;
}

function splitName(fullName: string | undefined): { first?: string; last?: string } {
  const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { first: parts[0] };
  return { first: parts.slice(0, -1).join(' '), last: parts.at(-1) };
}

/** The host of a website without "www.", as HubSpot keeps company domains. */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export function contactProperties(lead: Lead): Properties {
  const out: Properties = {};
  const split = splitName(lead.fullName);
  put(out, 'email', lead.email?.toLowerCase());
  put(out, 'firstname', lead.firstName ?? split.first);
  put(out, 'lastname', lead.lastName ?? (lead.firstName ? undefined : split.last));
  put(out, 'jobtitle', lead.title ?? lead.headline);
  put(out, 'company', lead.companyName);
  put(out, 'phone', lead.phone);
  put(out, 'website', lead.website);
  put(out, LINKEDIN_URL, lead.linkedinUrl);
  put(out, RECORD_ID, lead.id);
  return out;
}

/**
 * Which of our fields each property is made from. A push of a record HubSpot already has
 * sends only the properties made from fields changed here since the last push: the others
 * may have been changed by a teammate in HubSpot, and sending ours back would undo that.
 * (tests/unit/hubspot-changed-fields.test.ts proves every field is listed where it is read.)
 */
export type Sources = Readonly<Record<string, readonly string[]>>;

export const CONTACT_SOURCES: Sources = {
  email: ['email'],
  firstname: ['firstName', 'fullName'],
  lastname: ['lastName', 'firstName', 'fullName'],
  jobtitle: ['title', 'headline'],
  company: ['companyName'],
  phone: ['phone'],
  website: ['website'],
  [LINKEDIN_URL]: ['linkedinUrl'],
};

export const COMPANY_SOURCES: Sources = {
  name: ['name'],
  domain: ['website'],
  website: ['website'],
  industry: ['industry'],
  linkedin_company_page: ['linkedinUrl'],
};

export const DEAL_SOURCES: Sources = {
  dealname: ['fullName', 'firstName', 'lastName', 'companyName', 'email'],
  // A stage is sent with its pipeline: HubSpot checks one against the other.
  pipeline: ['stageId'],
  dealstage: ['stageId'],
  amount: ['dealValue'],
  deal_currency_code: ['currency'],
  closedate: ['expectedCloseAt'],
};

/** The lead fields a next step's task is made from. */
export const TASK_SOURCES: readonly string[] = ['nextStep'];

/** The lead fields the sync carries to HubSpot at all: a change to none of them (a rescore, a tag) pushes nothing. */
export const SYNCED_LEAD_FIELDS: ReadonlySet<string> = new Set([
  ...Object.values(CONTACT_SOURCES).flat(),
  ...Object.values(DEAL_SOURCES).flat(),
  ...TASK_SOURCES,
  // The contact's and deal's company association.
  'companyId',
  // A lead erased here sends nothing more (plan.ts leaves it out).
  'erasedAt',
]);
export const SYNCED_COMPANY_FIELDS: ReadonlySet<string> = new Set(Object.values(COMPANY_SOURCES).flat());
/** What a touch's note is made from. */
export const SYNCED_TOUCH_FIELDS: ReadonlySet<string> = new Set(['kind', 'note', 'at']);

/** The properties made from the changed fields (all of them when `changed` is undefined: a record new to HubSpot). */
export function changedOnly(properties: Properties, sources: Sources, changed: readonly string[] | undefined): Properties {
  if (changed === undefined) return properties;
  const out: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    if (sources[name]?.some((field) => changed.includes(field))) out[name] = value;
  }
  return out;
}

/** An industry as one of the portal's options (HubSpot's `industry` is a dropdown), or undefined when none matches. */
export type IndustryOf = (text: string | undefined) => string | undefined;

const foldName = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Match our industry text (LinkedIn's name for it) to the portal's industry options by label or
 * value ("Computer Software" -> COMPUTER_SOFTWARE). HubSpot refuses any other value for the whole
 * batch, so an industry it does not offer ("Software Development", LinkedIn's newer name) is left out.
 */
export function industryMatcher(options: readonly { value: string; label: string }[]): IndustryOf {
  const byName = new Map<string, string>();
  for (const o of options) {
    byName.set(foldName(o.label), o.value);
    byName.set(foldName(o.value), o.value);
  }
  return (text) => (text ? byName.get(foldName(text)) : undefined);
}

/** `industryOf`: the portal's option for our industry text; without it no industry is sent. */
export function companyProperties(company: Company, industryOf?: IndustryOf): Properties {
  const out: Properties = {};
  put(out, 'name', company.name);
  put(out, 'domain', domainOf(company.website));
  put(out, 'website', company.website);
  put(out, 'industry', industryOf?.(company.industry));
  put(out, 'linkedin_company_page', company.linkedinUrl);
  put(out, RECORD_ID, company.id);
  return out;
}

/** A lead needs a deal once it has a value or has left the first stage. */
export function needsDeal(lead: Lead, firstStageId: string): boolean {
  return lead.dealValue !== undefined || lead.stageId !== firstStageId;
}

export function dealProperties(lead: Lead, mapping: StageMapping): Properties {
  const out: Properties = {};
  const who = lead.fullName ?? [lead.firstName, lead.lastName].filter(Boolean).join(' ');
  put(out, 'dealname', [who, lead.companyName].filter(Boolean).join(' – ') || lead.email || lead.id);
  put(out, 'pipeline', mapping.pipelineId);
  put(out, 'dealstage', mapping.stages[lead.stageId]);
  put(out, 'amount', lead.dealValue);
  put(out, 'deal_currency_code', lead.currency);
  if (lead.expectedCloseAt !== undefined) put(out, 'closedate', new Date(lead.expectedCloseAt).toISOString());
  put(out, RECORD_ID, lead.id);
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A touch as a note. HubSpot shows note bodies as HTML: our text is escaped, never
 * passed through. `kindLabel` names the touch in the rep's language (the i18n layer).
 */
export function noteProperties(activity: Activity, kindLabel: string): Properties {
  const lines = [kindLabel, ...(activity.note ? activity.note.split('\n') : [])];
  const body = lines.map((line) => escapeHtml(line)).join('<br>');
  return { hs_note_body: body, hs_timestamp: new Date(activity.at).toISOString(), [RECORD_ID]: activity.id };
}

/** The record id a lead's next-step task carries: one task per lead, updated as the step changes. */
export function nextStepRecordId(leadId: string): string {
  return `next-step:${leadId}`;
}

export function taskProperties(lead: Lead, now: number): Properties {
  const step = lead.nextStep;
  const out: Properties = {
    hs_task_subject: step?.text ?? '',
    hs_task_status: step ? 'NOT_STARTED' : 'COMPLETED',
    hs_task_type: 'TODO',
    hs_timestamp: new Date(step?.dueAt ?? now).toISOString(),
    [RECORD_ID]: nextStepRecordId(lead.id),
  };
  if (out.hs_task_subject === '') delete out.hs_task_subject;
  return out;
}

/**
 * What to write on a record the team already had (found by e-mail, domain or name, not
 * made by us): only the fields it lacks, and never our record id, which would claim it.
 */
export function fillOnly(ours: Properties, theirs: Record<string, string | null>): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(ours)) {
    if (name === RECORD_ID) continue;
    const current = theirs[name];
    if (current === undefined || current === null || current === '') out[name] = value;
  }
  return out;
}
