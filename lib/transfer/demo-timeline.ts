import type { PipelineSettings, StageChange } from '../pipeline/schema';
import { LOST_REASONS } from './demo-data';
import type { Random } from './prng';

/**
 * One demo lead's life in the pipeline: when it was created, the stages it went
 * up through and how it ended, as stage-history entries consistent with where it
 * is now. Closed deals are spread over the last six months, about half in the
 * last 90 days and half in the 90 before, so velocity, its change and its trend
 * all have something to show.
 */

const DAY = 86_400_000;

export type Outcome = 'open' | 'won' | 'lost' | 'reactivated';

/** A stage-history entry before it gets its ids; won and lost entries get their value from the deal. */
export type PlannedChange = Omit<StageChange, 'id' | 'leadId'>;

export type Timeline = {
  outcome: Outcome;
  createdAt: number;
  /** When touches stop: the close of a closed deal, now for an open one. */
  activeUntil: number;
  /** Oldest first; the first entry is the lead's first stage. */
  changes: PlannedChange[];
  stageId: string;
  stageChangedAt: number;
  /** How many open stages it went up through (0: it never left the first stage). */
  depth: number;
  lostReason?: string;
};

type Stages = { first: string; open: string[]; won: string; lost: string };

export function stagesOf(pipeline: PipelineSettings): Stages {
  const of = (kind: string) => pipeline.stages.filter((s) => s.kind === kind).map((s) => s.id);
  const [first] = of('new');
  const [won] = of('won');
  const [lost] = of('lost');
  // StagesSchema guarantees one of each; a hand-built pipeline without them is a programming error.
  if (!first || !won || !lost) throw new Error('pipeline needs a new, a won and a lost stage');
  return { first, open: of('open'), won, lost };
}

/** `n` moments strictly between two times, in order. */
function moments(random: Random, from: number, to: number, n: number): number[] {
  return Array.from({ length: n }, () => random.between(0.05, 0.95))
    .sort((a, b) => a - b)
    .map((f) => Math.round(from + (to - from) * f));
}

/** Entries walking from the first stage up `depth` open stages, at the given moments. */
function walkUp(stages: Stages, createdAt: number, at: readonly number[]): PlannedChange[] {
  const path = [stages.first, ...stages.open.slice(0, at.length)];
  const entries: PlannedChange[] = [{ at: createdAt, toStage: stages.first, kind: 'change' }];
  at.forEach((moment, i) => entries.push({ at: moment, fromStage: path[i], toStage: path[i + 1] ?? stages.first, kind: 'change' }));
  return entries;
}

function last(changes: readonly PlannedChange[]): PlannedChange {
  const entry = changes[changes.length - 1];
  if (!entry) throw new Error('a timeline has at least its first stage');
  return entry;
}

function closed(random: Random, now: number, stages: Stages, won: boolean): Timeline {
  // About half the closes in the last 90 days, half in the 90 before (kept clear of the windows' edges).
  const closedDaysAgo = random.chance(0.55) ? random.between(1.5, 88) : random.between(92, 165);
  const cycleDays = random.between(10, Math.min(85, 178 - closedDaysAgo));
  const closedAt = Math.round(now - closedDaysAgo * DAY);
  const createdAt = Math.round(closedAt - cycleDays * DAY);
  const depth = won ? random.int(Math.min(2, stages.open.length), stages.open.length) : random.int(Math.min(1, stages.open.length), stages.open.length);
  const changes = walkUp(stages, createdAt, moments(random, createdAt, closedAt, depth));
  const from = last(changes).toStage;
  const lostReason = won ? undefined : random.pick(LOST_REASONS);
  changes.push(
    won
      ? { at: closedAt, fromStage: from, toStage: stages.won, kind: 'won', leadCreatedAt: createdAt }
      : { at: closedAt, fromStage: from, toStage: stages.lost, kind: 'lost', reason: lostReason, leadCreatedAt: createdAt },
  );
  return { outcome: won ? 'won' : 'lost', createdAt, activeUntil: closedAt, changes, stageId: won ? stages.won : stages.lost, stageChangedAt: closedAt, depth, lostReason };
}

function open(random: Random, now: number, stages: Stages): Timeline {
  const ageDays = random.between(0.2, 178);
  const createdAt = Math.round(now - ageDays * DAY);
  // Most leads sit early in the funnel; a lead a few days old has not gone far.
  const weights = [0, ...stages.open.map((_, i) => i + 1)].map((d) => [d, d === 0 ? 30 : Math.max(5, 25 - 4 * d)] as const);
  const depth = Math.min(random.weighted(weights), Math.floor(ageDays / 3));
  const changes = walkUp(stages, createdAt, moments(random, createdAt, now, depth));
  const { toStage, at } = last(changes);
  return { outcome: 'open', createdAt, activeUntil: now, changes, stageId: toStage, stageChangedAt: at, depth };
}

/** Lost, then brought back to the first stage (a "rescued" lead), sometimes moved on again. */
function reactivated(random: Random, now: number, stages: Stages): Timeline {
  const createdAt = Math.round(now - random.between(60, 178) * DAY);
  const depth = random.int(Math.min(1, stages.open.length), Math.min(3, stages.open.length));
  const [lostAt = now, backAt = now, movedAt = now] = moments(random, createdAt, now, 3);
  const changes = walkUp(stages, createdAt, moments(random, createdAt, lostAt, depth));
  changes.push({ at: lostAt, fromStage: last(changes).toStage, toStage: stages.lost, kind: 'lost', reason: random.pick(LOST_REASONS), leadCreatedAt: createdAt });
  changes.push({ at: backAt, fromStage: stages.lost, toStage: stages.first, kind: 'reactivated', reason: 'They came back after the budget review' });
  const onward = stages.open[0];
  if (onward && random.chance(0.5)) changes.push({ at: movedAt, fromStage: stages.first, toStage: onward, kind: 'change' });
  const { toStage, at } = last(changes);
  return { outcome: 'reactivated', createdAt, activeUntil: now, changes, stageId: toStage, stageChangedAt: at, depth: toStage === stages.first ? 0 : 1 };
}

export function demoTimeline(random: Random, now: number, stages: Stages): Timeline {
  const outcome = random.weighted<Outcome>([
    ['open', 57],
    ['won', 19],
    ['lost', 20],
    ['reactivated', 4],
  ]);
  if (outcome === 'won' || outcome === 'lost') return closed(random, now, stages, outcome === 'won');
  return outcome === 'reactivated' ? reactivated(random, now, stages) : open(random, now, stages);
}
