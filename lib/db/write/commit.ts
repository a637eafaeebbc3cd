import Dexie, { type Collection, type IndexableType } from 'dexie';
import type { StageChange } from '../../pipeline/schema';
import type { Activity, Company, Lead } from '../../schema/records';
import type { Enrolment } from '../../sequences/schema';
import type { LeadsDatabase } from '../database';
import { foldPendingFigures } from './figures-store';
import { stateOf, type TxState, type WriteOptions } from './state';
import { FIGURE_TABLES, LAYER_TABLES, type TrackedTable } from './tables';

/**
 * The one way to write leads, activities, stage history, enrolments and
 * companies: `commit` opens the write transaction (with the tables the write
 * layer needs) and says who is writing; the writer it hands over is the only
 * write API for those tables (a lint rule refuses any other, tests/tools). The
 * middleware (middleware.ts) does the rest on every mutation.
 *
 * A long write (an import, a restore, the demo, a rescore chunk) passes
 * `long: true`: it does not hold the figure tables, which pages read, for its
 * whole length. Its figure changes wait in `pendingFigures`, and a short
 * transaction folds them in as soon as it commits, all at once, so no page ever
 * sees half of them.
 */

export type CommitOptions = WriteOptions & { long?: boolean };

type RowOf = { leads: Lead; activities: Activity; stageHistory: StageChange; enrolments: Enrolment; companies: Company };

export type Writer = {
  put<K extends TrackedTable>(table: K, rows: RowOf[K] | readonly RowOf[K][]): Promise<void>;
  add<K extends TrackedTable>(table: K, rows: RowOf[K] | readonly RowOf[K][]): Promise<void>;
  delete(table: TrackedTable, keys: string | readonly string[]): Promise<void>;
  /** Delete what a query of a tracked table finds; returns how many. */
  deleteWhere<T, K extends IndexableType>(collection: Collection<T, K>): Promise<number>;
  /** Change what a query of a tracked table finds; returns how many. */
  modifyWhere<T, K extends IndexableType>(collection: Collection<T, K>, changes: Partial<T>): Promise<number>;
};

const list = <T>(rows: T | readonly T[]): T[] => (Array.isArray(rows) ? [...(rows as readonly T[])] : [rows as T]);

function writerOf(db: LeadsDatabase): Writer {
  return {
    put: async (table, rows) => void (await db.table(table).bulkPut(list(rows))),
    add: async (table, rows) => void (await db.table(table).bulkAdd(list(rows))),
    delete: (table, keys) => db.table(table).bulkDelete(list(keys)),
    deleteWhere: (collection) => collection.delete(),
    modifyWhere: (collection, changes) => collection.modify(changes as never),
  };
}

type Committed = { crossings: number };
const listeners = new Set<(committed: Committed) => void>();

/** Be told after each commit in this context (the background notifies SQL crossings; a page wakes the background). */
export function onCommitted(listener: (committed: Committed) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tell this context's listeners about a commit made elsewhere on its behalf (the import worker's). */
export function announceCommitted(committed: Committed): void {
  for (const listener of listeners) listener(committed);
}

/**
 * Run `write` in one read-write transaction over `tables` (those it reads and
 * writes) plus the layer's own. All of it commits, or none.
 */
export async function commit<T>(db: LeadsDatabase, tables: readonly string[], options: CommitOptions, write: (w: Writer) => Promise<T>): Promise<T> {
  const outer = Dexie.currentTransaction;
  // Inside another commit: one transaction, under the outer commit's options.
  if (outer && stateOf(outer.idbtrans)) return write(writerOf(db));
  const scope = [...new Set([...tables, ...LAYER_TABLES, ...(options.long ? ['pendingFigures'] : FIGURE_TABLES)])];
  let state: TxState | undefined;
  const result = await db.transaction('rw', scope, async () => {
    state = stateOf(Dexie.currentTransaction.idbtrans);
    if (state) state.options = options;
    return write(writerOf(db));
  });
  if (options.long) await foldPendingFigures(db, options.now ?? Date.now());
  announceCommitted({ crossings: state?.crossings ?? 0 });
  return result;
}
