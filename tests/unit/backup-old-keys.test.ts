import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../lib/db/save-capture';
import { backupJson, exportBackup, parseBackup, restoreBackup } from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';

/** A file from before schema v13 has its name keys made again on restore (lib/transfer/backup-keys.ts). */

const HOUR = 3_600_000;

describe('a backup written before schema v13 (keys spelled the old way)', () => {
  it('after a restore, capturing the same person again updates the restored lead', async () => {
    const src = freshDb();
    await saveCapture(src, { kind: 'person', person: { fullName: 'Michał Wałęsa', companyName: 'ООО «Ромашка»', source: 'website', capturedAt: NOW } }, NOW);
    const file = await exportBackup(src, NOW + HOUR);
    // As v12 stored it: stroked letters kept, Cyrillic legal form counted.
    const old = { ...file, schemaVersion: 12, tables: { ...file.tables, leads: file.tables.leads.map((l) => ({ ...l, nameKey: 'michał wałesa|ооо ромашка', words: ['michał', 'wałesa', 'ооо', 'ромашка'] })) } };
    const parsed = parseBackup(backupJson(old));
    if (!parsed.ok) throw new Error(parsed.error);
    const db = freshDb();
    await restoreBackup(db, parsed.backup, 'replace', NOW + 2 * HOUR);
    const again = await saveCapture(db, { kind: 'person', person: { fullName: 'Michał Wałęsa', companyName: 'Ромашка', source: 'website', capturedAt: NOW + 3 * HOUR } }, NOW + 3 * HOUR);
    expect(again.status).toBe('updated');
    expect(await db.leads.count()).toBe(1);
  });
});
