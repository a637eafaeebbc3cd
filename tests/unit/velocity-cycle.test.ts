import { describe, expect, it } from 'vitest';
import { dailyTotalsOf, dayNumber, kindsOf, type Counted } from '../../lib/metrics/daily-totals';
import { windowFactors, type FactorSettings } from '../../lib/metrics/factors';
import { figuresOf, type FigureLead } from '../../lib/metrics/figures/contributions';
import { dailyTotals } from '../../lib/metrics/figures/read';
import { windowRange } from '../../lib/metrics/velocity-report';
import { velocity } from '../../lib/metrics/velocity';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { rowsOfDelta } from './helpers/figures';
import { inTimeZone } from './helpers/time-zone';

/**
 * The sales cycle velocity divides by, as the rep sees it: a deal won the day it came
 * in still has a cycle (velocity is known), and whole days are calendar days, so a
 * clock change inside the cycle does not take a day off it.
 */

inTimeZone('Europe/Warsaw');

const HOUR = 3_600_000;
const median: FactorSettings = { currency: 'PLN', scope: 'qualified', cycle: 'median' };

function figureLead(id: string, stageId: string, createdAt: number, stageChangedAt: number, dealValue?: number): FigureLead & { id: string } {
  return { id, stageId, createdAt, stageChangedAt, dealValue, currency: dealValue === undefined ? undefined : 'PLN', reactivations: 0, referredBy: undefined, email: undefined, title: undefined, companyName: undefined, nextStep: undefined, activitySummary: {}, reached: [stageId] };
}

/** The factors as the popup computes them: from the kept rows, read with the pipeline in force. */
function keptFactors(leads: (FigureLead & { id: string })[], now: number, windowDays: number, settings: FactorSettings) {
  const { put } = rowsOfDelta(figuresOf(leads, () => []), now);
  return windowFactors(dailyTotals(put.days, DEFAULT_PIPELINE), windowRange(dayNumber(now), windowDays), settings);
}

describe('the sales cycle in whole days (the median)', () => {
  it('a deal won a few hours after it came in has a cycle, so velocity is known', () => {
    const created = new Date(2026, 10, 2, 9).getTime();
    const now = new Date(2026, 10, 20, 12).getTime();
    const leads = [figureLead('w', 'won', created, created + 5 * HOUR, 10_000), ...Array.from({ length: 5 }, (_, i) => figureLead(`o${i}`, 'demo', created, created))];
    const f = keptFactors(leads, now, 30, median);
    expect(f.won).toBe(1);
    expect(f.averageCycleDays).toBeGreaterThan(0);
    expect(velocity(f).ok).toBe(true);
    // The reference path (lib/metrics/daily-totals.ts) agrees.
    const counted: Counted[] = leads.map(({ stageId, createdAt, stageChangedAt, dealValue, currency }) => ({ stageId, createdAt, stageChangedAt, dealValue, currency }));
    expect(windowFactors(dailyTotalsOf(counted, kindsOf(DEFAULT_PIPELINE)), windowRange(dayNumber(now), 30), median).averageCycleDays).toBe(f.averageCycleDays);
  });

  it('most deals won within a day: the median is one day, not "no sales cycle"', () => {
    const now = new Date(2026, 10, 20, 12).getTime();
    const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();
    const leads = [
      figureLead('a', 'won', at(3, 9), at(3, 17), 1_000),
      figureLead('b', 'won', at(4, 9), at(5, 8), 1_000),
      figureLead('c', 'won', at(4, 9), at(14, 9), 1_000),
      figureLead('o', 'demo', at(4, 9), at(4, 9)),
    ];
    const f = keptFactors(leads, now, 30, median);
    expect(f.averageCycleDays).toBe(1);
    expect(velocity(f)).toMatchObject({ ok: true });
  });

  it('a deal created on 1 March at 10:00 and won on 29 March at 10:00 took 28 days, across the clock change', () => {
    // Poland moves its clocks forward on 29 March 2026: the deal was open 28 calendar days, 671 hours.
    const created = new Date(2026, 2, 1, 10).getTime();
    const won = new Date(2026, 2, 29, 10).getTime();
    expect((won - created) / HOUR).toBe(28 * 24 - 1);
    const leads = [figureLead('w', 'won', created, won, 25_000), figureLead('o', 'demo', created, created)];
    expect(keptFactors(leads, won, 30, median).averageCycleDays).toBe(28);
    const counted: Counted[] = leads.map(({ stageId, createdAt, stageChangedAt, dealValue, currency }) => ({ stageId, createdAt, stageChangedAt, dealValue, currency }));
    expect(windowFactors(dailyTotalsOf(counted, kindsOf(DEFAULT_PIPELINE)), windowRange(dayNumber(won), 30), median).averageCycleDays).toBe(28);
  });

  it('a deal open 27 days and 20 hours is in its 28th day: the median does not round a cycle down', () => {
    const created = new Date(2026, 5, 1, 8).getTime();
    const won = new Date(2026, 5, 29, 4).getTime();
    const leads = [figureLead('w', 'won', created, won, 25_000), figureLead('o', 'demo', created, created)];
    expect(keptFactors(leads, won, 30, median).averageCycleDays).toBe(28);
  });
});

describe('the mean sales cycle', () => {
  it('a deal won minutes after it came in counts as a day, as in the median, so velocity does not explode', () => {
    const created = new Date(2026, 10, 2, 9).getTime();
    const now = new Date(2026, 10, 20, 12).getTime();
    const mean: FactorSettings = { ...median, cycle: 'mean' };
    const leads = [
      figureLead('w', 'won', created, created + 10 * 60_000, 25_000),
      figureLead('l', 'lost', created - 30 * 24 * HOUR, created),
      ...Array.from({ length: 50 }, (_, i) => figureLead(`o${i}`, 'demo', created, created)),
    ];
    // 50 × 25,000 × 50 % ÷ 1 day (not ÷ 10 minutes, which made it 90,000,000 per day).
    expect(keptFactors(leads, now, 30, mean).averageCycleDays).toBe(1);
    expect(velocity(keptFactors(leads, now, 30, mean))).toMatchObject({ ok: true, perDay: 625_000 });
    expect(velocity(keptFactors(leads, now, 30, median))).toMatchObject({ ok: true, perDay: 625_000 });
    // Longer deals are still averaged to the minute.
    const longer = [...leads, figureLead('w2', 'won', created - 2 * 24 * HOUR, created + 12 * HOUR, 25_000)];
    expect(keptFactors(longer, now, 30, mean).averageCycleDays).toBeCloseTo((10 / 1_440 + 2.5) / 2, 6);
  });
});
