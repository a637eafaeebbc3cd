import { z } from 'zod';
import { SettingRow } from '../db/settings';
import { StageChangeSchema } from '../pipeline/schema';
import { ActivitySchema, CompanySchema, LeadSchema } from '../schema/records';
import { epochMs } from '../schema/text';
import { EnrolmentSchema, SequenceSchema } from '../sequences/schema';
import type { BackupError } from './backup-codes';

export type { BackupError };

/**
 * The backup file: every table of the database in one versioned JSON document.
 * Records are checked with the same schemas the tables are typed from, so a
 * restore never writes a record the extension could not have written itself.
 */

export const BACKUP_FORMAT = 'prospecting-assistant-backup';
/** The file layout. A newer extension that changes it bumps this; an older one then refuses the file instead of misreading it. */
export const BACKUP_VERSION = 1;

/**
 * Settings rows that files written before schema v6 may hold: kept totals and
 * rescore progress (now kept apart, and recomputed by a restore rather than
 * trusted). Accepted in a file and skipped.
 */
export const DERIVED_SETTINGS = ['leadCount', 'pipelineStats', 'dailyTotals', 'rescore'] as const;
const LegacyDerivedSetting = z.looseObject({ key: z.enum(DERIVED_SETTINGS) });

export function isDerivedSetting(key: string): boolean {
  return (DERIVED_SETTINGS as readonly string[]).includes(key);
}

/** The unique index on LinkedIn URLs would refuse a second record with the same URL: say which one before any write. */
function uniqueUrls(records: readonly { linkedinUrl?: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (record.linkedinUrl === undefined) return;
    if (seen.has(record.linkedinUrl)) ctx.addIssue({ code: 'custom', message: 'LinkedIn URL appears twice', path: [index, 'linkedinUrl'] });
    seen.add(record.linkedinUrl);
  });
}

/**
 * A record listed twice (a hand-edited file) would be written twice in one write, and the kept
 * figures would count it twice while the table holds it once: refused, saying which.
 */
function uniqueIds(records: readonly { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (seen.has(record.id)) ctx.addIssue({ code: 'custom', message: 'id appears twice', path: [index, 'id'] });
    seen.add(record.id);
  });
}

export const BackupTablesSchema = z.object({
  leads: z.array(LeadSchema).superRefine(uniqueIds).superRefine(uniqueUrls),
  companies: z.array(CompanySchema).superRefine(uniqueIds).superRefine(uniqueUrls),
  activities: z.array(ActivitySchema).superRefine(uniqueIds),
  stageHistory: z.array(StageChangeSchema).superRefine(uniqueIds),
  sequences: z.array(SequenceSchema).superRefine(uniqueIds),
  enrolments: z.array(EnrolmentSchema).superRefine(uniqueIds),
  settings: z.array(z.union([SettingRow, LegacyDerivedSetting])),
});
export type BackupTables = z.infer<typeof BackupTablesSchema>;
export type BackupTable = keyof BackupTables;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: epochMs,
  /** The database schema version (Dexie's verno) the records were read from, for a future migration of old backups. */
  schemaVersion: z.number().int().min(1),
  tables: BackupTablesSchema,
  /**
   * Present (true) when the file was exported while a rescore ran: some of its leads are still
   * scored by the rules before the ones it holds, so a restore rescores every lead. Optional, and
   * the version stays 1: an older extension's z.object drops a field it does not know.
   */
  rescoreUnfinished: z.boolean().optional(),
});
export type Backup = z.infer<typeof BackupSchema>;

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError; detail?: string };
