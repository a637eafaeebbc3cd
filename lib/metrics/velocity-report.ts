import { windowFactors, type DayRange, type FactorResult, type FactorSettings } from './factors';
import type { DailyTotals } from './daily-totals';
import { decompose, velocity, type Lever, type Velocity } from './velocity';

/**
 * What the popup shows about velocity, for a window of N days ending today: the
 * factors and velocity now, the same for the N days before, the change between
 * them split into the four levers, and velocity over the last twelve windows.
 */

export const WINDOWS = [30, 90, 365] as const;
export type WindowDays = (typeof WINDOWS)[number];
export const TREND_WINDOWS = 12;

export type WindowFigures = { range: DayRange; factors: FactorResult; velocity: Velocity };

export type Change =
  | { ok: true; ratio: number; shares: Record<Lever, number> | undefined; logs: Record<Lever, number>; biggest: Lever }
  /** 'from-zero': the window before had a velocity of 0 (deals closed, none won), so there is no ratio to tell. */
  | { ok: false; reason: 'no-previous' | 'no-current' | 'from-zero' };

export type VelocityReport = { current: WindowFigures; previous: WindowFigures; change: Change };

/** The k-th window back (0 is the one ending today), as local day numbers. */
export function windowRange(today: number, days: number, back = 0): DayRange {
  const to = today - back * days;
  return { from: to - days + 1, to };
}

function figures(days: DailyTotals, range: DayRange, settings: FactorSettings): WindowFigures {
  const factors = windowFactors(days, range, settings);
  return { range, factors, velocity: velocity(factors) };
}

/**
 * Results by totals object and arguments: the popup's card and the dashboard draw the
 * same report and trend from the same read; computing them once saves a pass over every day.
 */
const memo = new WeakMap<DailyTotals, Map<string, unknown>>();
function remembered<T>(days: DailyTotals, key: string, compute: () => T): T {
  let byKey = memo.get(days);
  if (!byKey) memo.set(days, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}
const keyOf = (kind: string, today: number, windowDays: number, s: FactorSettings) => `${kind}|${today}|${windowDays}|${s.currency}|${s.scope}|${s.cycle}`;

export function velocityReport(days: DailyTotals, today: number, windowDays: number, settings: FactorSettings): VelocityReport {
  return remembered(days, keyOf('report', today, windowDays, settings), () => computeReport(days, today, windowDays, settings));
}

function computeReport(days: DailyTotals, today: number, windowDays: number, settings: FactorSettings): VelocityReport {
  const current = figures(days, windowRange(today, windowDays), settings);
  const previous = figures(days, windowRange(today, windowDays, 1), settings);
  let change: Change;
  if (!current.velocity.ok) change = { ok: false, reason: 'no-current' };
  else {
    const split = decompose(previous.factors, current.factors);
    change = split.ok
      ? { ok: true, ratio: split.ratio, shares: split.shares, logs: split.logs, biggest: split.biggest }
      : { ok: false, reason: split.fromZero ? 'from-zero' : 'no-previous' };
  }
  return { current, previous, change };
}

/** Velocity per day over the last twelve windows, oldest first; undefined where it cannot be known. */
export function velocityTrend(days: DailyTotals, today: number, windowDays: number, settings: FactorSettings): { range: DayRange; perDay: number | undefined }[] {
  return remembered(days, keyOf('trend', today, windowDays, settings), () => computeTrend(days, today, windowDays, settings));
}

function computeTrend(days: DailyTotals, today: number, windowDays: number, settings: FactorSettings): { range: DayRange; perDay: number | undefined }[] {
  return Array.from({ length: TREND_WINDOWS }, (_, i) => {
    const range = windowRange(today, windowDays, TREND_WINDOWS - 1 - i);
    const v = velocity(windowFactors(days, range, settings));
    return { range, perDay: v.ok ? v.perDay : undefined };
  });
}
