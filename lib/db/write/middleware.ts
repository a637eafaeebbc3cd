import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { derivedLeadKeys, KEY_FIELDS } from '../../leads/keys';
import type { Activity, Lead } from '../../schema/records';
import type { StageChange } from '../../pipeline/schema';
import { withRemindAt } from '../../sequences/reminders';
import type { Enrolment } from '../../sequences/schema';
import type { FigureDelta } from '../../metrics/figures/delta';
import { changedFields, sameValue, type ChangeEntry } from './change-log';
import { currentZone, hasTable, TxCore } from './core';
import { afterActivity, afterLead, afterStageChange, completeStepOf, effectsIo, EnrolmentWrites, prefetchLeadEffects } from './effects';
import { addPending, applyToRows, leadsDelta, leadsOfTouches, touchesDelta, touchesOf } from './figures';
import { openState, serialize, slicerOf, stateOf, type Origin, type TxState } from './state';
import { isTracked, layerScope, type TrackedTable } from './tables';

/**
 * The write layer, as a Dexie DBCore middleware: every mutation of a tracked
 * table (leads, activities, stageHistory, enrolments, companies), whatever API
 * made it (put, bulkAdd, a collection's modify or delete, clear), passes here.
 * In the same transaction it
 * - keeps the derived figures (or, in a long write, queues them: see commit.ts);
 * - applies sequence effects (effects.ts);
 * - records each first crossing into SQL in `crossings`, which the background
 *   notifies once each;
 * - appends one change-log entry per changed record.
 * Callers never do any of this by hand. Upgrades (versionchange transactions)
 * pass through untouched: migrations are frozen snapshots (lib/db/migrations).
 */

type Op = { key: string; before?: Record<string, unknown>; after?: Record<string, unknown> };

const asKey = (key: unknown) => String(key);

export function writeLayer(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'write-layer',
    create(down) {
      const ready = hasTable(down, 'changes');
      return {
        ...down,
        transaction(stores, mode, options) {
          if (!ready || mode !== 'readwrite' || !stores.some(isTracked)) return down.transaction(stores, mode, options);
          // A long write (commit.ts) asks for pendingFigures instead of the figure tables.
          const deferred = stores.includes('pendingFigures');
          // commit() computed its scope already (it knows what is only read); anything else gets the layer's tables.
          const scope = currentZone().writeLayerScope ? stores : [...new Set([...stores, ...layerScope(stores, deferred)])];
          const trans = down.transaction(scope, mode, options);
          openState(trans, deferred);
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (!ready || !isTracked(name)) return table;
          return {
            ...table,
            mutate(req) {
              const state = stateOf(req.trans);
              // Upgrades and anything not opened through the layer's transaction pass through.
              if (!state) return table.mutate(req);
              const core = new TxCore(down, req.trans, currentZone());
              return serialize(state, () => mutateTracked(core, state, name, req));
            },
          };
        },
      };
    },
  };
}

/** Turn a range delete into a delete of the keys in it (the layer needs each record before it goes). */
async function normalise(core: TxCore, name: string, req: DBCoreMutateRequest): Promise<Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>> {
  if (req.type !== 'deleteRange') return req;
  return { type: 'delete', trans: req.trans, keys: await core.keysIn(name, req.range) };
}

