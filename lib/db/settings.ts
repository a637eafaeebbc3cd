import { z } from 'zod';
import { DailyTotalsSetting } from '../metrics/daily-totals';
import { PipelineStatsSetting } from '../pipeline/stats-schema';
import { MetricsSettingsSchema, DEFAULT_METRICS_SETTINGS, type MetricsSettings } from '../metrics/settings';
import { DEFAULT_RULESET } from '../scoring/defaults';
import { freezeRuleSet } from '../scoring/engine';
import { RuleSetSchema, type RuleSet } from '../scoring/schema';
import { epochMs } from '../schema/text';
import { DEFAULT_PIPELINE } from '../pipeline/defaults';
import { PipelineSettingsSchema, type PipelineSettings } from '../pipeline/schema';
import type { LeadsDatabase } from './database';

/**
 * Settings are rows of the `settings` table, one per key, each with its own
 * schema. A stored value that no longer parses is treated as absent (defaults
 * apply) rather than crashing a page.
 */
export const ScoringSetting = z.object({ key: z.literal('scoring'), ruleSet: RuleSetSchema, revision: z.number().int().min(0), updatedAt: epochMs });
export type ScoringSetting = z.infer<typeof ScoringSetting>;

/** Progress of the background rescore after a rule change; resumable after the worker restarts. */
export const RescoreJob = z.object({
  key: z.literal('rescore'),
  revision: z.number().int().min(0),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Primary key of the last lead rescored; the next chunk starts above it. */
  lastId: z.string().max(64).optional(),
  finished: z.boolean(),
  startedAt: epochMs,
  newlySql: z.number().int().min(0),
});
export type RescoreJob = z.infer<typeof RescoreJob>;

/** Stages, their probabilities, and the rep's currency. */
export const PipelineSetting = z.object({ key: z.literal('pipeline'), pipeline: PipelineSettingsSchema, updatedAt: epochMs });
export type PipelineSetting = z.infer<typeof PipelineSetting>;

/** Reminder preferences: quiet hours (local), when no notification is shown. */
export const QuietHoursSchema = z.object({ enabled: z.boolean(), startHour: z.number().int().min(0).max(23), endHour: z.number().int().min(0).max(23) });
export const RemindersSetting = z.object({ key: z.literal('reminders'), quiet: QuietHoursSchema, updatedAt: epochMs });
export type RemindersSetting = z.infer<typeof RemindersSetting>;
export const DEFAULT_QUIET_HOURS = { enabled: true, startHour: 20, endHour: 8 } as const;

/**
 * How many leads there are, kept in step by every write that adds or removes one
 * (IndexedDB's count() walks the whole store: a third of a second at 100,000).
 */
export const LeadCountSetting = z.object({ key: z.literal('leadCount'), count: z.number().int().min(0), updatedAt: epochMs });
export type LeadCountSetting = z.infer<typeof LeadCountSetting>;

/** How the rep wants the metrics computed (opportunities scope, mean or median cycle) and optional costs. */
export const MetricsSetting = z.object({ key: z.literal('metrics'), metrics: MetricsSettingsSchema, updatedAt: epochMs });
export type MetricsSetting = z.infer<typeof MetricsSetting>;

export const SettingRow = z.discriminatedUnion('key', [
  ScoringSetting,
  RescoreJob,
  PipelineSetting,
  RemindersSetting,
  LeadCountSetting,
  PipelineStatsSetting,
  DailyTotalsSetting,
  MetricsSetting,
]);
export type SettingRow = z.infer<typeof SettingRow>;

/** The rules in force (defaults until sales-ops saves some). Frozen, so the engine can reuse their compiled form. */
export async function getScoring(db: LeadsDatabase): Promise<ScoringSetting> {
  const parsed = ScoringSetting.safeParse(await db.settings.get('scoring'));
  if (!parsed.success) return { key: 'scoring', ruleSet: DEFAULT_RULESET, revision: 0, updatedAt: 946_684_800_000 };
  return { ...parsed.data, ruleSet: freezeRuleSet(parsed.data.ruleSet) };
}

