import * as z from 'zod/mini';
import { metricsSettingsOf, pipelineOf } from '../../db/settings-rows';
import type { PipelineSettings } from '../../pipeline/settings-schema';
import type { PipelineStats } from '../../pipeline/stats-schema';
import type { DailyTotals } from '../daily-totals';
import type { MetricsSettings } from '../settings';
import { dailyTotals, figuresAgree, stageStats } from './read';
import { DayFiguresSchema, figuresUsable, StageFiguresSchema, TotalsFiguresSchema, type DayFigures, type TotalsFigures } from './schema';

/**
 * Everything the popup's figures come from: the kept figures (by stage and by day),
 * the pipeline and the metric settings. Rows that are missing (not built yet),
 * unreadable or disagree with each other are never shown: the result says `stale`
 * and the caller has them rebuilt by the background. Pure, and built on Zod's small
 * build only, so the popup can draw velocity from rows it read before the rest of the
 * app (Dexie, the write layer, Zod's full build) has loaded.
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

/** The kept figures when they can be shown. */
export type Kept = Extract<KeptMetrics, { stale: false }>;

/** The rows as stored: `figures` 'totals', every `stageFigures` and `dailyFigures` row, and the `settings` rows 'pipeline' and 'metrics'. */
export type KeptRows = { totals: unknown; stages: unknown[]; days: unknown[]; pipeline: unknown; metrics: unknown };

const StageRows = z.array(StageFiguresSchema);
const DayRows = z.array(DayFiguresSchema);

export function keptMetricsFrom(rows: KeptRows): KeptMetrics {
  const pipeline = pipelineOf(rows.pipeline);
  const totals = TotalsFiguresSchema.safeParse(rows.totals);
  if (!totals.success || !figuresUsable(totals.data)) return { stale: true };
  const stages = StageRows.safeParse(rows.stages);
  const days = DayRows.safeParse(rows.days);
  if (!stages.success || !days.success || !figuresAgree(totals.data, stages.data, days.data)) return { stale: true };
  return {
    stale: false,
    stats: stageStats(stages.data),
    days: dailyTotals(days.data, pipeline),
    leadCount: totals.data.leads,
    totals: totals.data,
    dayRows: days.data,
    pipeline,
    settings: metricsSettingsOf(rows.metrics),
  };
}
