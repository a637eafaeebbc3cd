import type { Table } from 'dexie';
import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { getPipeline, getWriteRules } from '../db/settings';
import { commit, type Writer } from '../db/write/commit';
import { DEMO_PREFIX, demoPipeline } from './demo-pipeline';

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
 * Call inside a commit over these tables; records in `keep` stay. Returns how many leads went.
 */
async function deleteDemo(db: LeadsDatabase, w: Writer, keep: ReadonlySet<string> = new Set()): Promise<number> {
  const gone = async <T, I>(table: Table<T, string, I>, name: 'leads' | 'activities' | 'stageHistory' | 'enrolments', byLead: boolean) => {
    const ids = new Set([...(await demoRange(table).primaryKeys()), ...(byLead ? await demoRange(table, 'leadId').primaryKeys() : [])]);
    const doomed = [...ids].filter((id) => !keep.has(id));
    await w.delete(name, doomed);
    return doomed.length;
  };
  const leads = await gone(db.leads, 'leads', false);
  await gone(db.activities, 'activities', true);
  await gone(db.stageHistory, 'stageHistory', true);
  await gone(db.enrolments, 'enrolments', true);
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

/** The tables the demo writes. */
const demoTables = (db: LeadsDatabase) => [db.leads.name, db.activities.name, db.stageHistory.name, db.enrolments.name];

/**
 * Load the demo pipeline in one commit, fitted to the rep's stages, rules and
 * currency (the pipeline's unless one is given); the write layer counts it into the figures.
 * Refused when the rep has leads of their own: the demo would mix into their
 * figures. Loading again replaces the demo rather than doubling it.
 */
export async function loadDemo(db: LeadsDatabase, now: number, currency?: string): Promise<LoadDemoResult> {
  try {
    if (await hasOwnLeads(db)) return { ok: false, error: 'not-empty' };
    // Generated before the write transaction, so the transaction stays short; the
    // rep's stages and rules are read first so the demo fits them.
    const [pipeline, { ruleSet }, stored] = await Promise.all([getPipeline(db), getWriteRules(db), db.sequences.toArray()]);
    const data = demoPipeline(now, 1, currency ?? pipeline.currency, { pipeline, ruleSet });
    // Enrolments only in shipped sequences the rep still has, with the step they are on.
    const sequences = new Map(stored.filter((s) => s.deletedAt === undefined).map((s) => [s.id, s]));
    const enrolments = data.enrolments.filter((e) => e.stepIndex < (sequences.get(e.sequenceId)?.steps.length ?? 0));
    // Put in as generated (with its own enrolments): no sequence effect fires.
    return await commit(db, demoTables(db), { origin: 'extension', now, effects: false, long: true }, async (w) => {
      // Checked in the write transaction: a lead saved meanwhile in another tab still refuses the load.
      if (await hasOwnLeads(db)) return { ok: false, error: 'not-empty' } as const;
      // Loading again replaces the demo: what the new one does not hold goes (a touch the rep logged on
      // a demo lead too), the rest is written over (what did not change, changes nothing).
      await deleteDemo(db, w, new Set([...data.leads, ...data.activities, ...data.stageHistory, ...enrolments].map((r) => r.id)));
      await w.put('leads', data.leads);
      await w.put('activities', data.activities);
      await w.put('stageHistory', data.stageHistory);
      await w.put('enrolments', enrolments);
      return { ok: true, leads: data.leads.length } as const;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Remove every demo record (the figures move with it); the rep's own records stay. Returns how many leads were removed. */
export async function removeDemo(db: LeadsDatabase, now: number): Promise<number> {
  try {
    return await commit(db, demoTables(db), { origin: 'rep', now, effects: false, long: true }, (w) => deleteDemo(db, w));
  } catch (error) {
    throw toStorageError(error);
  }
}