async function mutateTracked(
  core: TxCore,
  state: TxState,
  name: TrackedTable,
  raw: DBCoreMutateRequest,
  origin: Origin = state.options.origin,
  /** The records as they are before the write, when the caller read them already (the effects' enrolments). */
  known?: readonly (Record<string, unknown> | undefined)[],
): Promise<DBCoreMutateResponse> {
  const req = await normalise(core, name, raw);
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => core.primaryKeyOf(name, v)));
  const before = req.type === 'add' ? keys.map(() => undefined) : (known ? [...known] : await beforeValues(core, state, name, req, keys));
  const now = state.options.now ?? Date.now();
  const effects = state.options.effects !== false;
  const io = effectsIo(core, now, state.options.newId ?? (() => crypto.randomUUID()), state.enrolledHere);
  const enrolments = new EnrolmentWrites();

  // Before the write: what the layer keeps on the records themselves.
  let values = req.type === 'delete' ? undefined : [...req.values];
  if (values && name === 'leads') values = values.map((v, i) => withKeys(withReached(v as Lead, before[i] as Lead | undefined), before[i] as Lead | undefined));
  // An enrolment is in the reminders index (`remindAt`) exactly while its step's reminder is still to be sent.
  if (values && name === 'enrolments') values = values.map((v) => withRemindAt(v as Enrolment));
  if (values && name === 'activities' && effects) {
    for (let i = 0; i < values.length; i++) if (!before[i]) values[i] = await completeStepOf(io, enrolments, values[i] as Activity);
  }
  // Response times: the touches of the leads an activity write concerns, as they are before it.
  const pairsOf = (list: readonly unknown[] | undefined) => keys.map((_, i) => ({ before: before[i], after: list?.[i] }));
  const touchLeads = name === 'activities' ? leadsOfTouches(pairsOf(values) as { before?: Activity; after?: Activity }[]) : [];
  const touchesBefore = touchLeads.length ? await touchesOf(core, touchLeads) : new Map<string, Activity[]>();

  const { trans: _trans, ...request } = values && req.type !== 'delete' ? { ...req, values } : req;
  // A long write's records go a slice at a time (slices.ts): other pages' reads are served between them.
  const res = await core.mutateInSlices(name, request, slicerOf(state, name));

  // The operations that happened and changed something.
  const ops: Op[] = [];
  keys.forEach((key, i) => {
    if (res.failures[i]) return;
    const after = values?.[i] as Record<string, unknown> | undefined;
    const prior = before[i];
    if (after && prior && sameValue(prior, after)) return;
    if (!after && !prior) return;
    ops.push({ key: asKey(key), before: prior, after });
  });
  if (ops.length === 0) return res;

  // Sequence effects of the records written.
  if (effects) {
    if (name === 'leads') await prefetchLeadEffects(io, ops.flatMap((op) => (op.after ? [{ before: op.before as Lead | undefined, after: op.after as Lead }] : [])));
    for (const op of ops) {
      if (name === 'leads' && op.after) await afterLead(io, enrolments, op.before as Lead | undefined, op.after as Lead);
      if (name === 'activities' && op.after && !op.before) await afterActivity(io, enrolments, op.after as Activity);
      if (name === 'stageHistory' && op.after && !op.before) await afterStageChange(io, enrolments, op.after as StageChange);
    }
  }

  // Figures.
  let delta: FigureDelta | undefined;
  if (name === 'leads') delta = await leadsDelta(core, ops as { before?: Lead; after?: Lead }[]);
  if (name === 'activities') delta = await touchesDelta(core, touchesBefore, ops as { before?: Activity; after?: Activity }[]);
  if (delta) {
    if (!state.deferred) await applyToRows(core, delta, now);
    else if (await addPending(core, delta, now)) state.pending = true;
  }

  // SQL crossings: the first time a lead is sales-qualified, whatever wrote it. A lead put back
  // as it was (a restore's new records, the demo, an undo: effects off) was qualified before, not now.
  if (name === 'leads') {
    const crossed = ops.filter((op) => op.after?.sqlAt !== undefined && op.before?.sqlAt === undefined && (op.before !== undefined || effects));
    await core.add(
      'crossings',
      crossed.map((op) => ({ leadId: op.key, at: now, origin })),
    );
    state.crossings += crossed.length;
  }

  // The change log, in the order the records were written.
  await core.add(
    'changes',
    ops.map((op) => entryOf(name, op, now, origin)),
    slicerOf(state, 'changes'),
  );

  // Enrolments the effects changed: written through the layer as the extension's own changes.
  const written = enrolments.list();
  if (written.length) {
    const stored = (await enrolments.before(io)) as (Record<string, unknown> | undefined)[];
    await mutateTracked(core, state, 'enrolments', { type: 'put', trans: core.trans, values: written satisfies Enrolment[] }, 'extension', stored);
  }
  return res;
}

/** The records as they are before the write: those the writer already read in this transaction, the rest read now. */
async function beforeValues(core: TxCore, state: TxState, name: string, req: DBCoreMutateRequest, keys: unknown[]): Promise<(Record<string, unknown> | undefined)[]> {
  const known = req.type === 'put' ? req.values.map((v) => (typeof v === 'object' && v ? state.known.get(v) : undefined)) : [];
  const missing = keys.filter((_, i) => !known[i]);
  if (missing.length === 0) return known;
  const read = await core.getMany<Record<string, unknown>>(name, missing);
  let next = 0;
  return keys.map((_, i) => known[i] ?? read[next++]);
}

/** A lead remembers every stage it has been in (the funnel is kept from it). */
function withReached(lead: Lead, before: Lead | undefined): Lead {
  const base = lead.reached ?? before?.reached ?? [];
  if (base.includes(lead.stageId) && lead.reached !== undefined) return lead;
  return { ...lead, reached: [...new Set([...base, lead.stageId])].slice(-30) };
}

/**
 * A lead's duplicate key and search words, made from its fields on every write: a restored
 * file, an import or a hand-made record cannot store keys that miss its fields (search would
 * not find it, a duplicate would not fold). An erased lead keeps the empty ones its erase set.
 * A write that changed none of the fields nor the keys (a rescore) skips the work.
 */
function withKeys(lead: Lead, before: Lead | undefined): Lead {
  if (lead.erasedAt !== undefined) return lead;
  if (before && before.words === lead.words && before.nameKey === lead.nameKey && KEY_FIELDS.every((field) => before[field] === lead[field])) return lead;
  const keys = derivedLeadKeys(lead);
  if (keys.nameKey === lead.nameKey && sameValue(keys.words, lead.words)) return lead;
  const next: Lead = { ...lead, words: keys.words, nameKey: keys.nameKey };
  if (keys.nameKey === undefined) delete next.nameKey;
  return next;
}

function entryOf(table: TrackedTable, op: Op, at: number, origin: ChangeEntry['origin']): Omit<ChangeEntry, 'seq'> {
  if (!op.before) return { table, key: op.key, kind: 'create', at, origin };
  if (!op.after) return { table, key: op.key, kind: 'delete', at, origin };
  return { table, key: op.key, kind: 'update', at, origin, fields: changedFields(op.before, op.after).slice(0, 200) };
}
