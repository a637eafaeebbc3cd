import type { Lead } from '../schema/records';
import { cleanLine } from '../schema/text';
import { PipelineSettingsSchema, type PipelineSettings, type Stage } from './schema';
import type { NewStageChange } from './stage-change';
import { followMoves, type StageMove } from './follow-moves';

/**
 * Editing the stage list, as pure functions. Every successful result passes
 * PipelineSettingsSchema: "new" first, at least one open stage, one won and
 * one lost. History is never rewritten: leads in a removed stage get a new
 * 'stage-removed' entry, and old entries keep the old stage id (its name can
 * still be shown through `stageName` with the removed names).
 */

export const STAGE_NAME_MAX = 60;
export const MAX_STAGES = 30;

export type { StageMove } from './follow-moves';
export { followMoves } from './follow-moves';

export type StageNameError = 'empty-name' | 'name-too-long';
export type ProbabilityError = 'not-a-number' | 'not-whole' | 'out-of-range';
export type StageEditError = 'unknown-stage' | 'fixed-stage' | 'fixed-probability' | 'cannot-move' | 'bad-target' | 'last-open-stage' | 'too-many' | 'bad-id' | 'invalid' | StageNameError | ProbabilityError;

export type StageEditResult = { ok: true; pipeline: PipelineSettings } | { ok: false; error: StageEditError };

function checked(pipeline: PipelineSettings): StageEditResult {
  const parsed = PipelineSettingsSchema.safeParse(pipeline);
  return parsed.success ? { ok: true, pipeline: parsed.data } : { ok: false, error: 'invalid' };
}

/** A stage name: cleaned to one line; empty or longer than 60 characters is refused. */
export function checkStageName(name: string): { ok: true; name: string } | { ok: false; error: StageNameError } {
  const cleaned = cleanLine(name, STAGE_NAME_MAX + 1);
  if (!cleaned) return { ok: false, error: 'empty-name' };
  if (cleaned.length > STAGE_NAME_MAX) return { ok: false, error: 'name-too-long' };
  return { ok: true, name: cleaned };
}

/** A probability as typed: a whole number of percent from 0 to 100. */
export function parseProbability(text: string | number): { ok: true; value: number } | { ok: false; error: ProbabilityError } {
  const raw = typeof text === 'number' ? String(text) : text.trim().replace(/\s*%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return { ok: false, error: 'not-a-number' };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, error: 'not-a-number' };
  if (!Number.isInteger(value)) return { ok: false, error: 'not-whole' };
  if (value < 0 || value > 100) return { ok: false, error: 'out-of-range' };
  return { ok: true, value };
}

export function renameStage(pipeline: PipelineSettings, id: string, name: string): StageEditResult {
  if (!pipeline.stages.some((s) => s.id === id)) return { ok: false, error: 'unknown-stage' };
  const checkedName = checkStageName(name);
  if (!checkedName.ok) return checkedName;
  return checked({ ...pipeline, stages: pipeline.stages.map((s) => (s.id === id ? { ...s, name: checkedName.name } : s)) });
}

/** Set an open (or the "new") stage's probability; won stays 100 % and lost 0 %. */
export function setProbability(pipeline: PipelineSettings, id: string, probability: number | string): StageEditResult {
  const stage = pipeline.stages.find((s) => s.id === id);
  if (!stage) return { ok: false, error: 'unknown-stage' };
  if (stage.kind === 'won' || stage.kind === 'lost') return { ok: false, error: 'fixed-probability' };
  const parsed = parseProbability(probability);
  if (!parsed.ok) return parsed;
  return checked({ ...pipeline, stages: pipeline.stages.map((s) => (s.id === id ? { ...s, probability: parsed.value } : s)) });
}

/** Move an open stage up or down among the open stages ("new" stays first, won and lost stay last). */
export function moveStage(pipeline: PipelineSettings, id: string, direction: 'up' | 'down'): StageEditResult {
  const index = pipeline.stages.findIndex((s) => s.id === id);
  const stage = pipeline.stages[index];
  if (!stage) return { ok: false, error: 'unknown-stage' };
  const target = index + (direction === 'up' ? -1 : 1);
  const other = pipeline.stages[target];
  if (stage.kind !== 'open' || other?.kind !== 'open') return { ok: false, error: 'cannot-move' };
  const stages = [...pipeline.stages];
  stages[index] = other;
  stages[target] = stage;
  return checked({ ...pipeline, stages });
}

