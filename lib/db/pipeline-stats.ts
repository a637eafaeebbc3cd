import type { Lead } from '../schema/records';
import { PipelineStatsSetting, type PipelineStats } from '../pipeline/stats-schema';
import { adjustDailyTotals } from './daily-totals';
import type { LeadsDatabase } from './database';

/**
 * Leads and deal value per stage, kept in step by every write that moves a lead
 * between stages or changes its value, in that write's transaction. The popup
 * reads this one record instead of walking 100,000 leads. Values are summed per
 * currency ('' is the rep's currency, for deals that name none), never across.
 */

export { PipelineStatsSetting, type PipelineStats };

type Counted = Pick<Lead, 'stageId' | 'dealValue' | 'currency'>;
/** What the per-day totals read of a lead too. */
type Written = Counted & Pick<Lead, 'createdAt' | 'stageChangedAt'>;

const cents = (n: number) => Math.round(n * 100) / 100;

function add(stats: PipelineStats, lead: Counted, sign: 1 | -1): void {
  const totals = (stats[lead.stageId] ??= { count: 0, values: {} });
  totals.count = Math.max(0, totals.count + sign);
  if (lead.dealValue !== undefined) {
    const currency = lead.currency ?? '';
    const next = cents((totals.values[currency] ?? 0) + sign * lead.dealValue);
    if (next === 0 && sign < 0) delete totals.values[currency];
    else totals.values[currency] = next;
  }
  if (totals.count === 0 && Object.keys(totals.values).length === 0) delete stats[lead.stageId];
}

/** The totals of a set of leads, from scratch. */
export function statsOf(leads: Iterable<Counted>): PipelineStats {
  const stats: PipelineStats = {};
  for (const lead of leads) add(stats, lead, 1);
  return stats;
}

/** Walk every lead and compute the totals (what the kept record must always equal). */
export async function recomputePipelineStats(db: LeadsDatabase): Promise<PipelineStats> {
  const stats: PipelineStats = {};
  await db.leads.each((lead) => add(stats, lead, 1));
  return stats;
}

/** The kept totals; computed from the leads when never kept (read-only, so it can run in a live query). */
export async function getPipelineStats(db: LeadsDatabase): Promise<PipelineStats> {
  const parsed = PipelineStatsSetting.safeParse(await db.settings.get('pipelineStats'));
  return parsed.success ? parsed.data.byStage : recomputePipelineStats(db);
}

/**
 * Move the kept totals for leads written in this transaction (which must include
 * leads and settings): each change is the lead before (undefined when created) and
 * after (undefined when deleted). Call after the leads are written.
 */
export async function adjustPipelineStats(db: LeadsDatabase, changes: readonly { before?: Written; after?: Written }[], now: number): Promise<void> {
  const relevant = changes.filter(
    ({ before, after }) =>
      !before ||
      !after ||
      before.stageId !== after.stageId ||
      before.dealValue !== after.dealValue ||
      before.currency !== after.currency ||
      before.stageChangedAt !== after.stageChangedAt ||
      before.createdAt !== after.createdAt,
  );
  if (relevant.length === 0) return;
  // The per-day totals behind velocity move with the same writes.
  await adjustDailyTotals(db, relevant, now);
  const parsed = PipelineStatsSetting.safeParse(await db.settings.get('pipelineStats'));
  let byStage: PipelineStats;
  if (parsed.success) {
    byStage = parsed.data.byStage;
    for (const { before, after } of relevant) {
      if (before) add(byStage, before, -1);
      if (after) add(byStage, after, 1);
    }
  } else {
    // Never kept: the leads as written now are the truth.
    byStage = await recomputePipelineStats(db);
  }
  const row: PipelineStatsSetting = { key: 'pipelineStats', byStage, updatedAt: now };
  await db.settings.put(row);
}

