import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { foldDuplicates } from './backup-merge';
import { parseBackup } from './backup-parse';
import { isDerivedSetting, type Backup, type BackupError, type BackupTable } from './backup-schema';
import { keepTotalsInTransaction } from '../db/kept-metrics';
import { transferTables } from './tables';

/**
 * - 'replace': the database becomes the backup (every table cleared first);
 * - 'merge': the backup's records are written over the ones with the same key;
 *   records the backup does not hold stay.
 */
export type RestoreMode = 'replace' | 'merge';

/** Records written per table, and (merge only) local duplicates folded into the backup's records. */
export type RestoreCounts = Record<BackupTable, number> & { duplicates: number };

/**
 * Write a parsed backup, all of it or none: one read-write transaction over every
 * table, so a failure halfway (quota, a bad record, a closed database) rolls back
 * to the database as it was. Kept totals are never taken from the file: they are
 * recomputed in the same transaction from the leads as restored.
 * Throws a StorageError on failure.
 */
export async function restoreBackup(db: LeadsDatabase, backup: Backup, mode: RestoreMode, now: number): Promise<RestoreCounts> {
  const { tables } = backup;
  const settings = tables.settings.filter((row) => !isDerivedSetting(row.key));
  try {
    return await db.transaction('rw', transferTables(db), async () => {
      let duplicates = 0;
      if (mode === 'replace') {
        for (const table of transferTables(db)) await table.clear();
      } else {
        duplicates = await foldDuplicates(db, tables);
      }
      // Settings first: the per-day totals read the restored pipeline's stage kinds.
      await db.settings.bulkPut(settings);
      await db.sequences.bulkPut(tables.sequences);
      await db.companies.bulkPut(tables.companies);
      await db.leads.bulkPut(tables.leads);
      await db.activities.bulkPut(tables.activities);
      await db.stageHistory.bulkPut(tables.stageHistory);
      await db.enrolments.bulkPut(tables.enrolments);
      await keepTotalsInTransaction(db, now);
      return {
        leads: tables.leads.length,
        companies: tables.companies.length,
        activities: tables.activities.length,
        stageHistory: tables.stageHistory.length,
        sequences: tables.sequences.length,
        enrolments: tables.enrolments.length,
        settings: settings.length,
        duplicates,
      };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export type ImportResult = { ok: true; counts: RestoreCounts } | { ok: false; error: BackupError; detail?: string };

/** Parse a backup file's text and restore it; a file that does not parse whole is refused before any write. */
export async function importBackup(db: LeadsDatabase, text: string, mode: RestoreMode, now: number): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, counts: await restoreBackup(db, parsed.backup, mode, now) };
}
