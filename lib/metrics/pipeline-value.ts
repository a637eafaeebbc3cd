import type { PipelineSettings } from '../pipeline/schema';
import type { PipelineStats } from '../pipeline/stats-schema';
import { kindsOf } from './daily-totals';

/**
 * Open pipeline value from the kept stage totals, raw and stage-weighted (each
 * stage's value × its probability: 1,000 in a 60 % stage is 600), per currency.
 * '' (deals naming no currency) is folded into the rep's currency; other
 * currencies are kept apart, never summed in.
 */
export type Money = Record<string, number>;

const cents = (n: number) => Math.round(n * 100) / 100;

export function pipelineValue(stats: PipelineStats, pipeline: PipelineSettings): { raw: Money; weighted: Money; deals: number } {
  const kindOf = kindsOf(pipeline);
  const probability = new Map(pipeline.stages.map((s) => [s.id, s.probability]));
  const raw: Money = {};
  const weighted: Money = {};
  let deals = 0;
  for (const [stageId, totals] of Object.entries(stats)) {
    const kind = kindOf(stageId);
    if (kind === 'won' || kind === 'lost') continue;
    deals += totals.count;
    for (const [code, value] of Object.entries(totals.values)) {
      const currency = code || pipeline.currency;
      raw[currency] = cents((raw[currency] ?? 0) + value);
      weighted[currency] = cents((weighted[currency] ?? 0) + (value * (probability.get(stageId) ?? 0)) / 100);
    }
  }
  return { raw, weighted, deals };
}
