import { z } from 'zod';

/**
 * How the rep wants velocity computed, and optional costs for customer
 * acquisition cost and lifetime value. Money is in the rep's currency.
 */
const money = z.number().finite().min(0).max(1_000_000_000_000);

export const CostsSchema = z.object({
  /** What winning customers costs per month (tools, ads, the rep's time). */
  monthlySpend: money.optional(),
  /** Share of revenue kept as gross margin, in percent. */
  marginPercent: z.number().min(0).max(100).optional(),
  /** How often a customer buys again per year, and for how many years. */
  purchasesPerYear: z.number().min(0).max(365).optional(),
  retentionYears: z.number().min(0).max(100).optional(),
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
