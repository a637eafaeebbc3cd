import { median } from './response-times';
import type { VelocityFactors } from './velocity';

/**
 * The four velocity factors for a window, from the deals closed in it and the
 * open opportunities now. Deals in another currency than the rep's, with no rate
 * to convert them, are left out and listed, never summed silently.
 */

export type ClosedDeal = { outcome: 'won' | 'lost'; value?: number; currency?: string; closedAt: number; createdAt: number };

export type FactorInputs = {
  /** Open deals now (by the rep's setting: qualified opportunities only, or every open lead). */
  opportunities: number;
  closed: readonly ClosedDeal[];
  window: { from: number; to: number };
  currency: string;
  cycle: 'mean' | 'median';
};

export type FactorResult = VelocityFactors & {
  won: number;
  lost: number;
  /** Won deals left out of the average value because their currency is not the rep's. */
  otherCurrencies: Record<string, number>;
};

const DAY = 86_400_000;

export function velocityFactors(input: FactorInputs): FactorResult {
  const inWindow = input.closed.filter((d) => d.closedAt >= input.window.from && d.closedAt < input.window.to);
  const won = inWindow.filter((d) => d.outcome === 'won');
  const lost = inWindow.filter((d) => d.outcome === 'lost');
  const otherCurrencies: Record<string, number> = {};
  const values: number[] = [];
  for (const deal of won) {
    if (deal.value === undefined) continue;
    const currency = deal.currency ?? input.currency;
    if (currency !== input.currency) otherCurrencies[currency] = (otherCurrencies[currency] ?? 0) + 1;
    else values.push(deal.value);
  }
  const cycles = won.map((d) => Math.max(0, d.closedAt - d.createdAt) / DAY).sort((a, b) => a - b);
  const meanCycle = cycles.length ? cycles.reduce((s, c) => s + c, 0) / cycles.length : undefined;
  return {
    opportunities: input.opportunities,
    averageWonValue: values.length ? values.reduce((s, v) => s + v, 0) / values.length : undefined,
    winRate: won.length + lost.length > 0 ? won.length / (won.length + lost.length) : undefined,
    averageCycleDays: input.cycle === 'median' ? median(cycles) : meanCycle,
    won: won.length,
    lost: lost.length,
    otherCurrencies,
  };
}
