import { describe, expect, it } from 'vitest';
import { deleteLeadsForGood } from '../../lib/db/erase';
import { restoreBackup } from '../../lib/transfer/backup';
import { backupAt, savedPerson } from './helpers/backup';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/** Restoring or merging an older backup leaves out the leads deleted for good here (lib/db/forgotten.ts). */

const HOUR = 3_600_000;

describe('people deleted for good stay deleted', () => {
  it.each(['merge', 'replace'] as const)('an older backup (%s) does not bring the person back', async (mode) => {
    const db = freshDb();
    const ada = await savedPerson(db, { fullName: 'Ada Gone', email: 'ada@gone.pl' });
    const bob = await savedPerson(db, { fullName: 'Bob Stays', email: 'bob@stays.pl' });
    const backup = await backupAt(db, NOW + HOUR);
    await deleteLeadsForGood(db, [ada], NOW + 2 * HOUR);
    const counts = await restoreBackup(db, backup, mode, NOW + 3 * HOUR);
    expect((await db.leads.toArray()).map((l) => l.id)).toEqual([bob]);
    expect(await db.activities.where('leadId').equals(ada).count()).toBe(0);
    expect(await db.stageHistory.where('leadId').equals(ada).count()).toBe(0);
    expect(counts.forgotten).toBe(1);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 3 * HOUR));
  });
});
