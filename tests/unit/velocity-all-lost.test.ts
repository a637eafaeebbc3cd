import { describe, expect, it } from 'vitest';
import { dailyTotalsOf } from '../../lib/metrics/daily-totals';
import { velocityReport, velocityTrend } from '../../lib/metrics/velocity-report';
import { decompose, velocity } from '../../lib/metrics/velocity';
import { kindOf, lead, open, settings, TODAY } from './helpers/velocity-window';

/**
 * A window where deals closed and none was won has a velocity, and it is 0: the win rate
 * is known to be 0, so opportunities × any deal size × 0 ÷ any cycle is 0. Shown as "not
 * enough data", the worst windows dropped out of the trend as gaps and the change on the
 * window before was not told at all.
 */


describe('a window with deals lost and none won', () => {
  it('has a velocity of 0, not "not enough data"', () => {
    expect(velocity({ opportunities: 10, averageWonValue: undefined, winRate: 0, averageCycleDays: undefined })).toEqual({ ok: true, perDay: 0, per30Days: 0 });
    // Nothing closed at all is still unknown.
    expect(velocity({ opportunities: 10, averageWonValue: undefined, winRate: undefined, averageCycleDays: undefined }).ok).toBe(false);
  });

  it('is a 0 in the trend, not a gap', () => {
    // Won 40 and 70 days ago; lost 10 days ago: the last 30-day window won nothing.
    const days = dailyTotalsOf([...open, lead('won', 40, 20, 10_000), lead('won', 70, 20, 10_000), lead('lost', 45), lead('lost', 10)], kindOf);
    const trend = velocityTrend(days, TODAY, 30, settings);
    expect(trend.at(-1)!.perDay).toBe(0);
    expect(trend.at(-2)!.perDay).toBeGreaterThan(0);
  });

  it('after a window with velocity: down 100 %, moved by the win rate', () => {
    const days = dailyTotalsOf([...open, lead('won', 40, 20, 10_000), lead('lost', 45), lead('lost', 10)], kindOf);
    const report = velocityReport(days, TODAY, 30, settings);
    expect(report.current.velocity).toEqual({ ok: true, perDay: 0, per30Days: 0 });
    expect(report.change).toMatchObject({ ok: true, ratio: 0, biggest: 'winRate', shares: undefined });
  });

  it('after a window of 0 too: no change; before a window with velocity: up from 0, never by an infinite share', () => {
    const zero = { opportunities: 10, averageWonValue: undefined, winRate: 0, averageCycleDays: undefined };
    const some = { opportunities: 10, averageWonValue: 1_000, winRate: 0.5, averageCycleDays: 10 };
    expect(decompose(zero, zero)).toMatchObject({ ok: true, ratio: 1, shares: undefined });
    expect(decompose(zero, some)).toEqual({ ok: false, fromZero: true });
    const days = dailyTotalsOf([...open, lead('lost', 45), lead('won', 10, 20, 10_000)], kindOf);
    expect(velocityReport(days, TODAY, 30, settings).change).toEqual({ ok: false, reason: 'from-zero' });
  });
});
