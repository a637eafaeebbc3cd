// Zod's small build: the popup counts velocity from these before it draws.
import * as z from 'zod/mini';
import type { PipelineSettings, StageKind } from '../pipeline/schema';
import type { Lead } from '../schema/records';

/**
 * Per-day totals that let the popup compute velocity for any window (and the
 * twelve before it) without reading a single lead.
 *
 * Each lead contributes, from its current record only:
 * - `entered` +1 on the day it was created (it is an open lead from then on);
 * - `qualified` +1 on that day too when it is now past the first ("new") stage;
 * - when it is now won or lost: `won` or `lost` +1 on the day it closed (it left
 *   the open leads then), and a won deal adds its value (per currency) and its
 *   cycle (creation to win, in days) to that day.
 * So the open leads at the end of any day are the sum of entered − won − lost up
 * to it, and every figure equals a recomputation from the leads as they are now:
 * a deal reopened after a win no longer counts as won, and a deleted lead leaves
 * every window. Past counts for "qualified only" take a lead as qualified from its
 * creation (when it left "new" is not kept on the lead).
 */

const count = z.int().check(z.minimum(0));
export const DayTotalsSchema = z.object({
  entered: z.optional(count),
  qualified: z.optional(count),
  won: z.optional(count),
  lost: z.optional(count),
  /** Won value per currency ('' is the rep's currency, for deals that name none). */
  wonValue: z.optional(z.record(z.string(), z.number())),
  wonCount: z.optional(z.record(z.string(), count)),
  /** Sum of won deals' cycles in days (for the mean) and how many won in each whole number of days (for the median: cycleWholeDays). */
  cycleSum: z.optional(z.number().check(z.minimum(0))),
  cycleDays: z.optional(z.record(z.string().check(z.regex(/^\d{1,6}$/)), count)),
});
export type DayTotals = z.infer<typeof DayTotalsSchema>;
/** Keyed by local calendar day number (days since 1970-01-01 in the rep's calendar). */
export type DailyTotals = Record<string, DayTotals>;

const DAY = 86_400_000;

/** The local calendar day of a time, as a day number; stable across DST changes. */
export function dayNumber(ms: number): number {
  const d = new Date(ms);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
}

export type Counted = Pick<Lead, 'stageId' | 'stageChangedAt' | 'createdAt' | 'dealValue' | 'currency'>;
export type KindOf = (stageId: string) => StageKind;

/** Stage kinds by id; a stage that no longer exists counts as open. */
export function kindsOf(pipeline: PipelineSettings): KindOf {
  const kinds = new Map(pipeline.stages.map((s) => [s.id, s.kind]));
  return (id) => kinds.get(id) ?? 'open';
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

function bump(record: Record<string, number> | undefined, key: string, by: number, places = 0): Record<string, number> | undefined {
  const next = { ...record };
  const value = round((next[key] ?? 0) + by, places);
  if (value === 0) delete next[key];
  else next[key] = value;
  return Object.keys(next).length ? next : undefined;
}

function edit(days: DailyTotals, day: number, change: (t: DayTotals) => DayTotals): void {
  const next = change({ ...days[day] });
  const cleaned = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined && v !== 0)) as DayTotals;
  if (Object.keys(cleaned).length) days[day] = cleaned;
  else delete days[day];
}

const plus = (n: number | undefined, by: number) => Math.max(0, (n ?? 0) + by);

/** Cycle of a won deal in days, never negative. */
export function cycleDays(lead: Pick<Counted, 'createdAt' | 'stageChangedAt'>): number {
  return Math.max(0, lead.stageChangedAt - lead.createdAt) / DAY;
}

/** Minutes since local midnight by the wall clock (10:00 is 600 on a day the clocks change, too). */
function wallMinute(ms: number): number {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes() + (d.getSeconds() * 1000 + d.getMilliseconds()) / 60_000;
}

/**
 * A won deal's cycle in whole days, for the median: counted on the local calendar and
 * clock (1 March 10:00 to 29 March 10:00 is 28 days, though a clock change makes it 671
 * hours), a part day counting as a day, and at least one (a deal won the day it came in
 * took a day, not none: a cycle of 0 would leave velocity unknown).
 */
