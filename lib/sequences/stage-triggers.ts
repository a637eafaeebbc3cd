import { followMoves, type StageMove } from '../pipeline/stages-edit';
import type { Sequence, SequenceTrigger } from './schema';

/**
 * Sequences started when a lead enters a stage, kept alive when that stage is
 * removed: the trigger follows the stage's leads to the stage they move to.
 */

const triggerKey = (t: SequenceTrigger) => JSON.stringify(t.kind === 'stage-entered' ? [t.kind, t.stageId] : t.kind === 'tag-added' ? [t.kind, t.tag] : [t.kind]);

/**
 * The sequence with its stage triggers moved (`to` undefined drops the trigger) and
 * a trigger now the same as an earlier one dropped; undefined when nothing changes.
 */
export function withTriggersMoved(sequence: Sequence, target: (stageId: string) => string | undefined, now: number): Sequence | undefined {
  const seen = new Set<string>();
  const triggers: SequenceTrigger[] = [];
  for (const trigger of sequence.triggers) {
    const to = trigger.kind === 'stage-entered' ? target(trigger.stageId) : undefined;
    const next = trigger.kind !== 'stage-entered' ? trigger : to === undefined ? undefined : { ...trigger, stageId: to };
    if (!next || seen.has(triggerKey(next))) continue;
    seen.add(triggerKey(next));
    triggers.push(next);
  }
  if (triggers.length === sequence.triggers.length && triggers.every((t, i) => triggerKey(t) === triggerKey(sequence.triggers[i]!))) return undefined;
  return { ...sequence, triggers, updatedAt: Math.max(now, sequence.updatedAt) };
}

/** The sequences in use whose "enters this stage" trigger names `stageId` after the pending `moves`. */
export function sequencesEntering(sequences: readonly Sequence[], stageId: string, moves: readonly StageMove[] = []): Sequence[] {
  return sequences.filter((s) => s.deletedAt === undefined && s.triggers.some((t) => t.kind === 'stage-entered' && followMoves(moves, t.stageId) === stageId));
}
