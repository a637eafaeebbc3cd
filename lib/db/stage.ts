import { changeStage, reactivate } from '../pipeline/stage-change';
import { reopen } from '../sequences/engine';
import { followMoves, leadsToMove, missingStageMoves, removedStageTarget, replacementStage, withRemovedStages } from '../pipeline/stages-edit';
import { SequenceSchema } from '../sequences/schema';
import { withTriggersMoved } from '../sequences/stage-triggers';
import { PipelineSettingsSchema, StageChangeSchema, type PipelineSettings, type Stage, type StageChange } from '../pipeline/schema';
import { LeadSchema, type Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { getPipeline, type PipelineSetting } from './settings';
import { commit, type Writer } from './write/commit';

export type StageError = 'unknown-stage' | 'same-stage' | 'needs-value' | 'needs-reason' | 'bad-value' | 'use-reactivate' | 'not-lost';

/** The tables a stage change reads and writes. */
const stageTables = (db: LeadsDatabase) => [db.leads.name, db.stageHistory.name, db.settings.name];

/** Store a stage change with its history entry (the write layer ends sequences on won or lost, and starts the ones entering the stage triggers). */
async function writeChange(w: Writer, lead: Lead, change: Omit<StageChange, 'id'>, newId: NewId): Promise<string> {
  const id = newId();
  await w.put('leads', LeadSchema.parse(lead));
  await w.add('stageHistory', StageChangeSchema.parse({ ...change, id }));
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
    return await commit(db, stageTables(db), { origin: 'rep', now, newId }, async (w) => {
      const lead = await db.leads.get(leadId);
      if (!lead) throw new StorageError('invalid');
      const result = changeStage(lead, await getPipeline(db), toStage, now, details);
      if (!result.ok) return result;
      const changeId = await writeChange(w, result.lead, result.change, newId);
      return { ok: true as const, lead: result.lead, changeId };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Send a lost lead back to the top of the funnel; "rescued" leads are counted from these entries. */
export async function reactivateLead(db: LeadsDatabase, leadId: string, now: number, newId: NewId = randomId) {
  try {
    return await commit(db, stageTables(db), { origin: 'rep', now, newId }, async (w) => {
      const lead = await db.leads.get(leadId);
      if (!lead) throw new StorageError('invalid');
      const result = reactivate(lead, await getPipeline(db), now);
      if (!result.ok) return result;
      const changeId = await writeChange(w, result.lead, result.change, newId);
      return { ok: true as const, lead: result.lead, changeId };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Save the stage list. Leads in a removed stage move to the stage the rep chose,
 * each with a history entry; old entries keep the old stage id. Sequences started
 * when a lead enters a removed stage start at that stage instead, and the pipeline
 * remembers where each removed stage's leads went (the funnel counts a lead that
 * reached it there). One transaction.
 * A stage removed is housekeeping, not the lead entering a stage: no effect fires.
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
  await commit(db, [...stageTables(db), db.sequences.name], { origin: 'rep', now, newId, effects: false }, async (w) => {
    for (const move of moves) {
      const leads = await db.leads.where('stageId').equals(move.from).toArray();
      for (const { lead, change } of leadsToMove(leads, move.from, move.to, now)) await writeChange(w, lead as Lead, change, newId);
    }
    if (moves.length) await moveStageTriggers(db, notOntoEntry(valid, (stageId) => followMoves(moves, stageId)), now);
    const stored = await getPipeline(db);
    const row: PipelineSetting = { key: 'pipeline', pipeline: PipelineSettingsSchema.parse(withRemovedStages(valid, stored.removed, moves)), updatedAt: now };
    await db.settings.put(row);
  });
}

/**
 * A removed stage's trigger is not moved onto the entry stage ("New"): every lead saved enters
 * it, so a sequence meant for the removed stage would start for every capture. It is dropped
 * (the removal prompt says so); a trigger already on the entry stage stays.
 */
function notOntoEntry(pipeline: PipelineSettings, target: (stageId: string) => string | undefined): (stageId: string) => string | undefined {
  const entry = pipeline.stages.find((stage) => stage.kind === 'new')?.id;
  return (stageId) => {
    const to = target(stageId);
    return to === entry && stageId !== entry ? undefined : to;
  };
}

/** Move every sequence's stage triggers to `target` (undefined drops one); call inside a commit holding sequences. Returns how many sequences changed. */
export async function moveStageTriggers(db: LeadsDatabase, target: (stageId: string) => string | undefined, now: number): Promise<number> {
  const changed = (await db.sequences.toArray()).flatMap((s) => withTriggersMoved(s, target, now) ?? []);
  if (changed.length) await db.sequences.bulkPut(changed.map((s) => SequenceSchema.parse(s)));
  return changed.length;
}

/**
 * After a restore: sequences whose stage trigger names a stage the pipeline does not have
 * start where that stage's leads go (as moveOutOfMissingStages moves them). A trigger on a
 * stage nothing is known about is dropped: pointed at "new" it would start the sequence
 * for every lead saved. Call inside a commit holding sequences. Returns how many changed.
 */
export async function moveMissingStageTriggers(db: LeadsDatabase, pipeline: PipelineSettings, known: readonly Stage[], now: number): Promise<number> {
  const present = new Set(pipeline.stages.map((s) => s.id));
  return moveStageTriggers(
    db,
    notOntoEntry(pipeline, (stageId) => {
      if (present.has(stageId)) return stageId;
      const stage = known.find((s) => s.id === stageId);
      return removedStageTarget(pipeline, stageId) ?? (stage ? replacementStage(pipeline, stage).id : undefined);
    }),
    now,
  );
}

/**
 * Leads (of `leads`) in a stage the pipeline does not have go to its replacement
 * (replacementStage), each with a 'stage-removed' history entry, as when the
 * stages editor removes a stage. Call inside a commit with effects off (it is
 * housekeeping, not the lead entering a stage). Returns how many moved.
 */
export async function moveOutOfMissingStages(
  w: Writer,
  leads: readonly Lead[],
  pipeline: PipelineSettings,
  known: readonly Stage[],
  now: number,
  newId: NewId = randomId,
): Promise<number> {
  let moved = 0;
  for (const move of missingStageMoves(pipeline, leads.map((l) => l.stageId), known)) {
    for (const { lead, change } of leadsToMove(leads, move.from, move.to, now)) {
      await writeChange(w, lead, change, newId);
      moved += 1;
    }
  }
  return moved;
}

/**
 * Take back a stage change the rep just made (a mis-click): the history entry is
 * removed and the lead's stage fields are put back (the stages it has been in
 * too), so metrics never count a move that did not happen. Refused unless the
 * entry is still the lead's latest. No effect fires: nothing happened; and the sequence
 * effects the change had are taken back with it (see inside).
 */
export async function undoStageChange(db: LeadsDatabase, changeId: string, before: Lead, now = Date.now()): Promise<boolean> {
  try {
    const tables = [db.leads.name, db.stageHistory.name, db.sequences.name, db.enrolments.name];
    return await commit(db, tables, { origin: 'rep', effects: false }, async (w) => {
      const lead = await db.leads.get(before.id);
      const latest = await db.stageHistory.where('[leadId+at]').between([before.id, -Infinity], [before.id, Infinity]).last();
      if (!lead || latest?.id !== changeId) return false;
      await w.delete('stageHistory', changeId);
      // Its sequence effects, made in the change's own write (at its time): an enrolment the stage
      // started goes (nothing was done in it yet), and those a won or lost deal ended go on.
      const enrolments = await db.enrolments.where('leadId').equals(before.id).toArray();
      const started = enrolments.filter((e) => e.via === 'stage-entered' && e.enrolledAt === latest.at && e.history.length === 0);
      const ended = enrolments.filter((e) => e.status === 'ended' && (e.stopReason === 'won' || e.stopReason === 'lost') && e.endedAt === latest.at);
      if (started.length) await w.delete('enrolments', started.map((e) => e.id));
      if (ended.length) {
        const sequences = new Map((await db.sequences.bulkGet(ended.map((e) => e.sequenceId))).flatMap((s) => (s ? [[s.id, s] as const] : [])));
        await w.put('enrolments', ended.map((e) => reopen(e, sequences.get(e.sequenceId), now)), { before: new Map(ended.map((e) => [e.id, e])) });
      }
      // The value goes back only if it is still the one the change wrote (a won or lost entry's value):
      // a value saved after the move (another window, a sync) is not the move's to take back.
      const wroteValue = latest.value !== undefined && lead.dealValue === latest.value && lead.currency === latest.currency;
      const restored: Lead = {
        ...lead,
        stageId: before.stageId,
        stageChangedAt: before.stageChangedAt,
        dealValue: wroteValue ? before.dealValue : lead.dealValue,
        currency: wroteValue ? before.currency : lead.currency,
        lostReason: before.lostReason,
        reactivations: before.reactivations,
        reached: before.reached ?? [before.stageId],
      };
      await w.put('leads', LeadSchema.parse(restored));
      return true;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
