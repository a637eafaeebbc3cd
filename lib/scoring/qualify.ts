import type { ScoreLabel, ScoreResult } from './schema';

/**
 * Qualification: how a lead's label moves when its score is recomputed.
 *
 * - Crossing SQL upward (the previous label was not 'sql' and the score now says
 *   'sql') reports crossedSql, so the caller can notify the rep, and records
 *   sqlAt the first time only: the earliest qualification is the one that counts
 *   for lead-response metrics. A lead new to scoring (no previous label) that
 *   scores as SQL crosses too. A label the rep already set to 'sql' by hand
 *   does not cross again when the score catches up: the rep knows.
 * - A label set by hand is never demoted by the score: the lead keeps the higher
 *   of its hand-set label and the computed one. A computed label ABOVE the
 *   hand-set one takes over, and from then on the label follows the score again
 *   (labelByHand false). An equal computed label keeps it "by hand".
 * - Without a hand label, the label follows the score both ways (a lead can go
 *   back from sql to mql as engagement decays); sqlAt stays recorded.
 */

export type QualificationState = { label: ScoreLabel | undefined; labelByHand: boolean; sqlAt?: number };
export type Qualification = { label: ScoreLabel; labelByHand: boolean; sqlAt?: number; crossedSql: boolean };

const RANK: Readonly<Record<ScoreLabel, number>> = { cold: 0, mql: 1, sql: 2 };

/** Rank of a label; an unknown or missing one is below 'cold'. */
export function labelRank(label: ScoreLabel | undefined): number {
  return label !== undefined && Object.hasOwn(RANK, label) ? RANK[label] : -1;
}

export function nextQualification(prev: QualificationState, result: ScoreResult, now: number): Qualification {
  const computed = result.label;
  const byHand = prev.labelByHand === true && labelRank(prev.label) >= 0;
  let label: ScoreLabel = computed;
  let labelByHand = false;
  if (byHand && prev.label !== undefined && labelRank(prev.label) >= labelRank(computed)) {
    label = prev.label;
    labelByHand = true;
  }
  const crossedSql = prev.label !== 'sql' && computed === 'sql';
  const recorded = typeof prev.sqlAt === 'number' && Number.isFinite(prev.sqlAt) ? prev.sqlAt : undefined;
  const sqlAt = recorded ?? (crossedSql ? now : undefined);
  return sqlAt === undefined ? { label, labelByHand, crossedSql } : { label, labelByHand, sqlAt, crossedSql };
}
