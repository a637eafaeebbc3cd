import { TOUCH_KINDS } from '../../pipeline/touches';
import type { Lead } from '../../schema/records';
import { businessDuration, isRateMeasure, leadMeasures, type Touch } from '../response-times';
import { cycleWholeDays, dayNumber } from '../daily-totals';
import { bump, type FigureDelta } from './delta';
import { bucketOf } from './histogram';

/**
 * What one lead, and one lead's touches, add to the kept figures. Pure: the
 * figures of a set of leads are the sum of these, and a write's delta is
 * "after" added and "before" taken away.
 */

/**
 * What the figures read of a lead (addLead sees nothing else: its argument's type is
 * picked from this list). A write that changes none of these, such as a rescore that
 * moves only scores, moves no figure (the write layer skips such leads).
 */
export const FIGURE_LEAD_FIELDS = [
  'stageId',
  'stageChangedAt',
  'createdAt',
  'dealValue',
  'currency',
  'reactivations',
  'referredBy',
  'email',
  'title',
  'companyName',
  'nextStep',
  'activitySummary',
  'reached',
] as const;
export type FigureLead = Pick<Lead, Exclude<(typeof FIGURE_LEAD_FIELDS)[number], 'reached'>> & { reached?: readonly string[] };

const OUTBOUND = new Set<string>(TOUCH_KINDS.filter(([, direction]) => direction === 'outbound').map(([kind]) => kind));
const MINUTE = 60_000;

/** The funnel key of a lead: the stages it has been in (sorted) and the one it is in. */
export function pathKey(lead: Pick<FigureLead, 'stageId' | 'reached'>): string {
  const reached = [...new Set([...(lead.reached ?? []), lead.stageId])].sort();
  return JSON.stringify([reached, lead.stageId]);
}

export function parsePathKey(key: string): { reached: string[]; stageId: string } | undefined {
  try {
    const [reached, stageId] = JSON.parse(key) as [unknown, unknown];
    if (Array.isArray(reached) && reached.every((s) => typeof s === 'string') && typeof stageId === 'string') return { reached, stageId };
  } catch {
    // a key this version did not write: ignored
  }
  return undefined;
}

/** Minutes since its local midnight (whole numbers keep every sum exact). */
function minuteOfDay(ms: number): number {
  const d = new Date(ms);
  return Math.round((ms - new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()) / MINUTE);
}

/** A won deal's cycle, creation to its last stage change, in whole minutes (never negative). */
export function cycleMinutes(lead: Pick<FigureLead, 'createdAt' | 'stageChangedAt'>): number {
  return Math.round(Math.max(0, lead.stageChangedAt - lead.createdAt) / MINUTE);
}

/** Add (sign 1) or take away (sign −1) one lead's part of the figures. */
export function addLead(delta: FigureDelta, lead: FigureLead, sign: 1 | -1): void {
  const stage = lead.stageId;
  const currency = lead.currency ?? '';
  const value = lead.dealValue;
  const { totals } = delta;
  bump(totals, ['leads'], sign);
  if (lead.email) bump(totals, ['complete', 'email'], sign);
  if (lead.title) bump(totals, ['complete', 'title'], sign);
  if (lead.companyName) bump(totals, ['complete', 'company'], sign);
  if (value !== undefined) bump(totals, ['complete', 'dealValue'], sign);
  // By stage: the dashboard's share counts open leads only (read.ts).
  if (lead.nextStep?.text) bump(totals, ['next', stage], sign);
  if (lead.reactivations > 0) bump(totals, ['rescued', stage], sign);
  if (lead.referredBy) {
    bump(totals, ['referred', stage, 'n'], sign);
    if (value !== undefined) bump(totals, ['referred', stage, 'v', currency], sign * value);
  }
  bump(totals, ['paths', pathKey(lead)], sign);

  const stageRow = (delta.stages[stage] ??= {});
  bump(stageRow, ['n'], sign);
  if (value !== undefined) bump(stageRow, ['v', currency], sign * value);

  const created = (delta.days[dayNumber(lead.createdAt)] ??= {});
  bump(created, ['created', stage], sign);
  if (value !== undefined) {
    bump(created, ['open', stage, currency, 'v'], sign * value);
    bump(created, ['open', stage, currency, 'f'], sign * value * minuteOfDay(lead.createdAt));
    bump(created, ['open', stage, currency, 'n'], sign);
  }

  const settledDay = (delta.days[dayNumber(Math.max(lead.stageChangedAt, lead.createdAt))] ??= {});
  const cycle = cycleMinutes(lead);
  bump(settledDay, ['settled', stage, 'n'], sign);
  if (value !== undefined) {
    bump(settledDay, ['settled', stage, 'v', currency], sign * value);
    bump(settledDay, ['settled', stage, 'c', currency], sign);
  }
  bump(settledDay, ['settled', stage, 'cycle'], sign * cycle);
  bump(settledDay, ['settled', stage, 'cd', String(cycleWholeDays(lead))], sign);
  // The touches it took to get here: those up to the last stage change (for a won deal, the win; a call after it is not one that won it).
  let touches = 0;
  for (const [kind, times] of Object.entries(lead.activitySummary ?? {})) if (OUTBOUND.has(kind)) touches += times?.filter((at) => at <= lead.stageChangedAt).length ?? 0;
  bump(settledDay, ['settled', stage, 'touches'], sign * touches);
}

/** Add or take away the response-time measures of one lead with these touches. */
export function addMeasures(delta: FigureDelta, createdAt: number, touches: readonly Touch[], sign: 1 | -1): void {
  for (const measure of leadMeasures(createdAt, touches)) {
    const row = (delta.response[dayNumber(measure.start)] ??= {});
    const key = measure.key;
    if (isRateMeasure(key)) bump(row, ['m', key, 'n'], sign);
    if (measure.end === undefined) continue;
    if (isRateMeasure(key)) bump(row, ['m', key, 'a'], sign);
    bump(row, ['m', key, 'h', String(bucketOf(measure.end - measure.start))], sign);
    bump(row, ['m', key, 'b', String(bucketOf(businessDuration(measure.start, measure.end)))], sign);
  }
}

/** The figures of a set of leads and their touches, from scratch: what the kept rows must always equal. */
export function figuresOf(leads: Iterable<FigureLead & { id: string }>, touchesOf: (leadId: string) => readonly Touch[]): FigureDelta {
  const delta: FigureDelta = { totals: {}, stages: {}, days: {}, response: {} };
  for (const lead of leads) {
    addLead(delta, lead, 1);
    addMeasures(delta, lead.createdAt, touchesOf(lead.id), 1);
  }
  return delta;
}
