/** The dashboard's figures that come from the costs the rep entered (the rest are read from the kept figures: lib/metrics/figures/read.ts). */

/** Customer acquisition cost and lifetime value from the costs the rep entered; undefined when an input is missing. */
export function acquisitionCost(monthlySpend: number | undefined, windowDays: number, won: number): number | undefined {
  if (monthlySpend === undefined || won === 0) return undefined;
  return (monthlySpend * windowDays) / 30 / won;
}

export function lifetimeValue(
  averageDeal: number | undefined,
  costs: { marginPercent?: number; purchasesPerYear?: number; retentionYears?: number },
): number | undefined {
  if (averageDeal === undefined) return undefined;
  return averageDeal * ((costs.marginPercent ?? 100) / 100) * (costs.purchasesPerYear ?? 1) * (costs.retentionYears ?? 1);
}
