import type { Slicer } from './slices';
import Dexie, { type DBCore, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTransaction } from 'dexie';

/**
 * The write layer works at Dexie's DBCore (below tables and collections), where
 * it sees every mutation whatever API made it. Dexie's own middlewares below it
 * read the transaction from Dexie's zone (PSD), which an `await` does not carry:
 * so every call the layer makes runs in the zone its mutation came in with.
 */

/** Dexie's zone (Promise.PSD), opaque here but for the layer's own mark. */
export type Zone = { readonly trans?: unknown; readonly writeLayerScope?: true };
type ZonedPromise = { PSD: Zone; usePSD<T>(zone: Zone, fn: () => T): T; newPSD<T>(fn: () => T, props: object): T };
const zoned = Dexie.Promise as unknown as ZonedPromise;

export const currentZone = (): Zone => zoned.PSD;

/**
 * Open a transaction whose scope is already what the layer needs (commit computed it,
 * knowing which tables are only read): the middleware leaves it as it is. The mark rides
 * on Dexie's zone, which carries it to where Dexie opens the transaction.
 */
export function withFinalScope<T>(open: () => T): T {
  return zoned.newPSD(open, { writeLayerScope: true });
}

/** DBCoreRangeType.Equal and .Any (a const enum in Dexie's types). */
const EQUAL = 1 as DBCoreKeyRange['type'];
const RANGE = 2 as DBCoreKeyRange['type'];
const ANY = 3 as DBCoreKeyRange['type'];
const equalRange = (key: unknown): DBCoreKeyRange => ({ type: EQUAL, lower: key, upper: key });
const fullRange: DBCoreKeyRange = { type: ANY, lower: undefined, upper: undefined };

type Mutation = DBCoreMutateRequest extends infer R ? (R extends DBCoreMutateRequest ? Omit<R, 'trans'> : never) : never;

/** One transaction's DBCore, below the write layer, in the transaction's zone. */
export class TxCore {
  constructor(
    readonly down: DBCore,
    readonly trans: DBCoreTransaction,
    private readonly zone: Zone,
  ) {}

  private run<T>(fn: () => T): T {
    return zoned.usePSD(this.zone, fn);
  }

  primaryKeyOf(table: string, value: unknown): unknown {
    return this.down.table(table).schema.primaryKey.extractKey!(value);
  }

  mutate(table: string, req: Mutation): Promise<DBCoreMutateResponse> {
    return this.run(() => this.down.table(table).mutate({ ...req, trans: this.trans } as DBCoreMutateRequest));
  }

  /**
   * `mutate` a slice at a time, in order, answering as one mutation would (failures at their
   * indexes in the whole request). A long write's puts go this way: see slices.ts. Without
   * a slicer (a short write), one request.
   */
  async mutateInSlices(table: string, req: Mutation, slicer: Slicer | undefined): Promise<DBCoreMutateResponse> {
    if (!slicer) return this.mutate(table, req);
    const count = req.type === 'delete' ? req.keys.length : req.type === 'put' || req.type === 'add' ? req.values.length : 0;
    // A collection's modify (per-key `updates`) or a query's delete (`criteria`) goes as it is: its parts are not per value.
    const whole = 'updates' in req || 'criteria' in req || 'mutatedParts' in req;
    if (count === 0 || whole || (req.type !== 'put' && req.type !== 'add' && req.type !== 'delete')) return this.mutate(table, req);
    const merged: DBCoreMutateResponse = { numFailures: 0, failures: {}, results: [], lastResult: undefined };
    let allResults = true;
    const indexes = Array.from({ length: count }, (_, i) => i);
    await slicer(indexes, async (slice) => {
      const from = slice[0]!;
      const to = from + slice.length;
      const part: Mutation =
        req.type === 'delete'
          ? { ...req, keys: req.keys.slice(from, to) }
          : { ...req, values: req.values.slice(from, to), ...(req.keys ? { keys: req.keys.slice(from, to) } : {}) };
      const res = await this.mutate(table, part);
      merged.numFailures += res.numFailures;
      for (const [at, failure] of Object.entries(res.failures)) merged.failures[from + Number(at)] = failure;
      if (res.results) merged.results!.push(...res.results);
      else allResults = false;
      merged.lastResult = res.lastResult;
    });
    if (!allResults) delete merged.results;
    return merged;
  }

  async getMany<T>(table: string, keys: readonly unknown[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    return (await this.run(() => this.down.table(table).getMany({ trans: this.trans, keys: [...keys] }))) as (T | undefined)[];
  }

  /** Records whose index `keyPath` equals `key`. */
  async byIndex<T>(table: string, keyPath: string, key: unknown): Promise<T[]> {
    const core = this.down.table(table);
    const index = core.schema.getIndexByKeyPath(keyPath);
    if (!index) throw new Error(`no index ${keyPath} on ${table}`);
    const { result } = await this.run(() => core.query({ trans: this.trans, values: true, query: { index, range: equalRange(key) } }));
    return result as T[];
  }

  /** Records whose index `keyPath` is between `lower` and `upper` (both included), at most `limit`, in index order. */
  async byIndexBetween<T>(table: string, keyPath: string, lower: unknown, upper: unknown, limit: number): Promise<T[]> {
    const core = this.down.table(table);
    const index = core.schema.getIndexByKeyPath(keyPath);
    if (!index) throw new Error(`no index ${keyPath} on ${table}`);
    const range: DBCoreKeyRange = { type: RANGE, lower, upper, lowerOpen: false, upperOpen: false };
    const { result } = await this.run(() => core.query({ trans: this.trans, values: true, limit, query: { index, range } }));
    return result as T[];
  }

  /** Every record of a (small) table. */
  async all<T>(table: string): Promise<T[]> {
    const core = this.down.table(table);
    const { result } = await this.run(() => core.query({ trans: this.trans, values: true, query: { index: core.schema.primaryKey, range: fullRange } }));
    return result as T[];
  }

  /** Primary keys in a range of the primary key. */
  async keysIn(table: string, range: DBCoreKeyRange): Promise<unknown[]> {
    const core = this.down.table(table);
    const { result } = await this.run(() => core.query({ trans: this.trans, values: false, query: { index: core.schema.primaryKey, range } }));
    return result;
  }

  async put(table: string, values: readonly unknown[]): Promise<void> {
    if (values.length === 0) return;
    const res = await this.mutate(table, { type: 'put', values });
    if (res.numFailures) throw Object.values(res.failures)[0];
  }

  /** `slicer`: a long write's (mutateInSlices). */
  async add(table: string, values: readonly unknown[], slicer?: Slicer): Promise<void> {
    if (values.length === 0) return;
    const res = await this.mutateInSlices(table, { type: 'add', values }, slicer);
    if (res.numFailures) throw Object.values(res.failures)[0];
  }

  async delete(table: string, keys: readonly unknown[]): Promise<void> {
    if (keys.length === 0) return;
    await this.mutate(table, { type: 'delete', keys: [...keys] });
  }
}

/** Whether the open database has a table (an older version being upgraded may not). */
export function hasTable(core: DBCore, name: string): boolean {
  return core.schema.tables.some((t) => t.name === name);
}
