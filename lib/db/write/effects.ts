import { advance, channelOfTouch, currentStep, enrol, firedTriggers, stop, stopReasonFor } from '../../sequences/engine';
import type { Enrolment, Sequence, StopReason } from '../../sequences/schema';
import type { Activity, Lead } from '../../schema/records';
import type { StageChange } from '../../pipeline/schema';
import type { TxCore } from './core';

/**
 * Sequence effects of a write, worked out by the write layer in the write's own
 * transaction (the layer calls these with the records before and after):
 * - a reply received (or a touch logged "From them" on a conversation channel), a won
 *   or a lost deal ends the lead's active enrolments;
 * - a touch completes the step it does: the one named on the activity (a step
 *   marked done), or else the soonest-due active step with the touch's channel (Connect
 *   clicked on LinkedIn completes an invite step), and the activity is marked with it;
 * - a tag added, a stage entered or crossing into SQL enrols the lead in the
 *   sequences with that trigger (never twice in one at once).
 * Enrolments to write are returned; the layer writes them as its own changes.
 */

export type EffectsIo = {
  /** Enrolments started by a trigger in this transaction (a stage change's stop leaves them be). */
  startedHere: Set<string>;
  sequences(): Promise<Sequence[]>;
  enrolmentsOf(leadId: string): Promise<Enrolment[]>;
  /** Read the enrolments of many leads at once (enrolmentsOf then answers from what was read). */
  prefetch(leadIds: readonly string[]): Promise<void>;
  now: number;
  newId: () => string;
};

export function effectsIo(core: TxCore, now: number, newId: () => string, startedHere: Set<string>): EffectsIo {
  let sequences: Promise<Sequence[]> | undefined;
  // A mutation writes the enrolments its effects change only after all of them are worked out,
  // so what is stored stays as read for its whole length: each lead's are read once.
  const enrolments = new Map<string, Promise<Enrolment[]>>();
  const enrolmentsOf = (leadId: string) => {
    let read = enrolments.get(leadId);
    if (!read) enrolments.set(leadId, (read = core.byIndex<Enrolment>('enrolments', 'leadId', leadId)));
    return read;
  };
  return {
    startedHere,
    now,
    newId,
    // Read once per mutation: a bulk write of 5,000 leads reads the sequences once.
    sequences: () => (sequences ??= core.all<Sequence>('sequences')),
    enrolmentsOf,
    async prefetch(leadIds) {
      const ids = [...new Set(leadIds)].filter((id) => !enrolments.has(id)).sort();
      if (ids.length >= RANGE_READ_FROM) {
        // Many leads (a rescore chunk: neighbours by id): one read of the index between the first
        // and the last, instead of one per lead. Bounded: a range holding far more than these
        // leads' enrolments (ids spread over the whole table) falls back to a read per lead.
        const limit = ids.length * RANGE_READ_SLACK;
        const rows = await core.byIndexBetween<Enrolment>('enrolments', 'leadId', ids[0], ids.at(-1), limit);
        if (rows.length < limit) {
          const byLead = new Map(ids.map((id) => [id, [] as Enrolment[]]));
          for (const row of rows) byLead.get(row.leadId)?.push(row);
          for (const [id, list] of byLead) enrolments.set(id, Promise.resolve(list));
          return;
        }
      }
      await Promise.all(ids.map(enrolmentsOf));
    },
  };
}

/** From this many leads, their enrolments are read as one range of the index ... */
const RANGE_READ_FROM = 20;
/** ... unless the range holds more than this many enrolments per lead asked for. */
const RANGE_READ_SLACK = 10;

/**
 * Before the effects of a write of leads: read the enrolments of every lead whose change
 * fires a trigger, at once (a rescore chunk that makes 600 leads sales-qualified reads
 * them in one request, not in 600 one after another).
 */
export async function prefetchLeadEffects(io: EffectsIo, pairs: readonly { before?: Lead; after: Lead }[]): Promise<void> {
  const sequences = await io.sequences();
  const firing = pairs.filter(({ before, after }) => firedTriggers(before, after, sequences).length > 0);
  if (firing.length) await io.prefetch(firing.map(({ after }) => after.id));
}

