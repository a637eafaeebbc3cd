import { changeStage, reactivate } from '../pipeline/stage-change';
import { leadsToMove } from '../pipeline/stages-edit';
import { PipelineSettingsSchema, StageChangeSchema, type PipelineSettings } from '../pipeline/schema';
import { LeadSchema, type Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { stopReasonFor } from '../sequences/engine';
import { adjustPipelineStats } from './pipeline-stats';
import { sequenceEffects, sequenceTables } from './sequences';
import { getPipeline, type PipelineSetting } from './settings';

export type StageError = 'unknown-stage' | 'same-stage' | 'needs-value' | 'needs-reason' | 'bad-value' | 'use-reactivate' | 'not-lost';

/** Store a stage change with its history entry; won or lost ends the lead's sequences, entering a stage may start one. */
async function writeChange(
  db: LeadsDatabase,
  before: Lead,
  lead: Lead,
  change: Omit<import('../pipeline/schema').StageChange, 'id'>,
  newId: NewId,
  fireTriggers = true,
): Promise<string> {
  const id = newId();
  const after = LeadSchema.parse(lead);
  await db.leads.put(after);
  await db.stageHistory.add(StageChangeSchema.parse({ ...change, id }));
  await adjustPipelineStats(db, [{ before, after }], change.at);
  const stopReason = stopReasonFor({ kind: 'stage', stageKind: change.kind });
  await sequenceEffects(db, { before: fireTriggers ? before : after, after, stop: stopReason }, change.at, newId);
  return id;
}

/** Move a lead to a stage (won needs a final value, lost a reason), recording the change in its history. */
export async function moveToStage(
  db: LeadsDatabase,
  leadId: string,
  toStage: string,
  details: { value?: number; currency?: string; reason?: string },
  now: number,
  newId: NewId = randomId,
): Promise<{ ok: true; lead: Lead; changeId: string } | { ok: false; error: StageError }> {
  try {
    return await db.transaction('rw', [db.leads, db.stageHistory, db.settings, ...sequenceTables(db)], async () => {
      const lead = await db.leads.get(leadId);
      if (!lead) throw new StorageError('invalid');
      const result = changeStage(lead, await getPipeline(db), toStage, now, details);
      if (!result.ok) return result;
      const changeId = await writeChange(db, lead, result.lead, result.change, newId);
      return { ok: true as const, lead: result.lead, changeId };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Send a lost lead back to the top of the funnel; "rescued" leads are counted from these entries. */
export async function reactivateLead(db: LeadsDatabase, leadId: string, now: number, newId: NewId = randomId) {
  try {
    return await db.transaction('rw', [db.leads, db.stageHistory, db.settings, ...sequenceTables(db)], async () => {
      const lead = await db.leads.get(leadId);
      if (!lead) throw new StorageError('invalid');
      const result = reactivate(lead, await getPipeline(db), now);
      if (!result.ok) return result;
      const changeId = await writeChange(db, lead, result.lead, result.change, newId);
      return { ok: true as const, lead: result.lead, changeId };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Save the stage list. Leads in a removed stage move to the stage the rep chose,
 * each with a history entry; old entries keep the old stage id. One transaction.
 */
export async function savePipeline(
  db: LeadsDatabase,
  pipeline: PipelineSettings,
  moves: { from: string; to: string }[],
  now: number,
  newId: NewId = randomId,
): Promise<void> {
  const valid = PipelineSettingsSchema.parse(pipeline);
  const ids = new Set(valid.stages.map((s) => s.id));
  if (moves.some((m) => !ids.has(m.to))) throw new StorageError('invalid');
  await db.transaction('rw', [db.leads, db.stageHistory, db.settings, ...sequenceTables(db)], async () => {
    for (const move of moves) {
      const leads = await db.leads.where('stageId').equals(move.from).toArray();
      const byId = new Map(leads.map((l) => [l.id, l]));
      for (const { lead, change } of leadsToMove(leads, move.from, move.to, now)) {
        // A stage removed is housekeeping, not the lead entering a stage: no trigger fires.
        await writeChange(db, byId.get(lead.id) ?? (lead as Lead), lead as Lead, change, newId, false);
      }
    }
    const row: PipelineSetting = { key: 'pipeline', pipeline: valid, updatedAt: now };
    await db.settings.put(row);
  });
}

/**
 * Take back a stage change the rep just made (a mis-click): the history entry is
 * removed and the lead's stage fields are put back, so metrics never count a move
 * that did not happen. Refused unless the entry is still the lead's latest.
 */
export async function undoStageChange(db: LeadsDatabase, changeId: string, before: Lead): Promise<boolean> {
  try {
    return await db.transaction('rw', [db.leads, db.stageHistory, db.settings], async () => {
      const lead = await db.leads.get(before.id);
      const latest = await db.stageHistory.where('[leadId+at]').between([before.id, -Infinity], [before.id, Infinity]).last();
      if (!lead || latest?.id !== changeId) return false;
      await db.stageHistory.delete(changeId);
      const restored: Lead = {
        ...lead,
        stageId: before.stageId,
        stageChangedAt: before.stageChangedAt,
        dealValue: before.dealValue,
        currency: before.currency,
        lostReason: before.lostReason,
        reactivations: before.reactivations,
      };
      const after = LeadSchema.parse(restored);
      await db.leads.put(after);
      await adjustPipelineStats(db, [{ before: lead, after }], Math.max(lead.updatedAt, after.stageChangedAt));
      return true;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