export async function getRescoreJob(db: LeadsDatabase): Promise<RescoreJob | undefined> {
  const parsed = RescoreJob.safeParse(await db.settings.get('rescore'));
  return parsed.success ? parsed.data : undefined;
}

export async function getPipeline(db: LeadsDatabase): Promise<PipelineSettings> {
  const parsed = PipelineSetting.safeParse(await db.settings.get('pipeline'));
  return parsed.success ? parsed.data.pipeline : DEFAULT_PIPELINE;
}

export async function getMetricsSettings(db: LeadsDatabase): Promise<MetricsSettings> {
  const parsed = MetricsSetting.safeParse(await db.settings.get('metrics'));
  return parsed.success ? parsed.data.metrics : DEFAULT_METRICS_SETTINGS;
}

export async function saveMetricsSettings(db: LeadsDatabase, metrics: MetricsSettings, now: number): Promise<void> {
  const row: MetricsSetting = { key: 'metrics', metrics: MetricsSettingsSchema.parse(metrics), updatedAt: now };
  await db.settings.put(row);
}

export async function getQuietHours(db: LeadsDatabase): Promise<z.infer<typeof QuietHoursSchema>> {
  const parsed = RemindersSetting.safeParse(await db.settings.get('reminders'));
  return parsed.success ? parsed.data.quiet : { ...DEFAULT_QUIET_HOURS };
}

export async function saveQuietHours(db: LeadsDatabase, quiet: z.input<typeof QuietHoursSchema>, now: number): Promise<void> {
  const row: RemindersSetting = { key: 'reminders', quiet: QuietHoursSchema.parse(quiet), updatedAt: now };
  await db.settings.put(row);
}

/** Open a rescore job under the rules in force (engagement points fade with time, not only with writes). */
export async function openRescoreJob(db: LeadsDatabase, now: number): Promise<RescoreJob> {
  return db.transaction('rw', db.settings, db.leads, async () => {
    const { revision } = await getScoring(db);
    const running = await getRescoreJob(db);
    if (running && !running.finished && running.revision === revision) return running;
    const job: RescoreJob = { key: 'rescore', revision, done: 0, total: await db.leads.count(), finished: false, startedAt: now, newlySql: 0 };
    await db.settings.put(job);
    return job;
  });
}

/** Store a new rule set (validated) and open a rescore job for it, in one transaction. */
export async function saveRuleSet(db: LeadsDatabase, ruleSet: RuleSet, now: number): Promise<ScoringSetting> {
  const valid = RuleSetSchema.parse(ruleSet);
  return db.transaction('rw', db.settings, db.leads, async () => {
    const current = await getScoring(db);
    const next: ScoringSetting = { key: 'scoring', ruleSet: valid, revision: current.revision + 1, updatedAt: now };
    await db.settings.put(next);
    const job: RescoreJob = { key: 'rescore', revision: next.revision, done: 0, total: await db.leads.count(), finished: false, startedAt: now, newlySql: 0 };
    await db.settings.put(job);
    return next;
  });
}

/** The kept lead count; counted (slowly) when it was never kept. Read-only, so it can run in a live query. */
export async function getLeadCount(db: LeadsDatabase): Promise<number> {
  const parsed = LeadCountSetting.safeParse(await db.settings.get('leadCount'));
  return parsed.success ? parsed.data.count : db.leads.count();
}

/** Move the kept count by `delta`, inside the write's transaction (which must include settings). */
export async function adjustLeadCount(db: LeadsDatabase, delta: number, now: number): Promise<void> {
  if (delta === 0) return;
  const parsed = LeadCountSetting.safeParse(await db.settings.get('leadCount'));
  // Never kept yet: count once, then keep it.
  const base = parsed.success ? parsed.data.count : (await db.leads.count()) - delta;
  const row: LeadCountSetting = { key: 'leadCount', count: Math.max(0, base + delta), updatedAt: now };
  await db.settings.put(row);
}

