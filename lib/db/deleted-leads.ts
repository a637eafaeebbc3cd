import { z } from 'zod';
import { StageChangeSchema } from '../pipeline/schema';
import { applyScore } from '../scoring/apply';
import { ActivitySchema, Id, LeadSchema, type Lead } from '../schema/records';
import { epochMs } from '../schema/text';
import { settle } from '../sequences/engine';
import { EnrolmentSchema } from '../sequences/schema';
import type { LeadsDatabase } from './database';
import { toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { getPipeline, getWriteRules } from './settings';
import { moveOutOfMissingStages } from './stage';
import { commit } from './write/commit';

/**
 * Bulk delete and its undo. What a delete removes is kept in the `deletedLeads`
 * table, written in the delete's own transaction (so a delete is never without its
 * undo), until the next bulk delete replaces it, the undo puts it back, or the rep
 * discards it (the delete becomes final). Closing the panel loses nothing.
 *
 * A later migration that changes the shape of leads, activities, stage history or
 * enrolments must change the copies kept here as well (or empty this table): the
 * undo checks each row with the schemas in force and leaves out what no longer parses.
 */

/** One deleted lead with everything deleted with it, and the scoring revision it was scored under. */
export const DeletedLeadSchema = z.object({
  id: Id,
  deletedAt: epochMs,
  revision: z.number().int().min(0),
  lead: LeadSchema,
  activities: z.array(ActivitySchema),
  stageHistory: z.array(StageChangeSchema),
  enrolments: z.array(EnrolmentSchema),
});
export type DeletedLead = z.infer<typeof DeletedLeadSchema>;

const recordTables = (db: LeadsDatabase) => [db.leads.name, db.activities.name, db.stageHistory.name, db.enrolments.name];

function byLead<T extends { leadId: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const list = map.get(record.leadId);
    if (list) list.push(record);
    else map.set(record.leadId, [record]);
  }
  return map;
}

/**
 * Delete leads with their activities, stage history and enrolments, keeping all
 * of it for undo in place of what the previous delete kept. A delete that finds
 * none of the leads keeps the previous undo. Returns how many leads went.
 */
export async function bulkDelete(db: LeadsDatabase, ids: readonly string[], now: number): Promise<{ deleted: number }> {
  const list = [...new Set(ids)];
  try {
    return await commit(db, [...recordTables(db), db.deletedLeads.name, db.jobs.name], { origin: 'rep', now, reads: [db.jobs.name] }, async (w) => {
      const leads = (await db.leads.bulkGet(list)).filter((l): l is Lead => l !== undefined);
      if (leads.length === 0) return { deleted: 0 };
      const found = leads.map((l) => l.id);
      const activities = await db.activities.where('leadId').anyOf(found).toArray();
      const stageHistory = await db.stageHistory.where('leadId').anyOf(found).toArray();
      const enrolments = await db.enrolments.where('leadId').anyOf(found).toArray();
      const { revision } = await getWriteRules(db);
      const [a, s, e] = [byLead(activities), byLead(stageHistory), byLead(enrolments)];
      await db.deletedLeads.clear();
      await db.deletedLeads.bulkAdd(
        leads.map((lead) => ({ id: lead.id, deletedAt: now, revision, lead, activities: a.get(lead.id) ?? [], stageHistory: s.get(lead.id) ?? [], enrolments: e.get(lead.id) ?? [] })),
      );
      await w.delete('activities', activities.map((x) => x.id));
      await w.delete('stageHistory', stageHistory.map((x) => x.id));
      await w.delete('enrolments', enrolments.map((x) => x.id));
      await w.delete('leads', found);
      return { deleted: found.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** What the panel offers to undo: how many leads the last bulk delete removed (0: nothing to undo). Read-only, for a live query. */
export function deletedLeadCount(db: LeadsDatabase): Promise<number> {
  return db.deletedLeads.count();
}

export type UndoResult = { restored: number; skipped: number; moved: number };

/**
 * Put back what the last bulk delete removed, through the write layer (the figures
 * count the leads and touches again; no sequence effect fires: the enrolments come
 * back with them). Leads come back as they were, except that
 * - a lead whose id is taken again, or whose LinkedIn profile was saved again
 *   meanwhile, is not restored over the new one (counted in `skipped`);
 * - a lead scored under rules changed since is rescored under the rules in force;
 * - a lead whose stage was removed since moves as the stages editor moves leads
 *   (counted in `moved`).
 * The undo is used up either way.
 */
export async function undoDelete(db: LeadsDatabase, now: number, newId: NewId = randomId): Promise<UndoResult> {
  try {
    // Read first: no write of leads holds `settings`, which every page reads.
    const pipeline = await getPipeline(db);
    const tables = [...recordTables(db), db.deletedLeads.name, db.companies.name, db.jobs.name];
    return await commit(db, tables, { origin: 'rep', now, effects: false, newId, reads: [db.companies.name, db.jobs.name] }, async (w) => {
      const rows = await db.deletedLeads.toArray();
      const { ruleSet, revision } = await getWriteRules(db);
      const restorable: DeletedLead[] = [];
      for (const raw of rows) {
        const parsed = DeletedLeadSchema.safeParse(raw);
        if (!parsed.success) continue;
        const { lead } = parsed.data;
        if (await db.leads.get(lead.id)) continue;
        if (lead.linkedinUrl && (await db.leads.where('linkedinUrl').equals(lead.linkedinUrl).count()) > 0) continue;
        restorable.push(parsed.data);
      }
      const leads: Lead[] = [];
      for (const row of restorable) {
        if (row.revision === revision) leads.push(row.lead);
        else leads.push(applyScore(row.lead, row.lead.companyId ? await db.companies.get(row.lead.companyId) : undefined, ruleSet, now).lead);
      }
      await w.add('leads', leads);
      await w.put('activities', restorable.flatMap((r) => r.activities));
      await w.put('stageHistory', restorable.flatMap((r) => r.stageHistory));
      // The sequences as they are now: one deleted or edited while the leads were away ends or moves their enrolments.
      const sequences = new Map((await db.sequences.toArray()).map((s) => [s.id, s]));
      await w.put('enrolments', restorable.flatMap((r) => r.enrolments.map((e) => settle(e, sequences.get(e.sequenceId), now))));
      const moved = await moveOutOfMissingStages(w, leads, pipeline, [], now, newId);
      await db.deletedLeads.clear();
      return { restored: leads.length, skipped: rows.length - leads.length, moved };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Make the last bulk delete final: what it kept for undo is erased. */
export async function discardUndo(db: LeadsDatabase): Promise<void> {
  try {
    await db.deletedLeads.clear();
  } catch (error) {
    throw toStorageError(error);
  }
}
