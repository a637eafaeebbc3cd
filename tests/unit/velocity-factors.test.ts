import { describe, expect, it } from 'vitest';
import { dailyTotalsOf, dayNumber, histogramMedian, kindsOf, type Counted } from '../../lib/metrics/daily-totals';
import { opportunitiesAt, windowFactors } from '../../lib/metrics/factors';
import { velocityReport, velocityTrend, windowRange } from '../../lib/metrics/velocity-report';
import { velocity } from '../../lib/metrics/velocity';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 1, 12).getTime();
const TODAY = dayNumber(NOW);
const kindOf = kindsOf(DEFAULT_PIPELINE);
const settings = { currency: 'PLN', scope: 'qualified', cycle: 'mean' } as const;

/** A lead created `cycle` days before it closed `closedDaysAgo` days ago (or still open in `stage`). */
function lead(stage: string, opts: { value?: number; currency?: string; cycle?: number; closedDaysAgo?: number; createdDaysAgo?: number } = {}): Counted {
  const closedAt = NOW - (opts.closedDaysAgo ?? 0) * DAY;
  const createdAt = opts.createdDaysAgo !== undefined ? NOW - opts.createdDaysAgo * DAY : closedAt - (opts.cycle ?? 0) * DAY;
  return { stageId: stage, stageChangedAt: closedAt, createdAt, dealValue: opts.value, currency: opts.currency };
}

const open = (n: number, stage = 'demo', createdDaysAgo = 200) => Array.from({ length: n }, () => lead(stage, { createdDaysAgo }));