export function cycleWholeDays(lead: Pick<Counted, 'createdAt' | 'stageChangedAt'>): number {
  const end = Math.max(lead.stageChangedAt, lead.createdAt);
  const minutes = Math.round((dayNumber(end) - dayNumber(lead.createdAt)) * 1_440 + wallMinute(end) - wallMinute(lead.createdAt));
  return Math.max(1, Math.ceil(minutes / 1_440));
}

/** Add (sign 1) or take away (sign −1) one lead's contribution. Mutates `days`. */
export function contribute(days: DailyTotals, lead: Counted, kindOf: KindOf, sign: 1 | -1): void {
  const kind = kindOf(lead.stageId);
  edit(days, dayNumber(lead.createdAt), (t) => ({ ...t, entered: plus(t.entered, sign), qualified: kind === 'new' ? t.qualified : plus(t.qualified, sign) }));
  if (kind !== 'won' && kind !== 'lost') return;
  const closed = dayNumber(Math.max(lead.stageChangedAt, lead.createdAt));
  if (kind === 'lost') {
    edit(days, closed, (t) => ({ ...t, lost: plus(t.lost, sign) }));
    return;
  }
  const cycle = cycleDays(lead);
  const currency = lead.currency ?? '';
  edit(days, closed, (t) => ({
    ...t,
    won: plus(t.won, sign),
    ...(lead.dealValue !== undefined
      ? { wonValue: bump(t.wonValue, currency, sign * lead.dealValue, 2), wonCount: bump(t.wonCount, currency, sign) }
      : {}),
    cycleSum: Math.max(0, round((t.cycleSum ?? 0) + sign * cycle, 6)),
    cycleDays: bump(t.cycleDays, String(cycleWholeDays(lead)), sign),
  }));
}

/** The totals of a set of leads, from scratch (what the kept totals must always equal). */
export function dailyTotalsOf(leads: Iterable<Counted>, kindOf: KindOf): DailyTotals {
  const days: DailyTotals = {};
  for (const lead of leads) contribute(days, lead, kindOf, 1);
  return days;
}

/** Everything summed over a range of days, inclusive. */
export type RangeTotals = {
  entered: number;
  qualified: number;
  won: number;
  lost: number;
  wonValue: Record<string, number>;
  wonCount: Record<string, number>;
  cycleSum: number;
  cycleDays: Record<string, number>;
};

/** The days in order, once per totals object (a velocity report and its trend sum ranges of it dozens of times). */
const sortedDays = new WeakMap<DailyTotals, [number, DayTotals][]>();
function inOrder(days: DailyTotals): [number, DayTotals][] {
  let sorted = sortedDays.get(days);
  if (!sorted) {
    sorted = Object.entries(days)
      .map(([key, t]) => [Number(key), t] as [number, DayTotals])
      .sort((a, b) => a[0] - b[0]);
    sortedDays.set(days, sorted);
  }
  return sorted;
}

export function sumDays(days: DailyTotals, from: number, to: number): RangeTotals {
  const sum: RangeTotals = { entered: 0, qualified: 0, won: 0, lost: 0, wonValue: {}, wonCount: {}, cycleSum: 0, cycleDays: {} };
  for (const [day, t] of inOrder(days)) {
    if (day < from) continue;
    if (day > to) break;
    sum.entered += t.entered ?? 0;
    sum.qualified += t.qualified ?? 0;
    sum.won += t.won ?? 0;
    sum.lost += t.lost ?? 0;
    sum.cycleSum += t.cycleSum ?? 0;
    for (const [c, v] of Object.entries(t.wonValue ?? {})) sum.wonValue[c] = round((sum.wonValue[c] ?? 0) + v, 2);
    for (const [c, n] of Object.entries(t.wonCount ?? {})) sum.wonCount[c] = (sum.wonCount[c] ?? 0) + n;
    for (const [d, n] of Object.entries(t.cycleDays ?? {})) sum.cycleDays[d] = (sum.cycleDays[d] ?? 0) + n;
  }
  return sum;
}

/** Median of a histogram of whole days (the mean of the two middle values when even); undefined when empty. */
export function histogramMedian(hist: Record<string, number>): number | undefined {
  const entries = Object.entries(hist)
    .map(([d, n]) => [Number(d), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return undefined;
  const at = (index: number) => {
    let seen = 0;
    for (const [d, n] of entries) {
      seen += n;
      if (index < seen) return d;
    }
    return entries[entries.length - 1]![0];
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
