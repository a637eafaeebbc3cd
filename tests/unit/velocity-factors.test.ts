import { describe, expect, it } from 'vitest';
import { velocityFactors, type ClosedDeal } from '../../lib/metrics/factors';
import { velocity } from '../../lib/metrics/velocity';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 1);
const window = { from: T - 90 * DAY, to: T };
const deal = (outcome: 'won' | 'lost', value: number | undefined, cycleDays: number, closedDaysAgo: number, currency?: string): ClosedDeal => ({
  outcome,
  value,
  currency,
  closedAt: T - closedDaysAgo * DAY,
  createdAt: T - (closedDaysAgo + cycleDays) * DAY,
});

describe('velocity factors from a hand-computed pipeline', () => {
  it('averages won values, counts the win rate over closed deals in the window, and the cycle', () => {
    const closed = [deal('won', 20_000, 20, 10), deal('won', 30_000, 40, 30), deal('lost', 5_000, 10, 5), deal('lost', undefined, 10, 50), deal('won', 99_000, 5, 200)];
    const f = velocityFactors({ opportunities: 40, closed, window, currency: 'PLN', cycle: 'mean' });
    expect(f).toMatchObject({ won: 2, lost: 2, averageWonValue: 25_000, winRate: 0.5, averageCycleDays: 30 });
    const v = velocity(f);
    expect(v.ok && v.perDay).toBeCloseTo((40 * 25_000 * 0.5) / 30, 6);
    expect(velocityFactors({ opportunities: 40, closed, window, currency: 'PLN', cycle: 'median' }).averageCycleDays).toBe(30);
  });

  it('an empty window, or only lost deals, gives no velocity and says why', () => {
    expect(velocity(velocityFactors({ opportunities: 5, closed: [], window, currency: 'PLN', cycle: 'mean' }))).toEqual({ ok: false, missing: ['no-won-deals', 'no-closed-deals', 'no-cycle'] });
    const onlyLost = velocityFactors({ opportunities: 5, closed: [deal('lost', 1_000, 3, 3)], window, currency: 'PLN', cycle: 'mean' });
    expect(onlyLost.winRate).toBe(0);
    expect(velocity(onlyLost)).toEqual({ ok: false, missing: ['no-won-deals', 'no-cycle'] });
  });

  it('leaves deals in another currency out of the average value and lists them', () => {
    const closed = [deal('won', 10_000, 10, 1, 'PLN'), deal('won', 3_000, 10, 1, 'EUR'), deal('won', 4_000, 10, 2, 'EUR')];
    const f = velocityFactors({ opportunities: 1, closed, window, currency: 'PLN', cycle: 'mean' });
    expect(f.averageWonValue).toBe(10_000);
    expect(f.otherCurrencies).toEqual({ EUR: 2 });
    // They still count as won for the win rate.
    expect(f.winRate).toBe(1);
  });
});
