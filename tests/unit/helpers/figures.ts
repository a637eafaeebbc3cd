import type { LeadsDatabase } from '../../../lib/db/database';
import { emptyTotals } from '../../../lib/db/write/figures-store';
import { figuresOf } from '../../../lib/metrics/figures/contributions';
import { applyDelta, type FigureDelta } from '../../../lib/metrics/figures/delta';
import type { Activity } from '../../../lib/schema/records';
import { getPipeline } from '../../../lib/db/settings';
import { dailyTotals, stageStats } from '../../../lib/metrics/figures/read';

/** The figure rows as kept, without their write times. */
export async function keptRows(db: LeadsDatabase) {
  const { updatedAt: _u, ...totals } = (await db.figures.get('totals'))!;
  const byKey = <T>(rows: T[], key: (r: T) => string | number) => Object.fromEntries(rows.map((r) => [key(r), r]));
  return {
    totals,
    stages: byKey(await db.stageFigures.toArray(), (r) => r.stageId),
    days: byKey(await db.dailyFigures.toArray(), (r) => r.day),
    response: byKey(await db.responseFigures.toArray(), (r) => r.day),
  };
}

/** The rows a delta gives when added to nothing. */
export function rowsOfDelta(delta: FigureDelta, now: number) {
  const none = <T>(keys: string[]) => keys.map((): T | undefined => undefined);
  return applyDelta(
    { totals: emptyTotals(now), stages: none(Object.keys(delta.stages)), days: none(Object.keys(delta.days)), response: none(Object.keys(delta.response)) },
    delta,
    now,
  );
}

/** The figure rows counted from scratch from every lead and touch stored: what the kept rows must equal. */
export async function recomputedRows(db: LeadsDatabase, now: number) {
  const leads = await db.leads.toArray();
  const activities = await db.activities.toArray();
  const byLead = new Map<string, Activity[]>();
  for (const a of activities) (byLead.get(a.leadId) ?? byLead.set(a.leadId, []).get(a.leadId)!).push(a);
  const { totals, put } = rowsOfDelta(
    figuresOf(leads, (id) => byLead.get(id) ?? []),
    now,
  );
  const { updatedAt: _u, ...rest } = totals;
  const byKey = <T>(rows: T[], key: (r: T) => string | number) => Object.fromEntries(rows.map((r) => [key(r), r]));
  return { totals: rest, stages: byKey(put.stages, (r) => r.stageId), days: byKey(put.days, (r) => r.day), response: byKey(put.response, (r) => r.day) };
}

/** Stage totals and per-day totals counted from scratch, read as the popup reads the kept ones. */
export async function recountedMetrics(db: LeadsDatabase, now: number) {
  const rows = await recomputedRows(db, now);
  const pipeline = await getPipeline(db);
  return { stats: stageStats(Object.values(rows.stages)), days: dailyTotals(Object.values(rows.days), pipeline) };
}
