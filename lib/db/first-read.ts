import type { KeptRows } from '../metrics/figures/kept';
import { DB_NAME, SCHEMA_VERSION } from './name';
import { openAsStored } from './raw-read';

const KEPT_STORES = ['figures', 'stageFigures', 'dailyFigures', 'settings'];

/**
 * Rows a page's first view is drawn from, read with plain IndexedDB before Dexie and the
 * write layer have loaded (issue 15). Only from a database already at this version
 * (Dexie stores version × 10) with every store asked for: anything else (none yet, an
 * upgrade to run) is left to Dexie, which opens it with the whole version chain, and
 * undefined is returned. Nothing is ever created or upgraded here; the connection is
 * closed when read, and at once should an upgrade elsewhere need it gone. `read` issues
 * its requests on the transaction and returns what collects their results once it completes.
 */
export async function readAsStored<T>(stores: string[], read: (tx: IDBTransaction) => () => T, name = DB_NAME, idb: IDBFactory = indexedDB): Promise<T | undefined> {
  const db = await openAsStored(name, idb);
  if (!db) return undefined;
  db.onversionchange = () => db.close();
  try {
    if (db.version !== SCHEMA_VERSION * 10 || !stores.every((store) => db.objectStoreNames.contains(store))) return undefined;
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(stores, 'readonly');
      const collect = read(tx);
      tx.oncomplete = () => resolve(collect());
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The rows behind the popup's velocity. */
export function readKeptRowsAsStored(name = DB_NAME, idb: IDBFactory = indexedDB): Promise<KeptRows | undefined> {
  return readAsStored(
    KEPT_STORES,
    (tx) => {
      const totals = tx.objectStore('figures').get('totals');
      const stages = tx.objectStore('stageFigures').getAll();
      const days = tx.objectStore('dailyFigures').getAll();
      const pipeline = tx.objectStore('settings').get('pipeline');
      const metrics = tx.objectStore('settings').get('metrics');
      return () => ({ totals: totals.result, stages: stages.result as unknown[], days: days.result as unknown[], pipeline: pipeline.result, metrics: metrics.result });
    },
    name,
    idb,
  );
}

/** The rows behind the options page's scoring section: the stored rules and the rescore job, as stored (unparsed). */
export function readScoringRowsAsStored(name = DB_NAME, idb: IDBFactory = indexedDB): Promise<{ scoring: unknown; job: unknown; anyLead: boolean } | undefined> {
  return readAsStored(
    ['settings', 'jobs', 'leads'],
    (tx) => {
      const scoring = tx.objectStore('settings').get('scoring');
      const job = tx.objectStore('jobs').get('rescore');
      // Whether any lead is stored: with none, the page's header offers the demo (DemoOffer), drawn in the first view too.
      const lead = tx.objectStore('leads').openKeyCursor();
      return () => ({ scoring: scoring.result, job: job.result, anyLead: lead.result !== null });
    },
    name,
    idb,
  );
}

/** The rows behind the side panel's lead view: the lead asked for and the pipeline setting, as stored (unparsed). */
export function readLeadRowsAsStored(id: string, name = DB_NAME, idb: IDBFactory = indexedDB): Promise<{ lead: unknown; pipeline: unknown } | undefined> {
  return readAsStored(
    ['leads', 'settings'],
    (tx) => {
      const lead = tx.objectStore('leads').get(id);
      const pipeline = tx.objectStore('settings').get('pipeline');
      return () => ({ lead: lead.result, pipeline: pipeline.result });
    },
    name,
    idb,
  );
}

/** How many rows the list's first view draws: a screenful and more (the live list reads pages of 40). */
export const FIRST_LIST_ROWS = 30;

/** Due steps the list's first view draws (the live list's due section shows this many). */
export const FIRST_DUE_STEPS = 3;

/** A due step as stored (unparsed): the enrolment, its lead and its sequence. */
export type DueRowAsStored = { enrolment: unknown; lead: unknown; sequence: unknown };

/**
 * The rows behind the side panel's list view: the first leads in the list's default order
 * (lib/leads/list-query.ts DEFAULT_LIST_QUERY: by score, highest first; ties by id,
 * reversed, as Dexie's reversed index walk gives), the pipeline setting, and the follow-up
 * steps due before `dueBefore` above the rows (lib/db/due.ts: the dueAt index, soonest first;
 * the first FIRST_DUE_STEPS with their leads and sequences, and how many in all), as stored (unparsed).
 */
export function readListRowsAsStored(
  dueBefore: number,
  limit = FIRST_LIST_ROWS,
  name = DB_NAME,
  idb: IDBFactory = indexedDB,
): Promise<{ leads: unknown[]; pipeline: unknown; due: { total: number; rows: DueRowAsStored[] } } | undefined> {
  return readAsStored(
    ['leads', 'settings', 'enrolments', 'sequences'],
    (tx) => {
      const leads: unknown[] = [];
      const cursor = tx.objectStore('leads').index('score').openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        leads.push(at.value);
        if (leads.length < limit) at.continue();
      };
      const pipeline = tx.objectStore('settings').get('pipeline');
      const range = IDBKeyRange.upperBound(dueBefore, true);
      const total = tx.objectStore('enrolments').index('dueAt').count(range);
      const due: { enrolment: unknown; lead?: IDBRequest; sequence?: IDBRequest }[] = [];
      const enrolments = tx.objectStore('enrolments').index('dueAt').getAll(range, FIRST_DUE_STEPS);
      enrolments.onsuccess = () => {
        for (const enrolment of enrolments.result as { leadId?: unknown; sequenceId?: unknown }[]) {
          const row: (typeof due)[number] = { enrolment };
          // A row whose ids are not keys is left for the live list to judge (it parses nothing here).
          if (typeof enrolment.leadId === 'string') row.lead = tx.objectStore('leads').get(enrolment.leadId);
          if (typeof enrolment.sequenceId === 'string') row.sequence = tx.objectStore('sequences').get(enrolment.sequenceId);
          due.push(row);
        }
      };
      return () => ({
        leads,
        pipeline: pipeline.result,
        due: { total: total.result, rows: due.map((d) => ({ enrolment: d.enrolment, lead: d.lead?.result, sequence: d.sequence?.result })) },
      });
    },
    name,
    idb,
  );
}
