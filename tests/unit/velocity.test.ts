import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleAgeChance, cycleAgeForecast, historicalForecast, runRateForecast, stageWeightedForecast } from '../../lib/metrics/forecast';
import { decompose, velocity, whatIf, type VelocityFactors } from '../../lib/metrics/velocity';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';

const SEED: VelocityFactors = { opportunities: 50, averageWonValue: 25_000, winRate: 0.04, averageCycleDays: 28 };

describe('the seeds’ worked examples', () => {
  it('velocity: 50 × 25,000 × 0.04 / 28 = 1,785.71 per day', () => {
    const v = velocity(SEED);
    if (!v.ok) throw new Error('unknown');
    expect(v.perDay.toFixed(2)).toBe('1785.71');
    expect(v.per30Days.toFixed(2)).toBe('53571.43');
  });

  it('a 1,000 deal in a 60 % stage is worth 600', () => {
    expect(stageWeightedForecast([{ dealValue: 1_000, stageId: 'trial' }], DEFAULT_PIPELINE)).toBe(600);
    expect(stageWeightedForecast([{ dealValue: 1_000, stageId: 'trial' }, { stageId: 'demo' }, { dealValue: 500, stageId: 'gone' }], DEFAULT_PIPELINE)).toBe(600);
  });

  it('two months into a four-month cycle is 50 %', () => {
    expect(cycleAgeChance(60, 120)).toBe(0.5);
    expect(cycleAgeChance(200, 120)).toBe(1);
    expect(cycleAgeChance(10, 0)).toBeUndefined();
    expect(cycleAgeForecast([{ value: 10_000, ageDays: 60 }, { value: 1_000, ageDays: 240 }], 120)).toBe(6_000);
  });

  it('1,000,000 + 5 % growth + five reps × five 5,000 deals = 1,075,000', () => {
    expect(historicalForecast({ baseline: 1_000_000, growthRate: 0.05, extra: 5 * 5_000 })).toBe(1_075_000);
  });

  it('the run rate grows this window’s won revenue as it grew on the window before', () => {
    // 4 × 25,000 won now against 2 × 40,000 before: 100,000 grown by 25 % is 125,000.
    expect(runRateForecast({ averageWonValue: 25_000, valued: 4 }, { averageWonValue: 40_000, valued: 2 })).toEqual({ baseline: 100_000, growthRate: 0.25, forecast: 125_000 });
    // Nothing won before: no growth to apply, the rate runs flat.
    expect(runRateForecast({ averageWonValue: 25_000, valued: 4 }, { averageWonValue: undefined, valued: 0 })).toEqual({ baseline: 100_000, growthRate: 0, forecast: 100_000 });
    // Nothing won now: no rate to run on.
    expect(runRateForecast({ averageWonValue: undefined, valued: 0 }, { averageWonValue: 40_000, valued: 2 })).toBeUndefined();
  });
});

describe('velocity without enough data', () => {
  it('says what is missing instead of 0 or NaN', () => {
    expect(velocity({ opportunities: 0, averageWonValue: undefined, winRate: undefined, averageCycleDays: undefined })).toEqual({
      ok: false,
      missing: ['no-opportunities', 'no-won-deals', 'no-closed-deals', 'no-cycle'],
    });
    // Only lost deals: a win rate of 0 is known, so velocity is 0 whatever the won value or cycle would be.
    expect(velocity({ opportunities: 10, averageWonValue: undefined, winRate: 0, averageCycleDays: undefined })).toEqual({ ok: true, perDay: 0, per30Days: 0 });
  });

  it('won deals with no cycle at all (saved already won) say so, not that a won deal is needed', () => {
    expect(velocity({ opportunities: 10, averageWonValue: 5_000, winRate: 0.5, averageCycleDays: 0 })).toEqual({ ok: false, missing: ['zero-cycle'] });
  });
});

describe('what moved velocity', () => {
  it('splits the change exactly into the four levers and names the biggest', () => {
    const after: VelocityFactors = { opportunities: 60, averageWonValue: 25_000, winRate: 0.05, averageCycleDays: 21 };
    const d = decompose(SEED, after);
    if (!d.ok || !d.shares) throw new Error('no decomposition');
    expect(d.ratio).toBeCloseTo((60 / 50) * (0.05 / 0.04) * (28 / 21), 12);
    expect(d.shares.dealValue).toBeCloseTo(0, 12);
    expect(d.shares.opportunities + d.shares.winRate + d.shares.cycle + d.shares.dealValue).toBeCloseTo(1, 12);
    expect(d.biggest).toBe('cycle'); // 28 → 21 days is ×1.33, the largest of the levers
  });

  it('the shares always add up to the whole change (property)', () => {
    const factor = fc.record({
      opportunities: fc.integer({ min: 1, max: 100_000 }),
      averageWonValue: fc.double({ min: 1, max: 1e9, noNaN: true }),
      winRate: fc.double({ min: 0.001, max: 1, noNaN: true }),
      averageCycleDays: fc.double({ min: 0.5, max: 2_000, noNaN: true }),
    });
    fc.assert(
      fc.property(factor, factor, (a, b) => {
        const d = decompose(a, b);
        if (!d.ok) return;
        const sum = Object.values(d.logs).reduce((s, x) => s + x, 0);
        expect(sum).toBeCloseTo(Math.log(d.ratio), 9);
      }),
    );
  });

  it('what-if nudges one lever', () => {
    const v = whatIf(SEED, { winRate: 0.1 });
    if (!v.ok) throw new Error('unknown');
    expect(v.perDay).toBeCloseTo(1_785.714 * 1.1, 2);
    const shorter = whatIf(SEED, { cycle: -0.5 });
    expect(shorter.ok && shorter.perDay).toBeCloseTo(3_571.43, 2);
  });
});
