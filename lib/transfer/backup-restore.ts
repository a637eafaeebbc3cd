import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { newRescoreJob, ScoringSetting, type SettingRow } from '../db/settings';
import type { RescoreJob } from '../db/jobs';
import { commit } from '../db/write/commit';
import { eraseLeads } from '../db/erase';
import type { Lead } from '../schema/records';
import type { StageChange } from '../pipeline/schema';
import { foldDuplicates } from './backup-merge';
import { parseBackup } from './backup-parse';
import { isDerivedSetting, type Backup, type BackupError, type BackupTable } from './backup-schema';
import { transferTables } from './tables';

/**
 * - 'replace': the database becomes the backup (every table cleared first);
 * - 'merge': the backup's records are written over the ones with the same key;
 *   records the backup does not hold stay.
 */
export type RestoreMode = 'replace' | 'merge';

/** Records written per table, and (merge only) local duplicates folded into the backup's records. */
export type RestoreCounts = Record<BackupTable, number> & { duplicates: number };

/** A lead from a file written before leads remembered their stages: the stages its history went through, and its own. */
export function withReachedStages(leads: readonly Lead[], history: readonly StageChange[]): Lead[] {
  const reached = new Map<string, Set<string>>();
  for (const entry of history) {
    const set = reached.get(entry.leadId) ?? reached.set(entry.leadId, new Set()).get(entry.leadId)!;
    if (entry.fromStage) set.add(entry.fromStage);
    set.add(entry.toStage);
  }
  return leads.map((lead) => (lead.reached ? lead : { ...lead, reached: [...new Set([...(reached.get(lead.id) ?? []), lead.stageId])].sort().slice(0, 30) }));
}

/**
 * Write a parsed backup, all of it or none: one commit over every table, so a
 * failure halfway (quota, a bad record, a closed database) rolls back to the
 * database as it was. Figures are never taken from the file: the write layer
 * counts the records as they are written (a long write: folded in right after it
 * commits). Records come back as they were: no sequence effect fires (the file
 * brings its own enrolments). Restored rules replace the rules writes score with.
 * A person erased here and still whole in the file is erased again in the same write.
 * Throws a StorageError on failure.
 */
export async function restoreBackup(db: LeadsDatabase, backup: Backup, mode: RestoreMode, now: number): Promise<RestoreCounts> {
  const { tables } = backup;
  const settings = tables.settings.filter((row): row is SettingRow => !isDerivedSetting(row.key));
  const leads = withReachedStages(tables.leads, tables.stageHistory);
  try {
    const names = [...transferTables(db).map((t) => t.name), db.jobs.name];
    return await commit(db, names, { origin: 'rep', now, effects: false, long: true }, async (w) => {
      // People erased here stay erased, whatever an older file says about them.
      const erased = new Set((await db.leads.filter((lead) => lead.erasedAt !== undefined).primaryKeys()) as string[]);
      let duplicates = 0;
      if (mode === 'replace') {
        await db.settings.clear();
        await db.sequences.clear();
        // Records the backup does not hold go; the ones it holds are written over (unchanged ones change nothing).
        for (const table of ['enrolments', 'stageHistory', 'activities'] as const) {
          const keep = new Set<string>(tables[table].map((record) => record.id));
          const stored = (await db.table(table).toCollection().primaryKeys()) as string[];
          await w.delete(table, stored.filter((id) => !keep.has(id)));
        }
        // Leads and companies hold a unique LinkedIn URL: one the backup gives another URL goes first too,
        // so no write in between meets a URL that is moving.
        for (const table of ['leads', 'companies'] as const) {
          const url = new Map<string, string | undefined>(tables[table].map((record) => [record.id, record.linkedinUrl]));
          const stored: { id: string; linkedinUrl?: string }[] = await db.table(table).toArray();
          await w.delete(table, stored.filter((r) => !url.has(r.id) || url.get(r.id) !== r.linkedinUrl).map((r) => r.id));
        }
      } else {
        duplicates = await foldDuplicates(db, w, tables);
      }
      await db.settings.bulkPut(settings);
      await db.sequences.bulkPut(tables.sequences);
      await w.put('companies', tables.companies);
      await w.put('leads', leads);
      await w.put('activities', tables.activities);
      await w.put('stageHistory', tables.stageHistory);
      await w.put('enrolments', tables.enrolments);
      const comeBack = leads.filter((lead) => erased.has(lead.id) && lead.erasedAt === undefined).map((lead) => lead.id);
      if (comeBack.length) await eraseLeads(db, comeBack, now);
      // The restored rules become the rules writes score with (the restored leads were scored by them).
      const restored = ScoringSetting.safeParse(settings.find((row) => row.key === 'scoring'));
      if (restored.success) {
        const job: RescoreJob = { ...(await newRescoreJob(db, restored.data, now, leads.length)), finished: true };
        await db.jobs.put(job);
      }
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
