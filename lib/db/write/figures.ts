import type { Activity, Lead } from '../../schema/records';
import { addLead, addMeasures, FIGURE_LEAD_FIELDS } from '../../metrics/figures/contributions';
import { sameValue } from './change-log';
import { affectsMeasures, type Touch } from '../../metrics/response-times';
import { applyDelta, emptyDelta, isEmptyDelta, mergeDelta, pruneDelta, touchedKeys, type FigureDelta } from '../../metrics/figures/delta';
import { figuresUsable, TotalsFiguresSchema, type DayFigures, type ResponseFigures, type StageFigures } from '../../metrics/figures/schema';
import type { TxCore } from './core';

/**
 * The kept figures' side of a write: the delta of the records it changed, and
 * where the delta goes (the figure rows, in the same transaction; or, for a long
 * write, a pending row folded in right after it commits).
 */

type Pair<T> = { before?: T; after?: T };

/**
 * The delta of leads written: each lead's part after, less its part before; and, where
 * a lead appears, disappears or changes its creation time, its response times (its
 * touches read from the index: a lead's own summary of them may lag, after a merge).
 */
export async function leadsDelta(core: TxCore, pairs: readonly Pair<Lead>[]): Promise<FigureDelta> {
  const delta = emptyDelta();
  const needTouches: Pair<Lead>[] = [];
  for (const pair of pairs) {
    // Its part before and after are the same (a rescore moves only scores): nothing to add or take away.
    if (pair.before && pair.after && sameFigureFields(pair.before, pair.after)) continue;
    if (pair.before) addLead(delta, pair.before, -1);
    if (pair.after) addLead(delta, pair.after, 1);
    if (pair.before?.createdAt !== pair.after?.createdAt) needTouches.push(pair);
  }
  const touches = await Promise.all(needTouches.map(({ before, after }) => core.byIndex<Activity>('activities', 'leadId', (before ?? after)!.id)));
  needTouches.forEach(({ before, after }, i) => {
    if (before) addMeasures(delta, before.createdAt, touches[i]!, -1);
    if (after) addMeasures(delta, after.createdAt, touches[i]!, 1);
  });
  return pruneDelta(delta);
}

function sameFigureFields(before: Lead, after: Lead): boolean {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  return FIGURE_LEAD_FIELDS.every((field) => sameValue(b[field], a[field]));
}

/** The leads whose response times a write of these activities may move (signals never do). */
export function leadsOfTouches(pairs: readonly Pair<Activity>[]): string[] {
  const ids = new Set<string>();
  for (const { before, after } of pairs) {
    if (before && affectsMeasures(before.kind)) ids.add(before.leadId);
    if (after && affectsMeasures(after.kind)) ids.add(after.leadId);
  }
  return [...ids];
}

/** Touches of leads, read before a write (so the write's effect can be worked out in memory). */
export async function touchesOf(core: TxCore, leadIds: readonly string[]): Promise<Map<string, Activity[]>> {
  const lists = await Promise.all(leadIds.map((id) => core.byIndex<Activity>('activities', 'leadId', id)));
  return new Map(leadIds.map((id, i) => [id, lists[i]!]));
}

/** The response-time delta of an activity write: each touched lead's measures with its touches after, less before. */
export async function touchesDelta(core: TxCore, before: Map<string, Activity[]>, pairs: readonly Pair<Activity>[]): Promise<FigureDelta> {
  const delta = emptyDelta();
  if (before.size === 0) return delta;
  const ids = [...before.keys()];
  const leads = await core.getMany<Lead>('leads', ids);
  const removed = new Set<string>();
  const added = new Map<string, Activity[]>();
  for (const { before: b, after: a } of pairs) {
    if (b) removed.add(b.id);
    if (a) (added.get(a.leadId) ?? added.set(a.leadId, []).get(a.leadId)!).push(a);
  }
  ids.forEach((id, i) => {
    const lead = leads[i];
    // A lead that does not exist has no measures (its touches count once it is written).
    if (!lead) return;
    const old: Touch[] = before.get(id) ?? [];
    const next = [...(before.get(id) ?? []).filter((t) => !removed.has(t.id)), ...(added.get(id) ?? [])];
    addMeasures(delta, lead.createdAt, old, -1);
    addMeasures(delta, lead.createdAt, next, 1);
  });
  return pruneDelta(delta);
}

/** Add a delta to the figure rows, in the write's transaction (which holds the figure tables). Until figures are built, deltas are dropped: the rebuild counts everything. */
export async function applyToRows(core: TxCore, delta: FigureDelta, now: number): Promise<void> {
  if (isEmptyDelta(delta)) return;
  const [row] = await core.getMany<unknown>('figures', ['totals']);
  const totals = TotalsFiguresSchema.safeParse(row);
  if (!totals.success || !figuresUsable(totals.data)) return;
  const keys = touchedKeys(delta);
  const [stages, days, response] = await Promise.all([
    core.getMany<StageFigures>('stageFigures', keys.stages),
    core.getMany<DayFigures>('dailyFigures', keys.days),
    core.getMany<ResponseFigures>('responseFigures', keys.response),
  ]);
  const { totals: nextTotals, put, remove } = applyDelta({ totals: totals.data, stages, days, response }, delta, now);
  await Promise.all([
    core.put('figures', [nextTotals]),
    core.put('stageFigures', put.stages),
    core.put('dailyFigures', put.days),
    core.put('responseFigures', put.response),
    core.delete('stageFigures', remove.stages),
    core.delete('dailyFigures', remove.days),
    core.delete('responseFigures', remove.response),
  ]);
}

/** A long write's delta, kept until it is folded in (after the write commits). Says whether there was one. */
export async function addPending(core: TxCore, delta: FigureDelta, now: number): Promise<boolean> {
  if (isEmptyDelta(delta)) return false;
  await core.add('pendingFigures', [{ delta, at: now }]);
  return true;
}

/** Merge pending deltas (as stored: anything that is not a delta is skipped). */
export function mergePending(rows: readonly { delta?: unknown }[]): FigureDelta {
  const merged = emptyDelta();
  for (const row of rows) {
    const d = row.delta as Partial<FigureDelta> | undefined;
    if (d && typeof d === 'object') mergeDelta(merged, { ...emptyDelta(), ...d });
  }
  return merged;
}
