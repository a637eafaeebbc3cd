import { kindsOf, sumDays, type DailyTotals } from '../metrics/daily-totals';
import type { MetricsSettings } from '../metrics/settings';
import type { PipelineSettings } from '../pipeline/schema';
import type { LeadsDatabase } from './database';
import { keptDailyTotals, recomputeDailyTotals, type DailyTotalsSetting } from './daily-totals';
import { PipelineStatsSetting, recomputePipelineStats, type PipelineStats } from './pipeline-stats';
import { getLeadCount, getMetricsSettings, getPipeline, type LeadCountSetting } from './settings';

/**
 * Everything the popup's figures come from, in a handful of record reads: the
 * kept stage totals, the kept per-day totals, the lead count, the pipeline and the
 * metric settings. The kept records are checked against each other (every lead is
 * counted once by stage and once by its creation day; closed leads once more by
 * the day they closed); a record that is missing, unreadable or disagrees is
 * never shown: the read says `stale` and the caller has them rebuilt. The popup
 * does not recompute them itself, since that walks every lead.
 */
export type KeptMetrics =
  | { stale: false; stats: PipelineStats; days: DailyTotals; leadCount: number; pipeline: PipelineSettings; settings: MetricsSettings }
  /** The kept records disagree: nothing to show until they are rebuilt (a walk over every lead, done by the background). */
  | { stale: true };

export function keptAgree(stats: PipelineStats, days: DailyTotals, leadCount: number, pipeline: PipelineSettings): boolean {
  const kindOf = kindsOf(pipeline);
  let leads = 0;
  let pastNew = 0;
  let won = 0;
  let lost = 0;
  for (const [stageId, totals] of Object.entries(stats)) {
    const kind = kindOf(stageId);
    leads += totals.count;
    if (kind !== 'new') pastNew += totals.count;
    if (kind === 'won') won += totals.count;
    if (kind === 'lost') lost += totals.count;
  }
  const sum = sumDays(days, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  return leads === leadCount && sum.entered === leads && sum.qualified === pastNew && sum.won === won && sum.lost === lost;
}

/** Read-only (it runs in a live query); the caller has the totals rebuilt when `stale`. */
export async function readKeptMetrics(db: LeadsDatabase): Promise<KeptMetrics> {
  const [statsRow, kept, leadCount, pipeline, settings] = await Promise.all([
    db.settings.get('pipelineStats'),
    keptDailyTotals(db),
    getLeadCount(db),
    getPipeline(db),
    getMetricsSettings(db),
  ]);
  const stats = PipelineStatsSetting.safeParse(statsRow);
  if (stats.success && kept && keptAgree(stats.data.byStage, kept, leadCount, pipeline)) {
    return { stats: stats.data.byStage, days: kept, leadCount, pipeline, settings, stale: false };
  }
  return { stale: true };
}

/**
 * Recompute the kept totals (lead count, stage totals, per-day totals) from the
 * leads as they are now, inside the caller's read-write transaction (which must
 * include leads and settings), so they commit or roll back with the leads they
 * count (a restore, the demo data). Per-day totals read the pipeline row, so call
 * it after settings are written.
 */
export async function keepTotalsInTransaction(db: LeadsDatabase, now: number): Promise<void> {
  const count: LeadCountSetting = { key: 'leadCount', count: await db.leads.count(), updatedAt: now };
  const stats: PipelineStatsSetting = { key: 'pipelineStats', byStage: await recomputePipelineStats(db), updatedAt: now };
  const days: DailyTotalsSetting = { key: 'dailyTotals', days: await recomputeDailyTotals(db), updatedAt: now };
  await db.settings.bulkPut([count, stats, days]);
}

/** Recount and recompute every kept total from the leads (a stale record was found, or the extension was installed or updated). */
export function rebuildKeptTotals(db: LeadsDatabase, now: number): Promise<void> {
  return db.transaction('rw', [db.leads, db.settings], () => keepTotalsInTransaction(db, now));
}