describe('velocity factors from a hand-computed pipeline', () => {
  it("reproduce the seed's 50 × 25,000 × 4 % / 28 = 1,785.71 per day", () => {
    const won = lead('won', { value: 25_000, currency: 'PLN', cycle: 28, closedDaysAgo: 10 });
    const lost = Array.from({ length: 24 }, (_, i) => lead('lost', { cycle: 5, closedDaysAgo: 5 + i }));
    const days = dailyTotalsOf([...open(50), won, ...lost], kindOf);
    const f = windowFactors(days, windowRange(TODAY, 90), settings);
    expect(f).toMatchObject({ opportunities: 50, averageWonValue: 25_000, winRate: 0.04, averageCycleDays: 28, won: 1, lost: 24 });
    const v = velocity(f);
    expect(v.ok && Math.round(v.perDay * 100) / 100).toBe(1_785.71);
  });

  it('average won values, the win rate over closed deals in the window, and the cycle as mean or median', () => {
    const leads = [
      lead('won', { value: 20_000, cycle: 20, closedDaysAgo: 10 }),
      lead('won', { value: 30_000, cycle: 40, closedDaysAgo: 30 }),
      lead('won', { value: 10_000, cycle: 90, closedDaysAgo: 31 }),
      lead('lost', { value: 5_000, cycle: 10, closedDaysAgo: 5 }),
      lead('lost', { cycle: 10, closedDaysAgo: 50 }),
      // Outside the window: not counted.
      lead('won', { value: 99_000, cycle: 5, closedDaysAgo: 200 }),
      ...open(40),
    ];
    const days = dailyTotalsOf(leads, kindOf);
    const f = windowFactors(days, windowRange(TODAY, 90), settings);
    expect(f).toMatchObject({ won: 3, lost: 2, averageWonValue: 20_000, winRate: 0.6, averageCycleDays: 50, opportunities: 40 });
    expect(windowFactors(days, windowRange(TODAY, 90), { ...settings, cycle: 'median' }).averageCycleDays).toBe(40);
    expect(histogramMedian({ '3': 1, '9': 1 })).toBe(6);
  });

  it('an empty window gives no velocity and says why; only lost deals give 0', () => {
    const days = dailyTotalsOf(open(5), kindOf);
    expect(velocity(windowFactors(days, windowRange(TODAY, 30), settings))).toEqual({ ok: false, missing: ['no-won-deals', 'no-closed-deals', 'no-cycle'] });
    const onlyLost = windowFactors(dailyTotalsOf([...open(5), lead('lost', { value: 1_000, cycle: 3, closedDaysAgo: 3 })], kindOf), windowRange(TODAY, 30), settings);
    expect(onlyLost.winRate).toBe(0);
    expect(velocity(onlyLost)).toEqual({ ok: true, perDay: 0, per30Days: 0 });
    expect(velocity(windowFactors({}, windowRange(TODAY, 30), settings))).toEqual({ ok: false, missing: ['no-opportunities', 'no-won-deals', 'no-closed-deals', 'no-cycle'] });
  });

  it('leave deals in another currency out of the average value and list them; they still count as won', () => {
    const leads = [lead('won', { value: 10_000, currency: 'PLN', cycle: 10, closedDaysAgo: 1 }), lead('won', { value: 3_000, currency: 'EUR', cycle: 10, closedDaysAgo: 1 }), lead('won', { value: 4_000, currency: 'EUR', cycle: 10, closedDaysAgo: 2 }), lead('won', { value: 500, cycle: 10, closedDaysAgo: 2 })];
    const f = windowFactors(dailyTotalsOf(leads, kindOf), windowRange(TODAY, 90), settings);
    // A deal naming no currency is in the rep's.
    expect(f.averageWonValue).toBe(5_250);
    expect(f.valued).toBe(2);
    expect(f.otherCurrencies).toEqual({ EUR: 2 });
    expect(f.winRate).toBe(1);
  });

  it('count opportunities at the end of a past window: open then, by creation and close days, in either scope', () => {
    const leads = [
      lead('demo', { createdDaysAgo: 100 }),
      lead('new', { createdDaysAgo: 100 }),
      lead('new', { createdDaysAgo: 10 }),
      // Open 100 days ago, closed 20 days ago.
      lead('won', { value: 1, cycle: 80, closedDaysAgo: 20 }),
      lead('lost', { cycle: 80, closedDaysAgo: 20 }),
    ];
    const days = dailyTotalsOf(leads, kindOf);
    expect(opportunitiesAt(days, TODAY, 'all')).toBe(3);
    expect(opportunitiesAt(days, TODAY, 'qualified')).toBe(1);
    expect(opportunitiesAt(days, TODAY - 30, 'all')).toBe(4);
    expect(opportunitiesAt(days, TODAY - 30, 'qualified')).toBe(3);
    expect(opportunitiesAt(days, TODAY - 101, 'all')).toBe(0);
  });

  it('a reactivated lead counts by where it is now: open again, not lost', () => {
    const reactivated = { ...lead('new', { createdDaysAgo: 50 }), stageChangedAt: NOW - DAY };
    const f = windowFactors(dailyTotalsOf([reactivated, lead('won', { value: 100, cycle: 10, closedDaysAgo: 1 })], kindOf), windowRange(TODAY, 30), { ...settings, scope: 'all' });
    expect(f).toMatchObject({ lost: 0, won: 1, opportunities: 1 });
  });

  it('compare with the previous window and say which lever moved velocity most', () => {
    // Previous window: 1 won of 4 closed; this window: 2 won of 4, everything else equal.
    const leads = [
      ...open(10, 'demo', 400),
      lead('won', { value: 1_000, cycle: 10, closedDaysAgo: 100 }),
      ...Array.from({ length: 3 }, () => lead('lost', { cycle: 10, closedDaysAgo: 100 })),
      lead('won', { value: 1_000, cycle: 10, closedDaysAgo: 10 }),
      lead('won', { value: 1_000, cycle: 10, closedDaysAgo: 11 }),
      ...Array.from({ length: 2 }, () => lead('lost', { cycle: 10, closedDaysAgo: 10 })),
    ];
    const days = dailyTotalsOf(leads, kindOf);
    const report = velocityReport(days, TODAY, 90, settings);
    expect(report.current.factors.winRate).toBe(0.5);
    expect(report.previous.factors.winRate).toBe(0.25);
    if (!report.change.ok) throw new Error('expected a change');
    expect(report.change.biggest).toBe('winRate');
    expect(report.change.ratio).toBeCloseTo(2, 9);
    expect(report.change.shares?.winRate).toBeCloseTo(1, 9);
    const trend = velocityTrend(days, TODAY, 90, settings);
    expect(trend).toHaveLength(12);
    expect(trend.slice(0, 10).every((p) => p.perDay === undefined)).toBe(true);
    expect(trend[10]?.perDay).toBeCloseTo((10 * 1_000 * 0.25) / 10, 9);
    expect(trend[11]?.perDay).toBeCloseTo((10 * 1_000 * 0.5) / 10, 9);
  });

  it('no previous velocity: the change says so instead of dividing by nothing', () => {
    const days = dailyTotalsOf([...open(3), lead('won', { value: 10, cycle: 2, closedDaysAgo: 1 })], kindOf);
    expect(velocityReport(days, TODAY, 30, settings).change).toEqual({ ok: false, reason: 'no-previous' });
  });
});
