import { describe, expect, it } from 'vitest';
import { dailyTotalsOf } from '../../lib/metrics/daily-totals';
import { windowFactors } from '../../lib/metrics/factors';
import { runRateForecast } from '../../lib/metrics/forecast';
import { decompose, velocity } from '../../lib/metrics/velocity';
import { velocityReport, velocityTrend, windowRange } from '../../lib/metrics/velocity-report';
import { kindOf, lead, open, settings, TODAY } from './helpers/velocity-window';

/**
 * Deals won at a value of 0 (a free pilot, a won deal whose value was never filled in as
 * more than 0) are won deals with a value: the average won deal is known to be 0, so
 * velocity is an honest 0, not "no won deal with a value" and not a gap in the trend.
 */


describe('won deals worth 0', () => {
  it('make a velocity of 0, not unknown', () => {
    expect(velocity({ opportunities: 10, averageWonValue: 0, winRate: 0.5, averageCycleDays: 20 })).toEqual({ ok: true, perDay: 0, per30Days: 0 });
    // No valued won deal at all is still unknown.
    expect(velocity({ opportunities: 10, averageWonValue: undefined, winRate: 0.5, averageCycleDays: 20 })).toEqual({ ok: false, missing: ['no-won-deals'] });
  });

  it('from the kept totals: one won deal at 0 in the window is a 0 with an average deal of 0', () => {
    const days = dailyTotalsOf([...open, lead('won', 5, 20, 0), lead('lost', 6)], kindOf);
    const factors = windowFactors(days, windowRange(TODAY, 30), settings);
    expect(factors).toMatchObject({ averageWonValue: 0, valued: 1, winRate: 0.5 });
    expect(velocity(factors)).toEqual({ ok: true, perDay: 0, per30Days: 0 });
    expect(velocityTrend(days, TODAY, 30, settings).at(-1)!.perDay).toBe(0);
  });

  it('down to 0 through the deal value is the deal value\'s doing, not the win rate\'s', () => {
    const days = dailyTotalsOf([...open, lead('won', 40, 20, 10_000), lead('lost', 45), lead('won', 10, 20, 0), lead('lost', 12)], kindOf);
    const report = velocityReport(days, TODAY, 30, settings);
    expect(report.current.velocity).toEqual({ ok: true, perDay: 0, per30Days: 0 });
    expect(report.change).toMatchObject({ ok: true, ratio: 0, biggest: 'dealValue' });
    const zero = { opportunities: 10, averageWonValue: 0, winRate: 0.5, averageCycleDays: 10 };
    const some = { opportunities: 10, averageWonValue: 1_000, winRate: 0.5, averageCycleDays: 10 };
    expect(decompose(some, zero)).toMatchObject({ ok: true, ratio: 0, biggest: 'dealValue' });
    expect(decompose(zero, some)).toEqual({ ok: false, fromZero: true });
  });

  it('run-rate forecast: a window that won only 0-value deals forecasts 0, not unknown', () => {
    expect(runRateForecast({ averageWonValue: 0, valued: 2 }, { averageWonValue: 40_000, valued: 2 })).toEqual({ baseline: 0, growthRate: -1, forecast: 0 });
    expect(runRateForecast({ averageWonValue: 0, valued: 2 }, { averageWonValue: undefined, valued: 0 })).toEqual({ baseline: 0, growthRate: 0, forecast: 0 });
    expect(runRateForecast({ averageWonValue: undefined, valued: 0 }, { averageWonValue: 40_000, valued: 2 })).toBeUndefined();
  });
});
