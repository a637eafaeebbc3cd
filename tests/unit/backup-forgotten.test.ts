import { describe, expect, it } from 'vitest';
import type { LeadsDatabase } from '../../lib/db/database';
import { deleteLeadsForGood } from '../../lib/db/erase';
import { saveCapture } from '../../lib/db/save-capture';
import { backupJson, exportBackup, parseBackup, restoreBackup, type Backup } from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/** Restoring or merging an older backup leaves out the leads deleted for good here (lib/db/forgotten.ts). */

const HOUR = 3_600_000;

async function person(db: LeadsDatabase, p: { fullName: string; linkedinUrl?: string; email?: string; companyName?: string }, t = NOW): Promise<string> {
  return (await saveCapture(db, { kind: 'person', person: { ...p, source: 'website', capturedAt: t } }, t)).id;
}

async function backupOf(db: LeadsDatabase, t: number): Promise<Backup> {
  const parsed = parseBackup(backupJson(await exportBackup(db, t)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

describe('people deleted for good stay deleted', () => {
  it.each(['merge', 'replace'] as const)('an older backup (%s) does not bring the person back', async (mode) => {
    const db = freshDb();
    const ada = await person(db, { fullName: 'Ada Gone', email: 'ada@gone.pl' });
    const bob = await person(db, { fullName: 'Bob Stays', email: 'bob@stays.pl' });
    const backup = await backupOf(db, NOW + HOUR);
    await deleteLeadsForGood(db, [ada], NOW + 2 * HOUR);
    const counts = await restoreBackup(db, backup, mode, NOW + 3 * HOUR);
    expect((await db.leads.toArray()).map((l) => l.id)).toEqual([bob]);
    expect(await db.activities.where('leadId').equals(ada).count()).toBe(0);
    expect(await db.stageHistory.where('leadId').equals(ada).count()).toBe(0);
    expect(counts.forgotten).toBe(1);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 3 * HOUR));
  });
});
