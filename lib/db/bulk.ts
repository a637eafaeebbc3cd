import { StageChangeSchema, type StageChange } from '../pipeline/schema';
import { applyScore } from '../scoring/apply';
import { LeadSchema, type Lead } from '../schema/records';
import { requiredLine, LIMITS } from '../schema/text';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { getPipeline, getWriteRules } from './settings';
import { commit } from './write/commit';

/**
 * Bulk actions of the lead list. Each runs in one transaction: all of it happens,
 * or none. The write layer keeps figures, sequence effects (a trigger tag or stage
 * enrols), SQL crossings and the change log for every lead written. Delete and
 * its undo live in deleted-leads.ts.
 */

export type BulkResult = { changed: number; skipped: number };

const TagSchema = requiredLine(LIMITS.tag);

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The tags typed in the bulk box, split at commas as the panel's tags field splits them:
 * "hot, q1" is two tags, never one tag with a comma no filter or panel edit keeps whole.
 */
function typedTags(text: string): string[] {
  const parts = text.split(',').filter((part) => part.trim() !== '');
  const parsed = parts.map((part) => TagSchema.safeParse(part));
  const bad = parsed.find((p) => !p.success);
  if (parsed.length === 0 || bad) throw new StorageError('invalid', bad?.error);
  return unique(parsed.map((p) => (p.success ? p.data.toLowerCase() : '')));
}

/**
 * Add a tag (or several, comma separated) to many leads (each also becomes a search word and
 * may change the score). Leads that already have them all, or the most tags allowed, are skipped.
 */
export async function bulkTag(db: LeadsDatabase, ids: readonly string[], tag: string, now: number): Promise<BulkResult> {
  const added = typedTags(tag);
  try {
    return await commit(db, [db.leads.name, db.companies.name, db.jobs.name], { origin: 'rep', now, reads: [db.companies.name] }, async (w) => {
      const { ruleSet } = await getWriteRules(db);
      const leads = (await db.leads.bulkGet(unique(ids))).filter((l): l is Lead => l !== undefined);
      const companyIds = unique(leads.flatMap((l) => (l.companyId ? [l.companyId] : [])));
      const companies = new Map((await db.companies.bulkGet(companyIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
      const updated: Lead[] = [];
      for (const current of leads) {
        const fresh = added.filter((t) => !current.tags.includes(t)).slice(0, Math.max(0, LIMITS.tags - current.tags.length));
        if (fresh.length === 0) continue;
        const tags = [...current.tags, ...fresh];
        const merged: Lead = {
          ...current,
          tags,
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

export { bulkDelete, deletedLeadCount, discardUndo, undoDelete, type UndoResult } from './deleted-leads';
