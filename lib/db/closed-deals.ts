import type { ClosedDeal } from '../metrics/factors';
import type { LeadsDatabase } from './database';

/**
 * Deals closed between `from` and `to`, read through the stage history's [kind+at]
 * index (never the leads). A lead closed twice in the window (a mistaken win moved
 * back, or lost, reactivated and won) counts once, by its latest outcome.
 */
export async function closedDeals(db: LeadsDatabase, from: number, to: number): Promise<ClosedDeal[]> {
  const [won, lost] = await Promise.all(
    (['won', 'lost'] as const).map((kind) => db.stageHistory.where('[kind+at]').between([kind, from], [kind, to], true, false).toArray()),
  );
  const latest = new Map<string, ClosedDeal>();
  for (const entry of [...(won ?? []), ...(lost ?? [])].sort((a, b) => a.at - b.at)) {
    latest.set(entry.leadId, {
      outcome: entry.kind === 'won' ? 'won' : 'lost',
      value: entry.value,
      currency: entry.currency,
      closedAt: entry.at,
      createdAt: entry.leadCreatedAt ?? entry.at,
    });
  }
  return [...latest.values()];
}
