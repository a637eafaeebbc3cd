import type { PipelineSettings } from '@/lib/pipeline/schema';
import { cleanLine } from '@/lib/schema/clean-text';
import { unlocalizePipeline } from '@/lib/i18n/default-names';
import { followsLanguage, stageNamesEverywhere } from '@/lib/i18n/stage-names-everywhere';
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

export type StageFieldError = StageEditError | 'duplicate-name' | 'duplicate-name-other-language';
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
  for (const [id, error] of otherLanguageClashes(pipeline, errors)) errors[id] = { ...errors[id], name: error };
  return { pipeline, errors, valid: Object.keys(errors).length === 0 };
}

/** Each name key, and the stages showing it in some language (`pipeline` localized, as the editor holds it). */
function namesEverywhere(pipeline: PipelineSettings): { stored: PipelineSettings; shownBy: Map<string, Set<string>> } {
  const stored = unlocalizePipeline(pipeline);
  const shownBy = new Map<string, Set<string>>();
  for (const stage of stored.stages) {
    for (const name of stageNamesEverywhere(stage)) {
      const key = nameKey(name);
      (shownBy.get(key) ?? shownBy.set(key, new Set()).get(key)!).add(stage.id);
    }
  }
  return { stored, shownBy };
}

/**
 * A stage the rep named (not an untouched shipped one) whose name another stage shows in any of the
 * four languages: in English a Polish rep's "Qualified" on discovery reads like the shipped
 * qualified stage, and the English editor would refuse every save. The error goes on the rep's name
 * (the shipped one cannot be told apart); 'duplicate-name' when it clashes in the rep's language too.
 */
function otherLanguageClashes(pipeline: PipelineSettings, errors: StageErrors): Map<string, StageFieldError> {
  const { stored, shownBy } = namesEverywhere(pipeline);
  const out = new Map<string, StageFieldError>();
  stored.stages.forEach((stage, index) => {
    if (errors[stage.id]?.name || followsLanguage(stage)) return;
    const key = nameKey(stage.name);
    if ([...(shownBy.get(key) ?? [])].every((id) => id === stage.id)) return;
    const here = pipeline.stages.some((other, i) => i !== index && nameKey(other.name) === key);
    out.set(stage.id, here ? 'duplicate-name' : 'duplicate-name-other-language');
  });
  return out;
}

/**
 * Why a new stage may not be called `name` (the add form): another stage has it, or shows it in
 * another language, or a name typed in the draft has it. `names`: the draft's typed names.
 */
export function nameTaken(pipeline: PipelineSettings, names: Readonly<Record<string, string>>, name: string): StageFieldError | undefined {
  const key = nameKey(name);
  if (pipeline.stages.some((s) => nameKey(s.name) === key) || Object.values(names).some((n) => nameKey(n) === key)) return 'duplicate-name';
  return namesEverywhere(pipeline).shownBy.has(key) ? 'duplicate-name-other-language' : undefined;
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
