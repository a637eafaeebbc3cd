import { sameValue } from './write/change-log';
import { commit, type Writer } from './write/commit';
import { isTracked } from './write/tables';
import { ERASED_REFERRER, PERSONAL_DATA, scrubRecord, theirValues, type EraseContext, type FieldPlan, type TableClass, type TableName } from '../privacy/personal-data';
import { stop } from '../sequences/engine';
import { LeadSchema, type Lead } from '../schema/records';
import type { Enrolment } from '../sequences/schema';
import type { LeadsDatabase } from './database';
import { toStorageError } from './errors';
import { queueErasures } from '../crm/sync/erase-queue';
import { rememberForgotten } from './forgotten';

/**
 * Erasing a person (GDPR, "right to erasure"): every personal field and every
 * piece of free text about them goes from every table that holds any, as
 * declared in lib/privacy/personal-data.ts; what is left of the lead is an
 * anonymous record (stage, value, dates, counts), so the kept figures still
 * equal a count of the records and the metrics stay true.
 *
 * It is one write through the write layer: the figures follow the fields that
 * went (completeness, say), the change log records which fields changed (names,
 * never values), and entries about the person's records are scrubbed down to
 * the fields the log declares, in the same transaction. Their active sequences
 * end ("person erased"). Nothing of it can be undone.
 */

type Walked = { name: TableName; cls: Exclude<TableClass, { holds: 'none' }> };

/** The tables that hold something about a person, in the order an erase walks them: the person, what is about them, what mentions them, then the log. */
function walkedTables(): Walked[] {
  const order = { subject: 0, about: 1, mentions: 2, copies: 3, links: 4, log: 5 } as const;
  return (Object.entries(PERSONAL_DATA) as [TableName, TableClass][])
    .flatMap(([name, cls]) => (cls.holds === 'none' ? [] : [{ name, cls }]))
    .sort((a, b) => order[a.cls.holds] - order[b.cls.holds]);
}

/** Every table an erase reads or writes. */
export function eraseTables(): TableName[] {
  return walkedTables().map((t) => t.name);
}

/** No one is followed up once erased. */
const endEnrolment = (e: Enrolment, now: number): Record<string, unknown> => (e.status === 'active' ? stop(e, 'erased', now) : e);

const recordKey = (table: string, key: unknown) => `${table}/${String(key)}`;

/** Write scrubbed records back: tracked tables through the writer (figures, log), the others as they are. */
async function putBack(db: LeadsDatabase, w: Writer, name: TableName, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  if (isTracked(name)) await w.put(name, rows as never);
  else await db.table(name).bulkPut(rows);
}

/** Records of the people in an `about` table: by its `leadId` index, or (a small table without one) by walking it. */
async function aboutRows(db: LeadsDatabase, name: TableName, ids: readonly string[]): Promise<Record<string, unknown>[]> {
  const table = db.table(name);
  if (table.schema.idxByName.leadId) return table.where('leadId').anyOf([...ids]).toArray();
  const set = new Set(ids);
  return table.filter((row: { leadId?: string }) => row.leadId !== undefined && set.has(row.leadId)).toArray();
}

/** Records of a `mentions` table that hold one of the people's values, scrubbed; returns their keys. (It walks the table.) */
async function scrubMentions(db: LeadsDatabase, w: Writer, name: TableName, fields: object, context: EraseContext): Promise<unknown[]> {
  const plan = fields as FieldPlan<Record<string, unknown>>;
  const key = db.table(name).schema.primKey.keyPath as string;
  const changed: Record<string, unknown>[] = [];
  await db.table(name).each((row: Record<string, unknown>) => {
    const clean = scrubRecord(row, plan, context);
    if (!sameValue(clean, row)) changed.push(clean);
  });
  await putBack(db, w, name, changed);
  return changed.map((row) => row[key]);
}

/**
 * Other leads' "referred by" naming an erased person (their profile, e-mail or phone, or their
 * full name as the rep typed it): the referral stays counted, naming no one (ERASED_REFERRER).
 * No index finds them, so one walk of the leads that have a referrer.
 */
async function scrubReferrers(w: Writer, db: LeadsDatabase, erased: readonly Lead[], people: readonly string[], context: EraseContext): Promise<void> {
  const named = (value: string) => value.trim().toLocaleLowerCase();
  const names = new Set(erased.flatMap((lead) => (lead.fullName ? [named(lead.fullName)] : [])));
  const skip = new Set(people);
  const referring = await db.leads
    .filter((lead) => lead.referredBy !== undefined && !skip.has(lead.id) && (context.theirs.has(lead.referredBy.trim()) || names.has(named(lead.referredBy))))
    .toArray();
  if (referring.length) await w.put('leads', referring.map((lead) => ({ ...lead, referredBy: ERASED_REFERRER })), { before: new Map(referring.map((l) => [l.id, l])) });
}

/**
 * Scrub the change-log entries (every `log` table) about the given records down to their declared fields.
 * The log has no index by record, so this walks it once (it is bounded: 90 days, 200,000 entries).
 */
async function scrubLogs(db: LeadsDatabase, records: ReadonlySet<string>, context: EraseContext): Promise<number> {
  let scrubbed = 0;
  for (const { name, cls } of walkedTables()) {
    if (cls.holds !== 'log') continue;
    const plan = cls.fields as FieldPlan<Record<string, unknown>>;
    const found: Record<string, unknown>[] = [];
    await db.table(name).each((entry: Record<string, unknown>) => {
      if (!records.has(recordKey(entry.table as string, entry.key))) return;
      const clean = scrubRecord(entry, plan, context);
      if (!sameValue(entry, clean)) found.push(clean);
    });
    await db.table(name).bulkPut(found);
    scrubbed += found.length;
  }
  return scrubbed;
}

