import { keptMetricsFrom, type KeptMetrics } from '../metrics/figures/kept';
import type { LeadsDatabase } from './database';

export type { KeptMetrics } from '../metrics/figures/kept';

/**
 * The kept figures behind the popup's velocity, in a handful of small reads. None of
 * these tables is held by a long write (a rescore chunk, an import), so the popup
 * never waits for one. Read-only (it runs in a live query); the caller has the
 * figures rebuilt when `stale`.
 */
export async function readKeptMetrics(db: LeadsDatabase): Promise<KeptMetrics> {
  return db.transaction('r', [db.figures, db.stageFigures, db.dailyFigures, db.settings], async () => {
    const [totals, stages, days, pipeline, metrics] = await Promise.all([
      db.figures.get('totals'),
      db.stageFigures.toArray(),
      db.dailyFigures.toArray(),
      db.settings.get('pipeline'),
      db.settings.get('metrics'),
    ]);
    return keptMetricsFrom({ totals, stages, days, pipeline, metrics });
  });
}
