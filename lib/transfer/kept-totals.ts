import type { LeadsDatabase } from '../db/database';
import { recomputeDailyTotals, type DailyTotalsSetting } from '../db/daily-totals';
import { recomputePipelineStats, type PipelineStatsSetting } from '../db/pipeline-stats';
import type { LeadCountSetting } from '../db/settings';

/**
 * Recompute the kept totals (lead count, stage totals, per-day totals) from the
 * leads as they are now, inside the caller's read-write transaction (which must
 * include leads and settings). Writes that replace many leads at once (a restore,
 * the demo data) use this instead of `rebuildKeptTotals`, which opens transactions
 * of its own: the totals then commit, or roll back, with the leads they count.
 * Per-day totals read the pipeline row, so call it after settings are written.
 */
export async function keepTotalsInTransaction(db: LeadsDatabase, now: number): Promise<void> {
  const count: LeadCountSetting = { key: 'leadCount', count: await db.leads.count(), updatedAt: now };
  const stats: PipelineStatsSetting = { key: 'pipelineStats', byStage: await recomputePipelineStats(db), updatedAt: now };
  const days: DailyTotalsSetting = { key: 'dailyTotals', days: await recomputeDailyTotals(db), updatedAt: now };
  await db.settings.bulkPut([count, stats, days]);
}
