import { derivedLeadKeys } from '../leads/merge';
import { StageChangeSchema, type StageChange } from '../pipeline/schema';
import { applyScore } from '../scoring/apply';
import { LeadSchema, type Activity, type Lead } from '../schema/records';
import { requiredLine, LIMITS } from '../schema/text';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { getPipeline, getWriteRules } from './settings';
import type { Enrolment } from '../sequences/schema';
import { commit } from './write/commit';

/**
 * Bulk actions of the lead list. Each runs in one transaction: all of it happens,
 * or none. The write layer keeps figures, sequence effects (a trigger tag or stage
 * enrols), SQL crossings and the change log for every lead written.
 */

export type BulkResult = { changed: number; skipped: number };

const TagSchema = requiredLine(LIMITS.tag);

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Add one tag to many leads (it also becomes a search word and may change the score).
 * Leads that already have it, or already have the most tags allowed, are skipped.
 */
export async function bulkTag(db: LeadsDatabase, ids: readonly string[], tag: string, now: number): Promise<BulkResult> {
  const parsed = TagSchema.safeParse(tag);
  if (!parsed.success) throw new StorageError('invalid', parsed.error);
  const clean = parsed.data.toLowerCase();
  try {
    return await commit(db, [db.leads.name, db.companies.name, db.jobs.name], { origin: 'rep', now, reads: [db.companies.name] }, async (w) => {
      const { ruleSet } = await getWriteRules(db);
      const leads = (await db.leads.bulkGet(unique(ids))).filter((l): l is Lead => l !== undefined);
      const companyIds = unique(leads.flatMap((l) => (l.companyId ? [l.companyId] : [])));
      const companies = new Map((await db.companies.bulkGet(companyIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
      const updated: Lead[] = [];
      for (const current of leads) {
        if (current.tags.includes(clean) || current.tags.length >= LIMITS.tags) continue;
        const tags = [...current.tags, clean];
        const merged: Lead = {
          ...current,
          tags,
          ...derivedLeadKeys({ ...current, tags }),
          editedFields: current.editedFields.includes('tags') ? current.editedFields : [...current.editedFields, 'tags'],
          updatedAt: Math.max(now, current.createdAt),
        };
        const company = merged.companyId ? companies.get(merged.companyId) : undefined;
        updated.push(LeadSchema.parse(applyScore(merged, company, ruleSet, merged.updatedAt).lead));
      }
      await w.put('leads', updated);
      return { changed: updated.length, skipped: ids.length - updated.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Move many leads to an open stage, each with a stage-history entry. Won and lost
 * need a final value or a reason per lead, so they are refused in bulk (every lead
 * is skipped); leads already in the stage, or closed (won or lost, which need a
 * reactivation first), are skipped too.
 */
export async function bulkSetStage(
  db: LeadsDatabase,
  ids: readonly string[],
  stageId: string,
  now: number,
  newId: NewId = randomId,
): Promise<BulkResult> {
  try {
    return await commit(db, [db.leads.name, db.stageHistory.name, db.settings.name], { origin: 'rep', now, newId }, async (w) => {
      const { stages } = await getPipeline(db);
      const target = stages.find((s) => s.id === stageId);
      if (!target) throw new StorageError('invalid');
      if (target.kind === 'won' || target.kind === 'lost') return { changed: 0, skipped: ids.length };
      const closed = new Set(stages.filter((s) => s.kind === 'won' || s.kind === 'lost').map((s) => s.id));
      const leads = (await db.leads.bulkGet(unique(ids))).filter((l): l is Lead => l !== undefined);
      const updated: Lead[] = [];
      const changes: StageChange[] = [];
      for (const lead of leads) {
        if (lead.stageId === stageId || closed.has(lead.stageId)) continue;
        const at = Math.max(now, lead.createdAt);
        updated.push(LeadSchema.parse({ ...lead, stageId, stageChangedAt: at, updatedAt: at }));
        changes.push(StageChangeSchema.parse({ id: newId(), leadId: lead.id, at, fromStage: lead.stageId, toStage: stageId, kind: 'change' }));
      }
      await w.put('leads', updated);
      await w.add('stageHistory', changes);
      return { changed: updated.length, skipped: ids.length - updated.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Everything a bulk delete removed, so that undo can put it back exactly. */
export type DeleteUndoToken = {
  leads: Lead[];
  activities: Activity[];
  stageHistory: StageChange[];
  enrolments: Enrolment[];
};

const deleteTables = (db: LeadsDatabase) => [db.leads.name, db.activities.name, db.stageHistory.name, db.enrolments.name];

/** Delete leads with their activities and stage history; the token restores them. */
export async function bulkDelete(db: LeadsDatabase, ids: readonly string[], now: number): Promise<DeleteUndoToken> {
  const list = unique(ids);
  try {
    return await commit(db, deleteTables(db), { origin: 'rep', now }, async (w) => {
      const leads = (await db.leads.bulkGet(list)).filter((l): l is Lead => l !== undefined);
      const found = leads.map((l) => l.id);
      const activities = await db.activities.where('leadId').anyOf(found).toArray();
      const stageHistory = await db.stageHistory.where('leadId').anyOf(found).toArray();
      const enrolments = await db.enrolments.where('leadId').anyOf(found).toArray();
      await w.delete('activities', activities.map((a) => a.id));
      await w.delete('stageHistory', stageHistory.map((s) => s.id));
      await w.delete('enrolments', enrolments.map((e) => e.id));
      await w.delete('leads', found);
      return { leads, activities, stageHistory, enrolments };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Put back what a bulk delete removed, exactly as it was (no effect fires: the
 * enrolments come back with it). A lead whose profile was saved again in the
 * meantime (same LinkedIn URL) is not restored over the new one; the count of
 * restored leads is returned.
 */
export async function undoDelete(db: LeadsDatabase, token: DeleteUndoToken, now: number): Promise<number> {
  try {
    return await commit(db, deleteTables(db), { origin: 'rep', now, effects: false }, async (w) => {
      const restorable: Lead[] = [];
      for (const lead of token.leads) {
        if (await db.leads.get(lead.id)) continue;
        if (lead.linkedinUrl && (await db.leads.where('linkedinUrl').equals(lead.linkedinUrl).count()) > 0) continue;
        restorable.push(lead);
      }
      const ids = new Set(restorable.map((l) => l.id));
      await w.add('leads', restorable);
      await w.put('activities', token.activities.filter((a) => ids.has(a.leadId)));
      await w.put('stageHistory', token.stageHistory.filter((s) => ids.has(s.leadId)));
      await w.put('enrolments', token.enrolments.filter((e) => ids.has(e.leadId)));
      return restorable.length;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
