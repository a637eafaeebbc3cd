import Dexie, { type Collection, type IndexableType } from 'dexie';
import type { StageChange } from '../../pipeline/schema';
import type { Activity, Company, Lead } from '../../schema/records';
import type { Enrolment } from '../../sequences/schema';
import type { LeadsDatabase } from '../database';
import { foldPendingFigures } from './figures-store';
import { DEFAULT_OPTIONS, stateOf, type TxState, type WriteOptions } from './state';
import { withFinalScope } from './core';
import { layerScope, type TrackedTable } from './tables';

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

export type CommitOptions = WriteOptions & {
  long?: boolean;
  /** Tables of `tables` the write only reads (the layer holds nothing more for them). */
  reads?: readonly string[];
};

type RowOf = { leads: Lead; activities: Activity; stageHistory: StageChange; enrolments: Enrolment; companies: Company };

export type Writer = {
  /**
   * Put records. `before`: the records as this transaction read them (and has not written
   * since), by id, so the layer need not read them again (a rescore chunk writes what it read).
   */
  put<K extends TrackedTable>(table: K, rows: RowOf[K] | readonly RowOf[K][], options?: { before?: ReadonlyMap<string, RowOf[K]> }): Promise<void>;
  add<K extends TrackedTable>(table: K, rows: RowOf[K] | readonly RowOf[K][]): Promise<void>;
  delete(table: TrackedTable, keys: string | readonly string[]): Promise<void>;
  /** Delete what a query of a tracked table finds; returns how many. */
  deleteWhere<T, K extends IndexableType>(collection: Collection<T, K>): Promise<number>;
  /** Change what a query of a tracked table finds; returns how many. */
  modifyWhere<T, K extends IndexableType>(collection: Collection<T, K>, changes: Partial<T>): Promise<number>;
};

const list = <T>(rows: T | readonly T[]): T[] => (Array.isArray(rows) ? [...(rows as readonly T[])] : [rows as T]);

function writerOf(db: LeadsDatabase, state: TxState | undefined): Writer {
  return {
    put: async (table, rows, options) => {
      const values = list(rows);
      if (state && options?.before) {
        for (const value of values) {
          const before = options.before.get((value as { id: string }).id);
          if (before) state.known.set(value, before as unknown as Record<string, unknown>);
        }
      }
      await db.table(table).bulkPut(values);
    },
    add: async (table, rows) => void (await db.table(table).bulkAdd(list(rows))),
    delete: (table, keys) => db.table(table).bulkDelete(list(keys)),
    deleteWhere: (collection) => collection.delete(),
    modifyWhere: (collection, changes) => collection.modify(changes as never),
  };
}

/** What a commit needs the background to do: notify SQL crossings; run a rescore job it opened (a backup restore). */
type Committed = { crossings: number; rescore?: boolean };
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
 * writes) plus what the layer needs for the ones it writes. All of it commits, or none.
 */
export async function commit<T>(db: LeadsDatabase, tables: readonly string[], options: CommitOptions, write: (w: Writer) => Promise<T>): Promise<T> {
  const outer = Dexie.currentTransaction;
  const outerState = outer ? stateOf(outer.idbtrans) : undefined;
  if (outerState) {
    // Inside another commit: one transaction, under the outer commit's options (or these, inside a plain transaction).
    if (outerState.options === DEFAULT_OPTIONS) outerState.options = options;
    return write(writerOf(db, outerState));
  }
  const writes = tables.filter((t) => !options.reads?.includes(t));
  const scope = [...new Set([...tables, ...layerScope(writes, options.long === true)])];
  let state: TxState | undefined;
  const result = await withFinalScope(() =>
    db.transaction('rw', scope, async () => {
      state = stateOf(Dexie.currentTransaction.idbtrans);
      if (state) state.options = options;
      return write(writerOf(db, state));
    }),
  );
  // The write is committed: a fold that fails now (the page closing) is done by the background when it starts.
  if (state?.pending) await foldPendingFigures(db, options.now ?? Date.now()).catch(() => undefined);
  announceCommitted({ crossings: state?.crossings ?? 0 });
  return result;
}
