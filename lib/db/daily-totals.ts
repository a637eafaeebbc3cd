import { contribute, DailyTotalsSetting, kindsOf, type Counted, type DailyTotals } from '../metrics/daily-totals';
import type { LeadsDatabase } from './database';
import { getPipeline } from './settings';

/**
 * The per-day totals (lib/metrics/daily-totals.ts), kept as one settings row and
 * moved in the same transaction as every write that creates, deletes, closes or
 * reopens a lead or changes a won deal's value, so the popup reads one record.
 */

export { DailyTotalsSetting };

/** Walk every lead and compute the totals (what the kept row must always equal). */
export async function recomputeDailyTotals(db: LeadsDatabase): Promise<DailyTotals> {
  const kindOf = kindsOf(await getPipeline(db));
  const days: DailyTotals = {};
  await db.leads.each((lead) => contribute(days, lead, kindOf, 1));
  return days;
}

/** The kept row, or undefined when it was never kept or no longer parses. */
export async function keptDailyTotals(db: LeadsDatabase): Promise<DailyTotals | undefined> {
  const parsed = DailyTotalsSetting.safeParse(await db.settings.get('dailyTotals'));
  return parsed.success ? parsed.data.days : undefined;
}

/** Move the kept totals for leads written in this transaction (leads and settings must be in it). */
export async function adjustDailyTotals(db: LeadsDatabase, changes: readonly { before?: Counted; after?: Counted }[], now: number): Promise<void> {
  let days = await keptDailyTotals(db);
  if (days) {
    const kindOf = kindsOf(await getPipeline(db));
    for (const { before, after } of changes) {
      if (before) contribute(days, before, kindOf, -1);
      if (after) contribute(days, after, kindOf, 1);
    }
  } else {
    // Never kept (or unreadable): the leads as written now are the truth.
    days = await recomputeDailyTotals(db);
  }
  const row: DailyTotalsSetting = { key: 'dailyTotals', days, updatedAt: now };
  await db.settings.put(row);
}
