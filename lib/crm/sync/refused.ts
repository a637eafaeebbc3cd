import { z } from 'zod';
import type { PushOutcome } from '../connector';
import { epochMs } from '../../schema/text';
import { leadOfRecord } from './links';

/**
 * Records the CRM refused (an invalid e-mail, a value a property does not allow), kept in the
 * `crmSync` row so the rest of the sync goes on: the checkpoint moves past them, and the rep is
 * told which record and why (options › CRM). Pure functions.
 *
 * A refused record is pushed again when it changes (the change log brings it back), and when
 * the rep presses "Sync now" (HubSpot's side may have been fixed: a property's allowed
 * values); not by the alarm or the popup, which would resend every refused record every 15
 * minutes. It leaves the list once a push of it goes through, or when it is no longer here
 * (deleted, erased). The list keeps the latest REFUSED_KEPT.
 *
 * HubSpot's reason is outside data: kept as text, bounded, and with the record's own values
 * ("Email address jane@… is invalid") cut out, so the row holds no personal data (the rep sees
 * the lead's name beside it, read from the lead).
 */

export const REFUSED_KEPT = 200;
export const REFUSED_REASON_MAX = 300;

export const REFUSED_KINDS = ['company', 'contact', 'deal', 'note', 'task'] as const;

export const RefusedRecordSchema = z.object({
  kind: z.enum(REFUSED_KINDS),
  /** Our record: a lead id (contact, deal), `next-step:<lead id>` (task), a touch id (note), a company id. */
  localId: z.string().min(1).max(80),
  /** The lead it is about; none for a company. */
  leadId: z.string().max(64).optional(),
  /** The CRM's reason, as text (cut to length when read: an over-long one never makes the row unreadable). */
  message: z.string().transform((m) => m.slice(0, REFUSED_REASON_MAX)),
  at: epochMs,
  /**
   * Of a record the CRM has, the fields (ours) of the refused update: they go with every later
   * push of the record until one goes through, so an edit refused with them is not lost when
   * only the faulty field is corrected. Absent: the whole record (one new to the CRM).
   */
  fields: z.array(z.string().max(60)).max(200).optional(),
});
export type RefusedRecord = z.infer<typeof RefusedRecordSchema>;

/** What a push sent, by our ids: a record it sent and the CRM did not refuse went through. */
export type Sent = { leadIds: ReadonlySet<string>; companyIds: ReadonlySet<string>; activityIds: ReadonlySet<string> };

function wasSent(entry: RefusedRecord, sent: Sent): boolean {
  if (entry.kind === 'company') return sent.companyIds.has(entry.localId);
  if (entry.kind === 'note') return sent.activityIds.has(entry.localId);
  return entry.leadId !== undefined && sent.leadIds.has(entry.leadId);
}

/** The message without these values (any case): the record's e-mail, name, phone… */
export function withoutValues(message: string, values: readonly string[]): string {
  let out = message;
  for (const value of values) {
    if (value.length < 3) continue;
    const lower = value.toLowerCase();
    for (let at = out.toLowerCase().indexOf(lower); at >= 0; at = out.toLowerCase().indexOf(lower, at + 1)) out = `${out.slice(0, at)}…${out.slice(at + value.length)}`;
  }
  return out.slice(0, REFUSED_REASON_MAX);
}

/**
 * The list after a push: what it sent and the CRM took leaves; what the CRM refused comes first
 * (newest), one entry per record, the latest REFUSED_KEPT kept.
 */
export function refusedAfterPush(
  kept: readonly RefusedRecord[],
  sent: Sent,
  refused: PushOutcome['refused'],
  at: number,
  about: {
    leadOfTouch: (id: string) => string | undefined;
    valuesOf: (leadId: string | undefined, kind: RefusedRecord['kind'], localId: string) => readonly string[];
    /** The fields this push sent of the record (undefined: all of it). */
    fieldsOf?: (kind: RefusedRecord['kind'], localId: string, leadId: string | undefined) => readonly string[] | undefined;
  },
): RefusedRecord[] {
  const fresh: RefusedRecord[] = refused.map(({ kind, localId, message }) => {
    const leadId = leadOfRecord(kind, localId, about.leadOfTouch);
    const entry: RefusedRecord = { kind, localId, message: withoutValues(message, about.valuesOf(leadId, kind, localId)), at };
    const fields = about.fieldsOf?.(kind, localId, leadId);
    if (fields !== undefined) entry.fields = [...fields].slice(0, 200);
    return leadId === undefined ? entry : { ...entry, leadId };
  });
  const key = (e: { kind: string; localId: string }) => `${e.kind}:${e.localId}`;
  const again = new Set(fresh.map(key));
  const unique = [...new Map(fresh.map((e) => [key(e), e])).values()];
  return [...unique, ...kept.filter((e) => !again.has(key(e)) && !wasSent(e, sent))].slice(0, REFUSED_KEPT);
}

/**
 * The records the kept refusals name, by lead and by company with the fields each refused update
 * carried (a push of them sends these too, and "Sync now" only these: see `fields`; a record
 * refused whole adds none, being new to the CRM it is sent whole), and the refused touches.
 */
export function refusedRecords(kept: readonly RefusedRecord[]): { leads: Map<string, Set<string>>; companies: Map<string, Set<string>>; activityIds: string[] } {
  const leads = new Map<string, Set<string>>();
  const companies = new Map<string, Set<string>>();
  const activityIds = new Set<string>();
  for (const entry of kept) {
    if (entry.kind === 'note') {
      activityIds.add(entry.localId);
      continue;
    }
    const id = entry.kind === 'company' ? entry.localId : entry.leadId;
    if (id === undefined) continue;
    const into = entry.kind === 'company' ? companies : leads;
    const set = into.get(id) ?? new Set<string>();
    for (const field of entry.fields ?? []) set.add(field);
    into.set(id, set);
  }
  return { leads, companies, activityIds: [...activityIds] };
}

/** The list without entries whose record is no longer here (deleted, or its lead erased). */
export function refusedStillHere(kept: readonly RefusedRecord[], here: { lead: (id: string) => boolean; company: (id: string) => boolean; touch: (id: string) => boolean }): RefusedRecord[] {
  return kept.filter((e) => (e.kind === 'company' ? here.company(e.localId) : (e.leadId === undefined || here.lead(e.leadId)) && (e.kind !== 'note' || here.touch(e.localId))));
}
