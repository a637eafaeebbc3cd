import { kindsOf, sumDays, type DailyTotals } from '../metrics/daily-totals';
import type { MetricsSettings } from '../metrics/settings';
import type { PipelineSettings } from '../pipeline/schema';
import type { LeadsDatabase } from './database';
import { keptDailyTotals, recomputeDailyTotals } from './daily-totals';
import { PipelineStatsSetting, rebuildPipelineStats, recomputePipelineStats, type PipelineStats } from './pipeline-stats';
import { getLeadCount, getMetricsSettings, getPipeline, recountLeads } from './settings';

/**
 * Everything the popup's figures come from, in a handful of record reads: the
 * kept stage totals, the kept per-day totals, the lead count, the pipeline and the
 * metric settings. The kept records are checked against each other (every lead is
 * counted once by stage and once by its creation day; closed leads once more by
 * the day they closed); a record that is missing, unreadable or disagrees is not
 * shown: the figures are recomputed from the leads and `stale` asks for a rebuild.
 */
export type KeptMetrics = {
  stats: PipelineStats;
  days: DailyTotals;
  leadCount: number;
  pipeline: PipelineSettings;
  settings: MetricsSettings;
  stale: boolean;
};

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

/** Read-only (it runs in a live query); the caller rebuilds when `stale`. */
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
  const [fresh, days, count] = await Promise.all([recomputePipelineStats(db), recomputeDailyTotals(db), db.leads.count()]);
  return { stats: fresh, days, leadCount: count, pipeline, settings, stale: true };
}

/** Recount and recompute every kept total from the leads (a stale record was found, or the extension was installed or updated). */
export async function rebuildKeptTotals(db: LeadsDatabase, now: number): Promise<void> {
  await recountLeads(db, now);
  await rebuildPipelineStats(db, now);
}
