import type { LeadsDatabase } from '../../../lib/db/database';
import { saveCapture } from '../../../lib/db/save-capture';
import { backupJson, exportBackup, parseBackup, type Backup } from '../../../lib/transfer/backup';
import { NOW } from './db';

/** A person saved from a web page, as a rep saves one; returns the lead's id. */
export async function savedPerson(db: LeadsDatabase, p: { fullName: string; linkedinUrl?: string; email?: string; companyName?: string }, t = NOW): Promise<string> {
  return (await saveCapture(db, { kind: 'person', person: { ...p, source: 'website', capturedAt: t } }, t)).id;
}

/** The database's backup at `t`, through the file: exported, written as JSON and read back as a restore reads it. */
export async function backupAt(db: LeadsDatabase, t: number): Promise<Backup> {
  const parsed = parseBackup(backupJson(await exportBackup(db, t)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}
