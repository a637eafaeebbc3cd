import type { DailyTotals } from '../metrics/daily-totals';
import { dailyTotals, figuresAgree, stageStats } from '../metrics/figures/read';
import { DayFiguresSchema, figuresUsable, StageFiguresSchema, TotalsFiguresSchema, type DayFigures, type TotalsFigures } from '../metrics/figures/schema';
import type { MetricsSettings } from '../metrics/settings';
import type { PipelineSettings } from '../pipeline/schema';
import type { PipelineStats } from '../pipeline/stats-schema';
import type { LeadsDatabase } from './database';
import { getMetricsSettings, getPipeline } from './settings';

/**
 * Everything the popup's figures come from, in a handful of small reads: the
 * kept figures (by stage and by day, lib/metrics/figures), the pipeline and the
 * metric settings. None of these tables is held by a long write (a rescore chunk,
 * an import), so the popup never waits for one. Rows that are missing (not built
 * yet), unreadable or disagree with each other are never shown: the read says
 * `stale` and the caller has them rebuilt by the background.
 */
export type KeptMetrics =
  | {
      stale: false;
      stats: PipelineStats;
      days: DailyTotals;
      leadCount: number;
      /** The rows as kept, for the dashboard's figures beyond velocity. */
      totals: TotalsFigures;
      dayRows: DayFigures[];
      pipeline: PipelineSettings;
      settings: MetricsSettings;
    }
  | { stale: true };

/** Read-only (it runs in a live query); the caller has the figures rebuilt when `stale`. */
export async function readKeptMetrics(db: LeadsDatabase): Promise<KeptMetrics> {
  return db.transaction('r', [db.figures, db.stageFigures, db.dailyFigures, db.settings], async () => {
    const [totalsRow, stageRows, dayRows, pipeline, settings] = await Promise.all([
      db.figures.get('totals'),
      db.stageFigures.toArray(),
      db.dailyFigures.toArray(),
      getPipeline(db),
      getMetricsSettings(db),
    ]);
    const totals = TotalsFiguresSchema.safeParse(totalsRow);
    if (!totals.success || !figuresUsable(totals.data)) return { stale: true };
    const stages = StageFiguresSchema.array().safeParse(stageRows);
    const days = DayFiguresSchema.array().safeParse(dayRows);
    if (!stages.success || !days.success || !figuresAgree(totals.data, stages.data, days.data)) return { stale: true };
    return {
      stale: false,
      stats: stageStats(stages.data),
      days: dailyTotals(days.data, pipeline),
      leadCount: totals.data.leads,
      totals: totals.data,
      dayRows: days.data,
      pipeline,
      settings,
    };
  });
}
