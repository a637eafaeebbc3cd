import { describe, expect, it } from 'vitest';
import type { LeadsDatabase } from '../../lib/db/database';
import { saveCapture } from '../../lib/db/save-capture';
import { getRescoreJob, saveRuleSet } from '../../lib/db/settings';
import { runRescore } from '../../lib/db/rescore';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { BackupSchema, BACKUP_VERSION, backupJson, exportBackup, restoreBackup, type Backup } from '../../lib/transfer/backup';
import { backupAt } from './helpers/backup';
import { freshDb, NOW } from './helpers/db';

/**
 * A backup exported while a rescore ran holds leads still scored by the rules before it: the file
 * says so, and a restore that keeps none of the leads scored here rescores every lead.
 */

const HOUR = 3_600_000;
const pause = { pause: async () => undefined };

async function person(db: LeadsDatabase, fullName: string, email: string): Promise<string> {
  return (await saveCapture(db, { kind: 'person', person: { fullName, email, source: 'website', capturedAt: NOW } }, NOW)).id;
}

/** Two cold leads, then rules under which every lead at 0 points is SQL, exported before the background rescored any. */
async function exportedMidRescore(): Promise<{ ids: string[]; backup: Backup; source: LeadsDatabase }> {
  const source = freshDb();
  const ids = [await person(source, 'Ann One', 'a@x.pl'), await person(source, 'Bo Two', 'b@x.pl')];
  await saveRuleSet(source, { ...DEFAULT_RULESET, thresholds: { mql: -2, sql: 0 } }, NOW + HOUR);
  expect((await getRescoreJob(source))!.finished).toBe(false);
  return { ids, backup: await backupAt(source, NOW + 2 * HOUR), source };
}

async function labels(db: LeadsDatabase, ids: string[]) {
  return (await db.leads.bulkGet(ids)).map((l) => l!.scoreLabel);
}

describe('a backup exported while a rescore ran', () => {
  it('says so in the file, without a new format version', async () => {
    const { backup } = await exportedMidRescore();
    expect(backup.rescoreUnfinished).toBe(true);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(BACKUP_VERSION).toBe(1);
  });

  it('an older version, whose schema has no marker, still reads the file (unknown fields are dropped)', async () => {
    const { backup } = await exportedMidRescore();
    const older = BackupSchema.omit({ rescoreUnfinished: true });
    const read = older.safeParse(JSON.parse(backupJson(backup)));
    expect(read.success).toBe(true);
    expect(read.data).not.toHaveProperty('rescoreUnfinished');
  });

  it('a file exported after the rescore finished carries no marker', async () => {
    const { source } = await exportedMidRescore();
    await runRescore(source, () => NOW + 2 * HOUR, pause);
    const json = backupJson(await exportBackup(source, NOW + 3 * HOUR));
    expect(json).not.toContain('rescoreUnfinished');
  });

  it.each(['replace', 'merge'] as const)('a %s into an empty database rescores every lead', async (mode) => {
    const { ids, backup } = await exportedMidRescore();
    const db = freshDb();
    const counts = await restoreBackup(db, backup, mode, NOW + 3 * HOUR);
    expect(counts.rescoring).toBe(true);
    await runRescore(db, () => NOW + 4 * HOUR, pause);
    expect(await labels(db, ids)).toEqual(['sql', 'sql']);
  });

  it('a replace over the database it came from, once its rescore had finished, rescores the restored leads again', async () => {
    const { ids, backup, source } = await exportedMidRescore();
    await runRescore(source, () => NOW + 2 * HOUR, pause);
    expect(await labels(source, ids)).toEqual(['sql', 'sql']);
    const counts = await restoreBackup(source, backup, 'replace', NOW + 3 * HOUR);
    expect(counts.rescoring).toBe(true);
    await runRescore(source, () => NOW + 4 * HOUR, pause);
    expect(await labels(source, ids)).toEqual(['sql', 'sql']);
  });

  it('a file exported with no rescore running opens none on a replace', async () => {
    const { source } = await exportedMidRescore();
    await runRescore(source, () => NOW + 2 * HOUR, pause);
    const counts = await restoreBackup(freshDb(), await backupAt(source, NOW + 3 * HOUR), 'replace', NOW + 4 * HOUR);
    expect(counts.rescoring).toBe(false);
  });
});
