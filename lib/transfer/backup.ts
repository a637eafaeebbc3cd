import type { LeadsDatabase } from '../db/database';
import { getRescoreJob, SettingRow } from '../db/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, isDerivedSetting, type Backup } from './backup-schema';
import { transferTables } from './tables';

/**
 * A full backup: every table in one versioned JSON file, and its restore
 * (replace or merge, all or nothing). The pieces live in backup-*.ts; this is
 * the module the options page imports.
 */

export * from './backup-schema';
export { parseBackup } from './backup-parse';
export { importBackup, restoreBackup, type ImportResult, type RestoreCounts, type RestoreMode } from './backup-restore';

/**
 * Read every table in one read transaction, so the file is one consistent moment
 * even while the background writes. Settings rows that no longer parse are left
 * out (the extension already treats them as absent), as are the kept totals and
 * rescore progress, which a restore recomputes rather than trusts. A rescore still running
 * is only noted (`rescoreUnfinished`): the leads it had not reached are scored by older rules.
 */
export async function exportBackup(db: LeadsDatabase, now: number): Promise<Backup> {
  const { tables, rescoreUnfinished } = await db.transaction('r', [...transferTables(db), db.jobs], async () => {
    const [leads, companies, activities, stageHistory, sequences, enrolments, rows, rescore] = await Promise.all([
      db.leads.toArray(),
      db.companies.toArray(),
      db.activities.toArray(),
      db.stageHistory.toArray(),
      db.sequences.toArray(),
      db.enrolments.toArray(),
      db.settings.toArray(),
      getRescoreJob(db),
    ]);
    const settings = rows.flatMap((row) => {
      const parsed = SettingRow.safeParse(row);
      return parsed.success && !isDerivedSetting(parsed.data.key) ? [parsed.data] : [];
    });
    return { tables: { leads, companies, activities, stageHistory, sequences, enrolments, settings }, rescoreUnfinished: rescore?.finished === false };
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, schemaVersion: db.verno, tables, ...(rescoreUnfinished ? { rescoreUnfinished } : {}) };
}

/** The file's text. Compact: a backup of 100,000 leads is big enough without indentation. */
export function backupJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/** "prospecting-assistant-backup-2026-11-23.json", dated in the rep's calendar. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${BACKUP_FORMAT}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
