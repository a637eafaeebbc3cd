import type { PipelineSettings } from '@/lib/pipeline/schema';
import { cleanLine } from '@/lib/schema/clean-text';
import { composeMoves, renameStage, setProbability, STAGE_NAME_MAX, type StageEditError, type StageMove } from '@/lib/pipeline/stages-edit';

/**
 * The stages editor's draft: a valid pipeline holding the structure (order,
 * added and removed stages, currency), the text typed in each stage's name and
 * probability field, and the moves of removed stages' leads. The pipeline to
 * save is derived by applying the typed text; what cannot be applied is an
 * error shown at its field.
 */
export type StagesDraft = {
  base: PipelineSettings;
  names: Record<string, string>;
  probabilities: Record<string, string>;
  moves: StageMove[];
};

export type StageFieldError = StageEditError | 'duplicate-name';
export type StageErrors = Record<string, { name?: StageFieldError; probability?: StageFieldError }>;

export function draftFrom(pipeline: PipelineSettings): StagesDraft {
  return {
    base: pipeline,
    names: Object.fromEntries(pipeline.stages.map((s) => [s.id, s.name])),
    probabilities: Object.fromEntries(pipeline.stages.map((s) => [s.id, String(s.probability)])),
    moves: [],
  };
}

/**
 * What makes two stage names the same: the name as the save would store it (cleanLine strips
 * zero-width and control characters), one Unicode form (a pasted "é" may be "e" plus an accent),
 * any case.
 */
export function nameKey(name: string): string {
  return cleanLine(name, STAGE_NAME_MAX + 1).normalize('NFC').toLocaleLowerCase();
}

/** The pipeline the draft describes, and the errors of the fields that could not be applied. */
export function deriveDraft(draft: StagesDraft): { pipeline: PipelineSettings; errors: StageErrors; valid: boolean } {
  let pipeline = draft.base;
  const errors: StageErrors = {};
  const seen = new Set<string>();
  for (const stage of draft.base.stages) {
    const name = draft.names[stage.id] ?? stage.name;
    const renamed = renameStage(pipeline, stage.id, name);
    if (renamed.ok) pipeline = renamed.pipeline;
    else errors[stage.id] = { name: renamed.error };
    const key = nameKey(name);
    if (renamed.ok && seen.has(key)) errors[stage.id] = { name: 'duplicate-name' };
    seen.add(key);
    if (stage.kind === 'won' || stage.kind === 'lost') continue;
    const probability = setProbability(pipeline, stage.id, draft.probabilities[stage.id] ?? String(stage.probability));
    if (probability.ok) pipeline = probability.pipeline;
    else errors[stage.id] = { ...errors[stage.id], probability: probability.error };
  }
  return { pipeline, errors, valid: Object.keys(errors).length === 0 };
}

/** Record a removal's move: only stages that exist in the saved pipeline can hold leads. */
export function addMove(moves: StageMove[], move: StageMove, savedIds: ReadonlySet<string>): StageMove[] {
  return composeMoves(moves, move).filter((m) => savedIds.has(m.from));
}

/** Lead counts per stage once the pending moves are applied. */
export function countsAfterMoves(counts: Record<string, number>, moves: readonly StageMove[]): Record<string, number> {
  const result = { ...counts };
  for (const { from, to } of moves) {
    result[to] = (result[to] ?? 0) + (counts[from] ?? 0);
    result[from] = 0;
  }
  return result;
}

/** A key that is equal for equal pipelines, whatever order their properties were written in. */
export function pipelineKey(pipeline: PipelineSettings): string {
  return JSON.stringify([pipeline.currency, pipeline.stages.map((s) => [s.id, s.name, s.probability, s.kind])]);
}
