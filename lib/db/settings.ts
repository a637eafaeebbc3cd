import { z } from 'zod';
import { MetricsSettingsSchema, type MetricsSettings } from '../metrics/settings';
import { DEFAULT_RULESET } from '../scoring/defaults';
import { freezeRuleSet } from '../scoring/freeze';
import { RuleSetSchema, type RuleSet } from '../scoring/schema';
import { epochMs } from '../schema/text';
import type { PipelineSettings } from '../pipeline/schema';
import type { LeadsDatabase } from './database';
import { RescoreJob } from './jobs';
import { MetricsSetting, metricsSettingsOf, PipelineSetting, pipelineOf } from './settings-rows';
import { TotalsFiguresSchema, type TotalsFigures } from '../metrics/figures/schema';
import { DEFAULT_RETENTION, RetentionSchema, type Retention } from '../privacy/retention';

/**
 * Settings are rows of the `settings` table, one per key, each with its own
 * schema. A stored value that no longer parses is treated as absent (defaults
 * apply) rather than crashing a page.
 */
export const ScoringSetting = z.object({ key: z.literal('scoring'), ruleSet: RuleSetSchema, revision: z.number().int().min(0), updatedAt: epochMs });
export type ScoringSetting = z.infer<typeof ScoringSetting>;

// The pipeline and metrics rows are written with Zod's small build (the popup parses them before it draws).
export { PipelineSetting, MetricsSetting } from './settings-rows';

/** Reminder preferences: quiet hours (local), when no notification is shown. */
export const QuietHoursSchema = z.object({ enabled: z.boolean(), startHour: z.number().int().min(0).max(23), endHour: z.number().int().min(0).max(23) });
export const RemindersSetting = z.object({ key: z.literal('reminders'), quiet: QuietHoursSchema, updatedAt: epochMs });
export type RemindersSetting = z.infer<typeof RemindersSetting>;
export const DEFAULT_QUIET_HOURS = { enabled: true, startHour: 20, endHour: 8 } as const;


/** Privacy: how long leads are kept before they are listed for review (lib/privacy/retention.ts). */
export const PrivacySetting = z.object({ key: z.literal('privacy'), retention: RetentionSchema, updatedAt: epochMs });
export type PrivacySetting = z.infer<typeof PrivacySetting>;

/** The CRM sync's choices: the deal pipeline and our stage -> its stage (lib/crm/stages.ts proposes one). */
export const StageMappingSchema = z.object({ pipelineId: z.string().min(1).max(40), stages: z.record(z.string().max(64), z.string().min(1).max(40)) });
export const CrmSetting = z.object({ key: z.literal('crm'), mapping: StageMappingSchema, updatedAt: epochMs });
export type CrmSetting = z.infer<typeof CrmSetting>;

export const SettingRow = z.discriminatedUnion('key', [ScoringSetting, PipelineSetting, RemindersSetting, MetricsSetting, PrivacySetting, CrmSetting]);
export type SettingRow = z.infer<typeof SettingRow>;

/** The rules in force (defaults until sales-ops saves some). Frozen, so the engine can reuse their compiled form. */
export async function getScoring(db: LeadsDatabase): Promise<ScoringSetting> {
  return scoringOf(await db.settings.get('scoring'));
}

/** The rules in force from the stored row as read (Dexie or a page's first read): the defaults when it does not parse. */
export function scoringOf(row: unknown): ScoringSetting {
  const parsed = ScoringSetting.safeParse(row);
  if (!parsed.success) return { key: 'scoring', ruleSet: DEFAULT_RULESET, revision: 0, updatedAt: 946_684_800_000 };
  return { ...parsed.data, ruleSet: freezeRuleSet(parsed.data.ruleSet) };
}

export async function getRescoreJob(db: LeadsDatabase): Promise<RescoreJob | undefined> {
  return rescoreJobOf(await db.jobs.get('rescore'));
}