/** Enrolments written so far by this mutation, by lead, so two effects on one lead see each other. */
export class EnrolmentWrites {
  private readonly byId = new Map<string, Enrolment>();
  async active(io: EffectsIo, leadId: string): Promise<Enrolment[]> {
    const stored = await io.enrolmentsOf(leadId);
    const mine = [...this.byId.values()].filter((e) => e.leadId === leadId);
    const merged = new Map([...stored, ...mine].map((e) => [e.id, e]));
    return [...merged.values()].filter((e) => e.status === 'active');
  }
  put(enrolment: Enrolment): void {
    this.byId.set(enrolment.id, enrolment);
  }
  list(): Enrolment[] {
    return [...this.byId.values()];
  }
  /**
   * Each of `list()` as stored before this mutation: every put follows a read of its lead's
   * enrolments (`active`), so the layer need not read them again (a rescore chunk enrols
   * hundreds). One a trigger started has a new id: nothing was stored.
   */
  async before(io: EffectsIo): Promise<(Enrolment | undefined)[]> {
    return Promise.all(this.list().map(async (e) => (await io.enrolmentsOf(e.leadId)).find((stored) => stored.id === e.id)));
  }
}

/**
 * End the lead's active enrolments, but those a trigger started in this same write: a
 * lead moved to lost, with a sequence that starts on entering lost, ends its other
 * sequences and starts that one.
 */
async function stopAll(io: EffectsIo, writes: EnrolmentWrites, leadId: string, reason: StopReason): Promise<void> {
  for (const enrolment of await writes.active(io, leadId)) if (!io.startedHere.has(enrolment.id)) writes.put(stop(enrolment, reason, io.now));
}

/**
 * Before a new activity is written: the step it completes. Returns the activity
 * to write (marked with the step) and records the enrolment's advance.
 */
export async function completeStepOf(io: EffectsIo, writes: EnrolmentWrites, activity: Activity): Promise<Activity> {
  if (stopReasonFor({ kind: 'activity', activityKind: activity.kind, direction: activity.direction })) return activity;
  const channel = channelOfTouch(activity.kind);
  const named = activity.sequenceId !== undefined && activity.stepId !== undefined;
  if (!named && !channel) return activity;
  const sequences = new Map((await io.sequences()).map((s) => [s.id, s]));
  // Soonest due first: in two sequences with a step on this channel, the touch does the one due now,
  // not one due next week (the index gives them in enrolment-id order, which is random).
  const active = (await writes.active(io, activity.leadId)).sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
  for (const enrolment of active) {
    const sequence = sequences.get(enrolment.sequenceId);
    const step = currentStep(enrolment, sequence);
    if (!sequence || !step) continue;
    const matches = named ? enrolment.sequenceId === activity.sequenceId && step.id === activity.stepId : step.channel === channel;
    if (!matches) continue;
    writes.put(advance(enrolment, sequence, 'done', io.now));
    return { ...activity, sequenceId: sequence.id, stepId: step.id };
  }
  return activity;
}

/** After a new activity is written: a reply (or their own message, e-mail or call) ends the lead's sequences. */
export async function afterActivity(io: EffectsIo, writes: EnrolmentWrites, activity: Activity): Promise<void> {
  const reason = stopReasonFor({ kind: 'activity', activityKind: activity.kind, direction: activity.direction });
  if (reason) await stopAll(io, writes, activity.leadId, reason);
}

/** After a new stage-history entry: won or lost ends the lead's sequences. */
export async function afterStageChange(io: EffectsIo, writes: EnrolmentWrites, entry: StageChange): Promise<void> {
  const reason = stopReasonFor({ kind: 'stage', stageKind: entry.kind });
  if (reason) await stopAll(io, writes, entry.leadId, reason);
}

/** After a lead is written: the sequences its change triggers. */
export async function afterLead(io: EffectsIo, writes: EnrolmentWrites, before: Lead | undefined, after: Lead): Promise<void> {
  const sequences = await io.sequences();
  const fired = firedTriggers(before, after, sequences);
  if (fired.length === 0) return;
  const byId = new Map(sequences.map((s) => [s.id, s]));
  const active = await writes.active(io, after.id);
  for (const { sequenceId, via } of fired) {
    const sequence = byId.get(sequenceId);
    if (!sequence) continue;
    const result = enrol(after, sequence, active, io.now, via, io.newId());
    if (!result.ok) continue;
    writes.put(result.enrolment);
    io.startedHere.add(result.enrolment.id);
    active.push(result.enrolment);
  }
}
