/**
 * What the write layer knows about one write transaction: who is writing (for
 * the change log), whether effects apply, and whether figures are kept in it or
 * folded in after it (a long write). Keyed by the DBCore transaction object,
 * which Dexie hands to every mutation of the transaction.
 */

import { z } from 'zod';
import { createSlicer, type Slicer } from './slices';

/** Who made a change: the rep, the extension itself (rescore, effects, demo) or an outside system (CRM sync). */
export const OriginSchema = z.enum(['rep', 'extension', 'outside']);
export type Origin = z.infer<typeof OriginSchema>;

export type WriteOptions = {
  origin: Origin;
  /** The write's clock (effects and the change log use it); Date.now() when not given. */
  now?: number;
  /** Ids for records effects create (enrolments); random UUIDs when not given. */
  newId?: () => string;
  /**
   * Sequence effects (a reply, won or lost ends enrolments; a touch completes its step;
   * tag, stage and SQL triggers enrol). Off for writes that put back records as they
   * were (a restore, the demo, an undo), which bring their own enrolments.
   */
  effects?: boolean;
};

export type TxState = {
  /** Figures go to `pendingFigures` and are folded in after the commit. */
  deferred: boolean;
  options: WriteOptions;
  /** Tracked mutations of the transaction run one after another (effects read then write). */
  chain: Promise<unknown>;
  /** SQL crossings recorded in this transaction (the background is told after the commit). */
  crossings: number;
  /** A long write queued figures: they are folded in once it commits. */
  pending: boolean;
  /**
   * Records as the writer read them in this transaction, by the value about to be written
   * over them (a rescore read the leads it writes): the layer need not read them again.
   */
  known: WeakMap<object, Record<string, unknown>>;
  /** A long write's slicers, one per table written (slices.ts): a lead's put and a log entry's add take very different times. */
  slicers?: Map<string, Slicer>;
  /** Enrolments a trigger started in this transaction: a won or lost entry written with the lead ends the others, not these. */
  enrolledHere: Set<string>;
};

const states = new WeakMap<object, TxState>();

/** A write that did not come through `commit` (a test seeding records) states no intent: its records are put as they are, with no effect. */
export const DEFAULT_OPTIONS: WriteOptions = { origin: 'extension', effects: false };

export function openState(trans: object, deferred: boolean): TxState {
  const state: TxState = { deferred, options: DEFAULT_OPTIONS, chain: Promise.resolve(), crossings: 0, pending: false, known: new WeakMap(), enrolledHere: new Set() };
  states.set(trans, state);
  return state;
}

export function stateOf(trans: object): TxState | undefined {
  return states.get(trans);
}

/** The slicer for a long write's writes to `table`; none for a short write (one request each). */
export function slicerOf(state: TxState, table: string): Slicer | undefined {
  if (!state.deferred) return undefined;
  state.slicers ??= new Map();
  let slicer = state.slicers.get(table);
  if (!slicer) state.slicers.set(table, (slicer = createSlicer()));
  return slicer;
}

/** Run the transaction's tracked mutations one at a time, in the order they were asked for. */
export function serialize<T>(state: TxState, run: () => Promise<T>): Promise<T> {
  const next = state.chain.then(run, run);
  state.chain = next.catch(() => undefined);
  return next;
}
