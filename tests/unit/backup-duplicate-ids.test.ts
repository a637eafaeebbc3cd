import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../lib/db/save-capture';
import { backupJson, exportBackup, parseBackup } from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';

/** A hand-edited file that lists a record twice: written twice, the kept figures counted it twice. */

describe('a backup that holds one record twice', () => {
  it.each(['leads', 'activities', 'stageHistory'] as const)('is refused before any write, saying where (%s)', async (table) => {
    const db = freshDb();
    await saveCapture(db, { kind: 'person', person: { fullName: 'Ann One', email: 'a@x.pl', source: 'website', capturedAt: NOW } }, NOW);
    const file = await exportBackup(db, NOW + 1);
    const rows = file.tables[table] as { id: string }[];
    const twice = { ...file, tables: { ...file.tables, [table]: [...rows, { ...rows[0]!, ...(table === 'leads' ? { fullName: 'Ann Again' } : {}) }] } };
    expect(parseBackup(backupJson(twice))).toEqual({ ok: false, error: 'invalid', detail: `${table}[1].id` });
  });
});
