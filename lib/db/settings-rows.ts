// Zod's small build: the popup reads these two rows before it draws velocity (lib/metrics/figures/kept.ts).
import * as z from 'zod/mini';
import { DEFAULT_METRICS_SETTINGS, MetricsSettingsSchema, type MetricsSettings } from '../metrics/settings';
import { DEFAULT_PIPELINE } from '../pipeline/defaults';
import { PipelineSettingsSchema, type PipelineSettings } from '../pipeline/settings-schema';
import { epochMsMini } from '../schema/epoch';

/** Stages, their probabilities, and the rep's currency. */
export const PipelineSetting = z.object({ key: z.literal('pipeline'), pipeline: PipelineSettingsSchema, updatedAt: epochMsMini });
export type PipelineSetting = z.infer<typeof PipelineSetting>;

/** How the rep wants the metrics computed (opportunities scope, mean or median cycle) and optional costs. */
export const MetricsSetting = z.object({ key: z.literal('metrics'), metrics: MetricsSettingsSchema, updatedAt: epochMsMini });
export type MetricsSetting = z.infer<typeof MetricsSetting>;

/** The pipeline a stored `pipeline` row holds; the shipped one when there is none or it no longer parses. */
export function pipelineOf(row: unknown): PipelineSettings {
  const parsed = PipelineSetting.safeParse(row);
  return parsed.success ? parsed.data.pipeline : DEFAULT_PIPELINE;
}

/** The metric settings a stored `metrics` row holds; the defaults when there is none or it no longer parses. */
export function metricsSettingsOf(row: unknown): MetricsSettings {
  const parsed = MetricsSetting.safeParse(row);
  return parsed.success ? parsed.data.metrics : DEFAULT_METRICS_SETTINGS;
}
