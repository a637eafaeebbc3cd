import type { Transaction } from 'dexie';
import type { Row, SchemaVersion } from './types';

/** Settings rows version 5 kept as derived totals: figures now live in their own tables and are rebuilt from the records. */
const KEPT_TOTALS = ['leadCount', 'pipelineStats', 'dailyTotals'];

/**
 * v5 -> v6:
 * - each lead gets `reached`, the stages it has been in (from its stage history
 *   and the stage it is in), which the funnel is kept from;
 * - the rescore job moves from `settings` to `jobs`, with the rules in force, so
 *   no write (a rescore chunk, an import) needs to lock the settings every page reads;
 * - the kept totals leave `settings`. The new figure tables start empty, which
 *   the app reads as "not built": the background rebuilds them from the records
 *   (figures are derived data, computed by the code in force, never by an upgrade).
 */
async function upgrade(tx: Transaction): Promise<void> {
  const reached = new Map<string, Set<string>>();
  const note = (leadId: unknown, stage: unknown) => {
    if (typeof leadId !== 'string' || typeof stage !== 'string') return;
    let set = reached.get(leadId);
    if (!set) reached.set(leadId, (set = new Set()));
    set.add(stage);
  };
  await tx
    .table('stageHistory')
    .toCollection()
    .each((entry: Row) => {
      note(entry.leadId, entry.fromStage);
      note(entry.leadId, entry.toStage);
    });
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Row) => {
      const stages = reached.get(lead.id as string) ?? new Set<string>();
      if (typeof lead.stageId === 'string') stages.add(lead.stageId);
      lead.reached = [...stages].sort().slice(0, 30);
    });
  // The rescore job now carries the rules every write scores with (so no write needs to lock `settings`).
  const settings = tx.table('settings');
  const [job, scoring] = (await settings.bulkGet(['rescore', 'scoring'])) as (Row | undefined)[];
  if (scoring?.ruleSet) {
    const base = job ?? { done: 0, total: 0, finished: true, startedAt: Date.now(), newlySql: 0 };
    await tx.table('jobs').put({ ...base, key: 'rescore', revision: scoring.revision, ruleSet: scoring.ruleSet });
  }
  await settings.bulkDelete(['rescore', ...KEPT_TOTALS]);
}

/**
 * Version 6: the write layer's tables (lib/db/write): the change log, the SQL
 * crossings awaiting their notification, background jobs, and the kept figures
 * in small rows by stage and by day (plus long writes' figures awaiting their fold).
 */
export const v006: SchemaVersion = {
  version: 6,
  stores: {
    changes: '++seq',
    crossings: '++seq',
    jobs: 'key',
    figures: 'key',
    stageFigures: 'stageId',
    dailyFigures: 'day',
    responseFigures: 'day',
    pendingFigures: '++id',
  },
  upgrade,
};