export type EraseOptions = {
  /** Also delete their linked contacts in the connected CRM (GDPR delete): queued here, made by the background (lib/crm/sync/erase-queue.ts). */
  crmDelete?: boolean;
};

/** Erase these people (lead ids); returns how many leads were erased. Leads already erased are scrubbed again (harmless). */
export async function eraseLeads(db: LeadsDatabase, ids: readonly string[], now: number, options: EraseOptions = {}): Promise<number> {
  const list = [...new Set(ids)];
  const crmTables = options.crmDelete ? ['jobs', 'crmConnections'] : [];
  try {
    // Effects off: the person's records are rewritten, not acted on (no trigger enrols, no step completes).
    return await commit(db, [...eraseTables(), ...crmTables], { origin: 'rep', now, effects: false, reads: ['crmConnections'] }, async (w) => {
      const leads = (await db.leads.bulkGet(list)).filter((l): l is Lead => l !== undefined);
      if (leads.length === 0) return 0;
      const people = leads.map((l) => l.id);
      // First: the CRM delete needs the contact ids, and the walk below drops the links that hold them.
      if (options.crmDelete) await queueErasures(db, people, now);
      const context: EraseContext = { now, theirs: theirValues(leads) };
      // Every record of theirs, by table and key: the log entries about them are scrubbed too.
      const records = new Set<string>();
      for (const { name, cls } of walkedTables()) {
        if (cls.holds === 'subject') {
          for (const lead of leads) records.add(recordKey(name, lead.id));
          // A lead erased before is written again only if something personal came back (its write time aside).
          const anonymous = leads.map((lead) => LeadSchema.parse(scrubRecord(lead, cls.fields, context))).filter((a, i) => !sameValue({ ...a, updatedAt: 0 }, { ...leads[i], updatedAt: 0 }));
          await w.put('leads', anonymous, { before: new Map(leads.map((l) => [l.id, l])) });
        } else if (cls.holds === 'about') {
          const rows = await aboutRows(db, name, people);
          const key = db.table(name).schema.primKey.keyPath as string;
          for (const row of rows) records.add(recordKey(name, row[key]));
          const plan = cls.fields as FieldPlan<Record<string, unknown>>;
          const changed = rows
            .map((row) => scrubRecord(name === 'enrolments' ? endEnrolment(row as Enrolment, now) : row, plan, context))
            .filter((row, i) => !sameValue(row, rows[i]));
          await putBack(db, w, name, changed);
        } else if (cls.holds === 'mentions') {
          for (const key of await scrubMentions(db, w, name, cls.fields, context)) records.add(recordKey(name, key));
        } else if (cls.holds === 'copies') {
          await db.table(name).bulkDelete(people);
        } else if (cls.holds === 'links') {
          await db.table(name).where(cls.by).anyOf(people).delete();
        }
      }
      await scrubReferrers(w, db, leads, people, context);
      // Last, so the entries this erase has just added are covered too.
      await scrubLogs(db, records, context);
      return leads.length;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function eraseLead(db: LeadsDatabase, id: string, now: number, options: EraseOptions = {}): Promise<boolean> {
  return (await eraseLeads(db, [id], now, options)) === 1;
}

/**
 * Delete people entirely (the retention review's other choice): their leads, touches, stage
 * history and enrolments go, and the change-log entries about them are scrubbed as an erase does.
 */
export async function deleteLeadsForGood(db: LeadsDatabase, ids: readonly string[], now: number, options: EraseOptions = {}): Promise<number> {
  // `jobs` always: the ids are kept there, so an older backup does not bring the people back (forgotten.ts).
  const crmTables = options.crmDelete ? ['jobs', 'crmConnections'] : ['jobs'];
  try {
    return await commit(db, [...eraseTables(), ...crmTables], { origin: 'rep', now, reads: ['crmConnections'] }, async (w) => {
      // Not the bulk delete: that keeps an undo copy, and "for good" keeps none.
      const leads = (await db.leads.bulkGet([...new Set(ids)])).filter((l): l is Lead => l !== undefined);
      const found = leads.map((l) => l.id);
      // As an erase: the contact ids are queued before the links that hold them go.
      if (options.crmDelete) await queueErasures(db, found, now);
      const activities = await db.activities.where('leadId').anyOf(found).toArray();
      const stageHistory = await db.stageHistory.where('leadId').anyOf(found).toArray();
      const enrolments = await db.enrolments.where('leadId').anyOf(found).toArray();
      await w.delete('activities', activities.map((a) => a.id));
      await w.delete('stageHistory', stageHistory.map((s) => s.id));
      await w.delete('enrolments', enrolments.map((e) => e.id));
      await w.delete('leads', found);
      await rememberForgotten(db, found, now);
      for (const { name, cls } of walkedTables()) {
        if (cls.holds === 'copies') await db.table(name).bulkDelete(found);
        if (cls.holds === 'links') await db.table(name).where(cls.by).anyOf(found).delete();
      }
      const token = { leads };
      const context: EraseContext = { now, theirs: theirValues(leads) };
      const records = new Set<string>([
        ...found.map((id) => recordKey('leads', id)),
        ...activities.map((a) => recordKey('activities', a.id)),
        ...stageHistory.map((s) => recordKey('stageHistory', s.id)),
        ...enrolments.map((e) => recordKey('enrolments', e.id)),
      ]);
      for (const { name, cls } of walkedTables()) if (cls.holds === 'mentions') for (const key of await scrubMentions(db, w, name, cls.fields, context)) records.add(recordKey(name, key));
      await scrubReferrers(w, db, leads, found, context);
      await scrubLogs(db, records, context);
      return token.leads.length;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
