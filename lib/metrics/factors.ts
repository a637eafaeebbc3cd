import { histogramMedian, sumDays, type DailyTotals } from './daily-totals';
import type { VelocityFactors } from './velocity';

/**
 * The four velocity factors for a window of days, from the kept per-day totals.
 * Won deals in another currency than the rep's, with no rate to convert them, are
 * left out of the average value and listed, never summed silently.
 */

export type Scope = 'qualified' | 'all';
export type CycleMethod = 'mean' | 'median';

export type FactorSettings = { currency: string; scope: Scope; cycle: CycleMethod };

/** Local day numbers, both inclusive. */
export type DayRange = { from: number; to: number };

export type FactorResult = VelocityFactors & {
  won: number;
  lost: number;
  /** Won deals with a value in the rep's currency: what the average value is over. */
  valued: number;
  /** Won deals left out of the average value because their currency is not the rep's. */
  otherCurrencies: Record<string, number>;
};

/** Open leads (of the scope) at the end of a day: everything entered up to it, less everything closed. */
export function opportunitiesAt(days: DailyTotals, day: number, scope: Scope): number {
  const upTo = sumDays(days, Number.MIN_SAFE_INTEGER, day);
  return Math.max(0, (scope === 'all' ? upTo.entered : upTo.qualified) - upTo.won - upTo.lost);
}

/**
 * The mean cycle, to the minute but at least a day, as the median counts a part day: a window
 * whose only win came minutes after the capture would otherwise divide velocity by minutes
 * (millions per day). 0 stays 0: deals saved already won have no cycle to measure.
 */
const meanCycle = (days: number) => (days > 0 ? Math.max(1, days) : days);

export function windowFactors(days: DailyTotals, range: DayRange, settings: FactorSettings): FactorResult {
  const sum = sumDays(days, range.from, range.to);
  let value = 0;
  let valued = 0;
  const otherCurrencies: Record<string, number> = {};
  for (const [currency, n] of Object.entries(sum.wonCount)) {
    if (currency === '' || currency === settings.currency) {
      valued += n;
      value += sum.wonValue[currency] ?? 0;
    } else otherCurrencies[currency] = n;
  }
  const closed = sum.won + sum.lost;
  return {
    opportunities: opportunitiesAt(days, range.to, settings.scope),
    averageWonValue: valued ? value / valued : undefined,
    winRate: closed ? sum.won / closed : undefined,
    averageCycleDays: sum.won === 0 ? undefined : settings.cycle === 'median' ? histogramMedian(sum.cycleDays) : meanCycle(sum.cycleSum / sum.won),
    won: sum.won,
    lost: sum.lost,
    valued,
    otherCurrencies,
  };
}
