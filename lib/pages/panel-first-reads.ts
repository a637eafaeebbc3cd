/**
 * What the side panel's first view draws (lib/pages/panel-start.tsx), read with plain IndexedDB
 * and parsed with the schemas Dexie's reads use. The reads run while the first view's strings
 * load; the shipped stage and sequence names are put in the rep's language only once `language`
 * (that load) is done, or they would be drawn as their keys.
 */
import type { FirstList } from '@/components/list/LeadFirstList';
import type { FirstDue } from '@/components/sequences/DueSection';
import type { FirstLead } from '@/components/panel/LeadFirstCard';
import { endOfDay } from '../calendar';
import { readLeadRowsAsStored, readListRowsAsStored, type DueRowAsStored } from '../db/first-read';
import { pipelineOf } from '../db/settings-rows';
import { localizePipeline, localizeSequence } from '../i18n/default-names';
import { LeadSchema } from '../schema/records';
import { EnrolmentSchema, SequenceSchema } from '../sequences/schema';

export async function firstLead(id: string, language: PromiseLike<unknown>, name?: string): Promise<FirstLead | undefined> {
  const rows = await readLeadRowsAsStored(id, name).catch(() => undefined);
  const lead = LeadSchema.safeParse(rows?.lead);
  if (!rows || !lead.success || lead.data.erasedAt !== undefined) return undefined;
  await language;
  return { lead: lead.data, pipeline: localizePipeline(pipelineOf(rows.pipeline)) };
}

export async function firstList(language: PromiseLike<unknown>, name?: string): Promise<FirstList | undefined> {
  // Due before the end of today, as the live list's due steps count them (components/sequences/DueSteps).
  const now = Date.now();
  const rows = await readListRowsAsStored(endOfDay(now), undefined, name).catch(() => undefined);
  if (!rows) return undefined;
  const leads = [];
  for (const row of rows.leads) {
    const lead = LeadSchema.safeParse(row);
    // A row the live list could not parse either: the live list draws everything.
    if (!lead.success) return undefined;
    leads.push(lead.data);
  }
  await language;
  return { leads, pipeline: localizePipeline(pipelineOf(rows.pipeline)), due: firstDue(rows.due, now) };
}

/**
 * The due steps above the list, parsed as the live list reads them (a step whose lead or
 * sequence is gone is not drawn, there or here); undefined when a row does not parse: the
 * live list then draws the section.
 */
function firstDue(due: { total: number; rows: DueRowAsStored[] }, at: number): FirstDue | undefined {
  const items: FirstDue['items'] = [];
  for (const row of due.rows) {
    const enrolment = EnrolmentSchema.safeParse(row.enrolment);
    const lead = row.lead === undefined ? undefined : LeadSchema.safeParse(row.lead);
    const sequence = row.sequence === undefined ? undefined : SequenceSchema.safeParse(row.sequence);
    if (!enrolment.success || lead?.success === false || sequence?.success === false) return undefined;
    items.push({ enrolment: enrolment.data, lead: lead?.data, sequence: sequence?.data && localizeSequence(sequence.data) });
  }
  return { total: due.total, items, at };
}
