import type { LeadsDatabase } from '../database';
import type { Activity, Lead } from '../../schema/records';
import { addLead, addMeasures } from '../../metrics/figures/contributions';
import { applyDelta, emptyDelta, isEmptyDelta, type FigureDelta } from '../../metrics/figures/delta';
import { currentTimeZone, figuresUsable, FIGURES_VERSION, TotalsFiguresSchema, type TotalsFigures } from '../../metrics/figures/schema';
import { mergePending } from './figures';
import { FIGURE_TABLES } from './tables';
import { withFinalScope } from './core';

/**
 * The kept figures as stored: folding long writes' pending deltas in, and
 * rebuilding everything from the records (after an upgrade, or when a page finds
 * the rows disagreeing). Every write's own delta is applied by the middleware.
 */

/** The totals row of a database with nothing in it yet. */
export function emptyTotals(now: number): TotalsFigures {
  return { key: 'totals', version: FIGURES_VERSION, zone: currentTimeZone(), leads: 0, updatedAt: now };
}

async function builtTotals(db: LeadsDatabase): Promise<TotalsFigures | undefined> {
  const parsed = TotalsFiguresSchema.safeParse(await db.figures.get('totals'));
  return parsed.success && figuresUsable(parsed.data) ? parsed.data : undefined;
}

/** Write a delta onto the stored rows (inside a transaction holding the figure tables). */
async function writeDelta(db: LeadsDatabase, totals: TotalsFigures, delta: FigureDelta, now: number): Promise<void> {
  const stageKeys = Object.keys(delta.stages);
  const dayKeys = Object.keys(delta.days).map(Number);
  const responseKeys = Object.keys(delta.response).map(Number);
  const [stages, days, response] = await Promise.all([db.stageFigures.bulkGet(stageKeys), db.dailyFigures.bulkGet(dayKeys), db.responseFigures.bulkGet(responseKeys)]);
  const next = applyDelta({ totals, stages, days, response }, delta, now);
  await Promise.all([
    db.figures.put(next.totals),
    db.stageFigures.bulkPut(next.put.stages),
    db.dailyFigures.bulkPut(next.put.days),
    db.responseFigures.bulkPut(next.put.response),
    db.stageFigures.bulkDelete(next.remove.stages),
    db.dailyFigures.bulkDelete(next.remove.days),
    db.responseFigures.bulkDelete(next.remove.response),
  ]);
}

/**
 * Fold every pending delta into the figures in one short transaction: all of a
 * long write's figures appear at once. Safe to call from any context at any
 * time (two folds serialise; each pending row is folded once).
 */
export async function foldPendingFigures(db: LeadsDatabase, now: number): Promise<number> {
  return db.transaction('rw', ['pendingFigures', ...FIGURE_TABLES], async () => {
    const rows = await db.pendingFigures.toArray();
    if (rows.length === 0) return 0;
    const totals = await builtTotals(db);
    const delta = mergePending(rows);
    // Figures not built yet: the rebuild will count these records anyway.
    if (totals && !isEmptyDelta(delta)) await writeDelta(db, totals, delta, now);
    await db.pendingFigures.bulkDelete(rows.map((r) => r.id!));
    return rows.length;
  });
}

/** Whether figures exist for this version (otherwise pages wait for a rebuild). */
export async function figuresBuilt(db: LeadsDatabase): Promise<boolean> {
  return (await builtTotals(db)) !== undefined;
}

/**
 * Count every figure again from the records: each lead, and each lead's touches
 * (read in lead order through the [leadId+at] index, one lead at a time), in one
 * transaction that also drops pending deltas (the records already hold them).
 */
export async function rebuildFigures(db: LeadsDatabase, now: number): Promise<void> {
  // The walk only reads leads and touches: the scope is final (the layer adds nothing to lock).
  await withFinalScope(() => db.transaction('rw', [db.leads, db.activities, db.pendingFigures, ...FIGURE_TABLES.map((t) => db.table(t))], async () => {
    const delta = emptyDelta();
    const createdAt = new Map<string, number>();
    await db.leads.each((lead: Lead) => {
      addLead(delta, lead, 1);
      createdAt.set(lead.id, lead.createdAt);
    });
    let current: string | undefined;
    let touches: Activity[] = [];
    const flush = () => {
      const created = current === undefined ? undefined : createdAt.get(current);
      if (created !== undefined) addMeasures(delta, created, touches, 1);
      touches = [];
    };
    await db.activities.orderBy('[leadId+at]').each((activity: Activity) => {
      if (activity.leadId !== current) {
        flush();
        current = activity.leadId;
      }
      touches.push(activity);
    });
    flush();
    await Promise.all([db.pendingFigures.clear(), db.stageFigures.clear(), db.dailyFigures.clear(), db.responseFigures.clear()]);
    await writeDelta(db, emptyTotals(now), delta, now);
  }));
}
