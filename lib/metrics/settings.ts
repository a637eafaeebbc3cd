// Zod's small build: the popup parses these settings before it draws velocity (lib/metrics/figures/kept.ts).
import * as z from 'zod/mini';

/**
 * How the rep wants velocity computed, and optional costs for customer
 * acquisition cost and lifetime value. Money is in the rep's currency.
 */
const money = z.number().check(z.minimum(0), z.maximum(1_000_000_000_000));

export const CostsSchema = z.object({
  /** What winning customers costs per month (tools, ads, the rep's time). */
  monthlySpend: z.optional(money),
  /** Share of revenue kept as gross margin, in percent. */
  marginPercent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** How often a customer buys again per year, and for how many years. */
  purchasesPerYear: z.optional(z.number().check(z.minimum(0), z.maximum(365))),
  retentionYears: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
});
export type Costs = z.infer<typeof CostsSchema>;

export const MetricsSettingsSchema = z.object({
  /** Opportunities: leads past the first stage ('qualified') or every open lead ('all'). */
  scope: z.enum(['qualified', 'all']),
  cycle: z.enum(['mean', 'median']),
  costs: CostsSchema,
});
export type MetricsSettings = z.infer<typeof MetricsSettingsSchema>;

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = { scope: 'qualified', cycle: 'median', costs: {} };
