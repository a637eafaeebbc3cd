import type { Table } from 'dexie';
import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { getPipeline, getScoring } from '../db/settings';
import { DEMO_PREFIX, demoPipeline } from './demo-pipeline';
import { keepTotalsInTransaction } from '../db/kept-metrics';

/**
 * Demo data in the database: loaded only into a database with no leads of the
 * rep's own, and removed by id prefix, so neither can touch a real record.
 */

export { DEMO_LEADS, DEMO_PREFIX, DEMO_TAG, demoPipeline, type DemoData, type DemoSetup } from './demo-pipeline';

export type LoadDemoResult = { ok: true; leads: number } | { ok: false; error: 'not-empty' };

/** Every key that starts with the demo prefix: a primary-key (or index) range, no table walk. */
function demoRange<T, I>(table: Table<T, string, I>, index = ':id') {
  return table.where(index).between(DEMO_PREFIX, `${DEMO_PREFIX}\uffff`, true, true);
}

/**
 * Delete the demo records, and what the rep added to demo leads while trying
 * them out (a logged touch, a stage move, an enrolment a trigger made: their ids
 * are random, but their leadId is a demo lead's), so nothing is left dangling.
 * Call inside a transaction over these tables. Returns how many leads went.
 */
async function deleteDemo(db: LeadsDatabase): Promise<number> {
  const leads = await demoRange(db.leads).delete();
  await demoRange(db.activities).delete();
  await demoRange(db.activities, 'leadId').delete();
  await demoRange(db.stageHistory).delete();
  await demoRange(db.stageHistory, 'leadId').delete();
  await demoRange(db.enrolments).delete();
  await demoRange(db.enrolments, 'leadId').delete();
  return leads;
}

/** Leads that are not demo leads: the rep's own. */
async function hasOwnLeads(db: LeadsDatabase): Promise<boolean> {
  return (await db.leads.count()) > (await demoRange(db.leads).count());
}

/**
 * Whether any lead is stored, from one key. Not `count()`: IndexedDB counts by walking
 * the whole store (a third of a second at 100,000), and these checks are live queries
 * that run again after every write, a rescore's chunks included.
 */
export async function hasAnyLead(db: LeadsDatabase): Promise<boolean> {
  return (await db.leads.limit(1).primaryKeys()).length > 0;
}

/** Whether any demo lead is stored (the UI offers "remove demo data" then). */
export async function hasDemo(db: LeadsDatabase): Promise<boolean> {
  return (await demoRange(db.leads).first()) !== undefined;
}

/**
 * Load the demo pipeline in one transaction, fitted to the rep's stages, rules and
 * currency (the pipeline's unless one is given), then recompute the kept totals.
 * Refused when the rep has leads of their own: the demo would mix into their
 * figures. Loading again replaces the demo rather than doubling it.
 */
export async function loadDemo(db: LeadsDatabase, now: number, currency?: string): Promise<LoadDemoResult> {
  try {
    if (await hasOwnLeads(db)) return { ok: false, error: 'not-empty' };
    // Generated before the write transaction, so the transaction stays short; the
    // rep's stages and rules are read first so the demo fits them.
    const [pipeline, { ruleSet }, stored] = await Promise.all([getPipeline(db), getScoring(db), db.sequences.toArray()]);
    const data = demoPipeline(now, 1, currency ?? pipeline.currency, { pipeline, ruleSet });
    // Enrolments only in shipped sequences the rep still has, with the step they are on.
    const sequences = new Map(stored.filter((s) => s.deletedAt === undefined).map((s) => [s.id, s]));
    const enrolments = data.enrolments.filter((e) => e.stepIndex < (sequences.get(e.sequenceId)?.steps.length ?? 0));
    return await db.transaction('rw', [db.leads, db.activities, db.stageHistory, db.enrolments, db.settings], async () => {
      // Checked in the write transaction: a lead saved meanwhile in another tab still refuses the load.
      if (await hasOwnLeads(db)) return { ok: false, error: 'not-empty' } as const;
      await deleteDemo(db);
      await db.leads.bulkAdd(data.leads);
      await db.activities.bulkAdd(data.activities);
      await db.stageHistory.bulkAdd(data.stageHistory);
      await db.enrolments.bulkAdd(enrolments);
      await keepTotalsInTransaction(db, now);
      return { ok: true, leads: data.leads.length } as const;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Remove every demo record and recompute the kept totals; the rep's own records stay. Returns how many leads were removed. */
export async function removeDemo(db: LeadsDatabase, now: number): Promise<number> {
  try {
    return await db.transaction('rw', [db.leads, db.activities, db.stageHistory, db.enrolments, db.settings], async () => {
      const removed = await deleteDemo(db);
      await keepTotalsInTransaction(db, now);
      return removed;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