/** Whether `moveStage` would succeed (for enabling buttons). */
export function canMoveStage(pipeline: PipelineSettings, id: string, direction: 'up' | 'down'): boolean {
  const index = pipeline.stages.findIndex((s) => s.id === id);
  const other = pipeline.stages[index + (direction === 'up' ? -1 : 1)];
  return pipeline.stages[index]?.kind === 'open' && other?.kind === 'open';
}

/** A new stage id: a slug of the name plus a random suffix, never one of `taken` (ids of removed stages must not come back). */
export function newStageId(name: string, taken: ReadonlySet<string> | readonly string[] = [], random: () => number = Math.random): string {
  const used = taken instanceof Set ? taken : new Set(taken);
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 28)
      .replace(/-+$/, '') || 'stage';
  for (let attempt = 0; attempt < 100; attempt++) {
    const suffix = Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
    const id = `${slug}-${suffix}`;
    if (!used.has(id)) return id;
  }
  return `${slug}-${Date.now().toString(36)}`.slice(0, 40);
}

/** Add an open stage just before won. `idFactory` gets the name and the ids in use. */
export function addStage(
  pipeline: PipelineSettings,
  name: string,
  probability: number | string,
  idFactory: (name: string, taken: ReadonlySet<string>) => string = newStageId,
): { ok: true; pipeline: PipelineSettings; stage: Stage } | { ok: false; error: StageEditError } {
  if (pipeline.stages.length >= MAX_STAGES) return { ok: false, error: 'too-many' };
  const checkedName = checkStageName(name);
  if (!checkedName.ok) return checkedName;
  const parsed = parseProbability(probability);
  if (!parsed.ok) return parsed;
  const taken = new Set(pipeline.stages.map((s) => s.id));
  const id = idFactory(checkedName.name, taken);
  if (taken.has(id) || !/^[a-z0-9-]{1,40}$/.test(id)) return { ok: false, error: 'bad-id' };
  const stage: Stage = { id, name: checkedName.name, probability: parsed.value, kind: 'open' };
  const wonIndex = pipeline.stages.findIndex((s) => s.kind === 'won');
  const stages = [...pipeline.stages];
  stages.splice(wonIndex < 0 ? stages.length : wonIndex, 0, stage);
  const result = checked({ ...pipeline, stages });
  return result.ok ? { ...result, stage } : result;
}

/** Stages a removed stage's leads may move to: the other "new" and open stages. */
export function moveTargets(pipeline: PipelineSettings, removing: string): Stage[] {
  return pipeline.stages.filter((s) => s.id !== removing && (s.kind === 'new' || s.kind === 'open'));
}

/**
 * Remove an open stage. Its leads go to `moveTo` (another "new" or open stage;
 * moving leads into won or lost needs a value or a reason, so it is refused).
 */
export function removeStage(pipeline: PipelineSettings, stageId: string, moveTo: string): { ok: true; pipeline: PipelineSettings; move: StageMove } | { ok: false; error: StageEditError } {
  const stage = pipeline.stages.find((s) => s.id === stageId);
  if (!stage) return { ok: false, error: 'unknown-stage' };
  if (stage.kind !== 'open') return { ok: false, error: 'fixed-stage' };
  if (!moveTargets(pipeline, stageId).some((s) => s.id === moveTo)) return { ok: false, error: 'bad-target' };
  if (pipeline.stages.filter((s) => s.kind === 'open').length <= 1) return { ok: false, error: 'last-open-stage' };
  const result = checked({ ...pipeline, stages: pipeline.stages.filter((s) => s.id !== stageId) });
  return result.ok ? { ...result, move: { from: stageId, to: moveTo } } : result;
}

/**
 * Add a move to a list of pending moves, keeping them direct: if leads were
 * already going to the stage now removed, they go straight to its target.
 * Each lead then gets one history entry, whatever order the moves run in.
 */
export function composeMoves(moves: readonly StageMove[], move: StageMove): StageMove[] {
  const redirected = moves.map((m) => (m.to === move.from ? { ...m, to: move.to } : m));
  return [...redirected.filter((m) => m.from !== move.from), move];
}

/**
 * The leads in a removed stage, moved to `to`, each with its new history entry
 * (kind 'stage-removed'). Leads in other stages are left out. Nothing else
 * about the leads changes, and earlier history entries are untouched.
 */
