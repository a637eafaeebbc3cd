import type { PipelineSettings } from '../pipeline/schema';
import type { FactorResult } from './factors';
import { weightedValue } from '../pipeline/stage-change';

/**
 * The three forecasts the seeds name, each from inputs it shows:
 * - stage-weighted: each open deal's value × its stage probability (1,000 in a 60 % stage is 600);
 * - cycle-age: a deal's chance is its age over the typical cycle, at most 1 (two months
 *   into a four-month cycle is 50 %);
 * - historical: the last period's revenue, grown by a rate, plus deals expected on top
 *   (1,000,000 + 5 % + 25,000 from new reps = 1,075,000).
 */

export function stageWeightedForecast(deals: readonly { dealValue?: number; stageId: string }[], pipeline: PipelineSettings): number {
  return Math.round(deals.reduce((sum, deal) => sum + weightedValue(deal, pipeline), 0) * 100) / 100;
}

export function cycleAgeChance(ageDays: number, typicalCycleDays: number): number | undefined {
  if (!(typicalCycleDays > 0) || !(ageDays >= 0)) return undefined;
  return Math.min(1, ageDays / typicalCycleDays);
}

export function cycleAgeForecast(deals: readonly { value: number; ageDays: number }[], typicalCycleDays: number): number | undefined {
  if (!(typicalCycleDays > 0)) return undefined;
  return Math.round(deals.reduce((sum, d) => sum + d.value * (cycleAgeChance(d.ageDays, typicalCycleDays) ?? 0), 0) * 100) / 100;
}

export function historicalForecast(input: { baseline: number; growthRate: number; extra: number }): number {
  return Math.round((input.baseline * (1 + input.growthRate) + input.extra) * 100) / 100;
}

/** Revenue won in a window, in the rep's currency: the mean won deal × the deals it is a mean of. */
const wonRevenue = (factors: Pick<FactorResult, 'averageWonValue' | 'valued'>) => (factors.averageWonValue ?? 0) * factors.valued;

/**
 * The historical run-rate forecast for the next window: this window's won revenue,
 * grown as it grew on the window before (no growth when the window before won
 * nothing). Undefined when this window won no deal with a value in the rep's currency:
 * there is no rate to run on. Deals won at 0 are a run-rate of 0, not unknown.
 */
export function runRateForecast(current: Pick<FactorResult, 'averageWonValue' | 'valued'>, previous: Pick<FactorResult, 'averageWonValue' | 'valued'>) {
  if (current.valued === 0 || current.averageWonValue === undefined) return undefined;
  const baseline = wonRevenue(current);
  const before = wonRevenue(previous);
  const growthRate = before > 0 ? baseline / before - 1 : 0;
  return { baseline, growthRate, forecast: historicalForecast({ baseline, growthRate, extra: 0 }) };
}
