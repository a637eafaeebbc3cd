import { describe, expect, it } from 'vitest';
import { getRescoreJob, saveRuleSet } from '../../lib/db/settings';
import { runRescore } from '../../lib/db/rescore';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { restoreBackup } from '../../lib/transfer/backup';
import { backupAt, savedPerson } from './helpers/backup';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/** A restore during a background rescore: the job is not marked done over leads it has not reached. */

const HOUR = 3_600_000;

describe('a restore while a rescore job is running', () => {
  it('a merge: the leads the rescore had not reached are still rescored under the rules in force', async () => {
    const db = freshDb();
    const ids = [await savedPerson(db, { fullName: 'Ann One', email: 'a@x.pl' }), await savedPerson(db, { fullName: 'Bo Two', email: 'b@x.pl' })];
    // Every lead at 0 points is SQL under the new rules; the background has not rescored yet.
    await saveRuleSet(db, { ...DEFAULT_RULESET, thresholds: { mql: -2, sql: 0 } }, NOW + HOUR);
    expect((await getRescoreJob(db))!.finished).toBe(false);
    const backup = await backupAt(db, NOW + 2 * HOUR);
    // A lead saved since the backup: the merge keeps it, and the rescore had not reached it either.
    ids.push(await savedPerson(db, { fullName: 'Cy Three', email: 'c@x.pl' }, NOW + 2 * HOUR));
    await restoreBackup(db, backup, 'merge', NOW + 3 * HOUR);
    await runRescore(db, () => NOW + 4 * HOUR, { pause: async () => undefined });
    const labels = (await db.leads.bulkGet(ids)).map((l) => l!.scoreLabel);
    expect(labels).toEqual(['sql', 'sql', 'sql']);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 4 * HOUR));
  });
});