export function leadsToMove<L extends Pick<Lead, 'id' | 'stageId'>>(
  leads: readonly L[],
  from: string,
  to: string,
  now: number,
): { lead: L & { stageId: string; stageChangedAt: number }; change: NewStageChange }[] {
  return leads
    .filter((lead) => lead.stageId === from)
    .map((lead) => ({
      lead: { ...lead, stageId: to, stageChangedAt: now },
      change: { leadId: lead.id, at: now, fromStage: from, toStage: to, kind: 'stage-removed' as const },
    }));
}

const MAX_REMOVED = 1_000;

/**
 * The pipeline remembering where removed stages' leads went: `earlier` (the map as stored,
 * which a draft may predate) and the pipeline's own, plus `moves`, each entry taken straight
 * to where its leads are now. A stage in the pipeline is never in it; the newest entries are
 * kept when there are too many.
 */
export function withRemovedStages(pipeline: PipelineSettings, earlier: Record<string, string> | undefined, moves: readonly StageMove[]): PipelineSettings {
  const all = new Map(Object.entries({ ...earlier, ...pipeline.removed }));
  for (const m of moves) all.set(m.from, m.to);
  const present = new Set(pipeline.stages.map((s) => s.id));
  // A chain stops at a stage the pipeline has.
  const chain = [...all].filter(([from]) => !present.has(from)).map(([from, to]) => ({ from, to }));
  const entries = [...all.keys()].flatMap((from) => {
    const to = followMoves(chain, from);
    return present.has(from) || to === from ? [] : [[from, to] as const];
  });
  const { removed: _dropped, ...rest } = pipeline;
  return entries.length ? { ...rest, removed: Object.fromEntries(entries.slice(-MAX_REMOVED)) } : rest;
}

/** Removed stages' names, from the pipeline before and after an edit (to keep history readable). */
export function removedStageNames(before: PipelineSettings, after: PipelineSettings, known: Record<string, string> = {}): Record<string, string> {
  const kept = new Set(after.stages.map((s) => s.id));
  const result = { ...known };
  for (const s of before.stages) if (!kept.has(s.id)) result[s.id] = s.name;
  return result;
}

/** A stage's name for display: the current name, else a removed stage's last name, else its id. */
export function stageName(pipeline: PipelineSettings, id: string, removedNames?: Record<string, string>): string {
  return pipeline.stages.find((s) => s.id === id)?.name ?? (removedNames && Object.hasOwn(removedNames, id) ? removedNames[id] : undefined) ?? id;
}

/**
 * Where a lead goes when its stage is not in the pipeline (a backup merged with
 * other stages, a deleted lead restored after its stage was removed): the stage of
 * the same kind for "new", won and lost; for an open stage, the open stage of the
 * same name (the same stage added on two devices has two ids), else the open stage
 * whose probability is closest (the earlier on a tie), so the forecast moves least.
 * A stage nothing is known about goes to "new".
 */
export function replacementStage(pipeline: PipelineSettings, missing: Stage | undefined): Stage {
  const first = pipeline.stages[0]!;
  if (!missing) return first;
  if (missing.kind !== 'open') return pipeline.stages.find((s) => s.kind === missing.kind) ?? first;
  const open = pipeline.stages.filter((s) => s.kind === 'open');
  const name = missing.name.toLocaleLowerCase();
  const sameName = open.find((s) => s.name.toLocaleLowerCase() === name);
  if (sameName) return sameName;
  const distance = (s: Stage) => Math.abs(s.probability - missing.probability);
  return open.reduce((best, s) => (distance(s) < distance(best) ? s : best), open[0] ?? first);
}

/**
 * Moves for the stages leads are in that the pipeline does not have, each to where
 * that stage's leads went when it was removed here (pipeline.removed), else to its
 * replacement. `known`: stages the missing ids were (e.g. the pipeline before a restore).
 */
export function missingStageMoves(pipeline: PipelineSettings, stageIds: Iterable<string>, known: readonly Stage[]): StageMove[] {
  const present = new Set(pipeline.stages.map((s) => s.id));
  const moves: StageMove[] = [];
  for (const from of new Set(stageIds)) {
    if (present.has(from)) continue;
    moves.push({ from, to: removedStageTarget(pipeline, from) ?? replacementStage(pipeline, known.find((s) => s.id === from)).id });
  }
  return moves;
}

/** Where the leads of a stage removed from this pipeline went (the pipeline remembers it), if that stage is still in it. */
export function removedStageTarget(pipeline: PipelineSettings, stageId: string): string | undefined {
  const to = followMoves(Object.entries(pipeline.removed ?? {}).map(([from, target]) => ({ from, to: target })), stageId);
  return to !== stageId && pipeline.stages.some((s) => s.id === to) ? to : undefined;
}