export function rescoreJobOf(row: unknown): RescoreJob | undefined {
  const parsed = RescoreJob.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export async function getPipeline(db: LeadsDatabase): Promise<PipelineSettings> {
  return pipelineOf(await db.settings.get('pipeline'));
}

export async function getMetricsSettings(db: LeadsDatabase): Promise<MetricsSettings> {
  return metricsSettingsOf(await db.settings.get('metrics'));
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

export async function getRetention(db: LeadsDatabase): Promise<Retention> {
  const parsed = PrivacySetting.safeParse(await db.settings.get('privacy'));
  return parsed.success ? parsed.data.retention : { ...DEFAULT_RETENTION };
}

/** Validated: a retention the schema refuses throws and nothing is stored. */
export async function saveRetention(db: LeadsDatabase, retention: Retention, now: number): Promise<void> {
  const row: PrivacySetting = { key: 'privacy', retention: RetentionSchema.parse(retention), updatedAt: now };
  await db.settings.put(row);
}

/** A job rescoring the whole table under these rules (`total` counted from the figures when not given). */
export async function newRescoreJob(db: LeadsDatabase, scoring: Pick<ScoringSetting, 'ruleSet' | 'revision'>, now: number, leads?: number): Promise<RescoreJob> {
  const total = leads ?? (await getFigureTotals(db))?.leads ?? (await db.leads.count());
  return { key: 'rescore', revision: scoring.revision, ruleSet: scoring.ruleSet, done: 0, total, finished: false, startedAt: now, newlySql: 0 };
}

/** Open a rescore job under the rules in force (engagement points fade with time, not only with writes). */
export async function openRescoreJob(db: LeadsDatabase, now: number): Promise<RescoreJob> {
  // Counted before, in a read: a write holding `leads` would wait for a running rescore chunk.
  const leads = await getLeadCount(db);
  return db.transaction('rw', [db.settings, db.jobs], async () => {
    const scoring = await getScoring(db);
    const running = await getRescoreJob(db);
    if (running && !running.finished && running.revision === scoring.revision) return running;
    const job = await newRescoreJob(db, scoring, now, leads);
    await db.jobs.put(job);
    return job;
  });
}

/** Store a new rule set (validated) and open a rescore job for it, in one transaction. */
export async function saveRuleSet(db: LeadsDatabase, ruleSet: RuleSet, now: number): Promise<ScoringSetting> {
  const valid = RuleSetSchema.parse(ruleSet);
  const leads = await getLeadCount(db);
  return db.transaction('rw', [db.settings, db.jobs], async () => {
    const current = await getScoring(db);
    const next: ScoringSetting = { key: 'scoring', ruleSet: valid, revision: current.revision + 1, updatedAt: now };
    await db.settings.put(next);
    // The job carries the rules: writes score with them without locking settings (a rescore chunk, an import).
    await db.jobs.put(await newRescoreJob(db, next, now, leads));
    return next;
  });
}

/** The rules writes score with (the rescore job's; the defaults before any rule was saved). Frozen, so the engine can reuse their compiled form. */
export async function getWriteRules(db: LeadsDatabase): Promise<Pick<ScoringSetting, 'ruleSet' | 'revision'>> {
  const job = await getRescoreJob(db);
  return job ? { ruleSet: freezeRuleSet(job.ruleSet), revision: job.revision } : { ruleSet: DEFAULT_RULESET, revision: 0 };
}

/** The kept figure totals (lead count and more), or undefined while they are not built. */
export async function getFigureTotals(db: LeadsDatabase): Promise<TotalsFigures | undefined> {
  const parsed = TotalsFiguresSchema.safeParse(await db.figures.get('totals'));
  return parsed.success ? parsed.data : undefined;
}

/** The kept lead count; counted (slowly) while figures are not built. Read-only, so it can run in a live query. */
export async function getLeadCount(db: LeadsDatabase): Promise<number> {
  return (await getFigureTotals(db))?.leads ?? db.leads.count();
}

/** The saved stage mapping, if the rep (or the first sync) saved one. */
export async function getCrmMapping(db: LeadsDatabase): Promise<CrmSetting['mapping'] | undefined> {
  const parsed = CrmSetting.safeParse(await db.settings.get('crm'));
  return parsed.success ? parsed.data.mapping : undefined;
}

export async function saveCrmMapping(db: LeadsDatabase, mapping: CrmSetting['mapping'], now: number): Promise<void> {
  const row: CrmSetting = { key: 'crm', mapping: StageMappingSchema.parse(mapping), updatedAt: now };
  await db.settings.put(row);
}
