import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { savePeople } from '../../lib/db/save-capture';
import { ImportSession } from '../../lib/transfer/import-session';
import { exportBackup, restoreBackup } from '../../lib/transfer/backup';
import { runTransfer, takeUnfinishedTransfer } from '../../lib/transfer/unfinished';
import { freshDb, NOW, sequentialIds } from './helpers/db';

const people = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => PersonCaptureSchema.parse({ source: 'import', capturedAt: NOW, fullName: `${prefix} Person ${i}`, email: `${prefix.toLowerCase()}${i}@example.com` }));

const csv = (n: number) => new Blob([['Name,Email', ...Array.from({ length: n }, (_, i) => `Row Person ${i},row${i}@example.com`)].join('\n')], { type: 'text/csv' });

describe('an import or restore cut short is told once, and only then', () => {
  it('a transfer that never reached its commit (its page closed) leaves a note, taken once, of its own kind only', async () => {
    const db = freshDb();
    // The page closes mid-way: the write never ends, so nothing is left but the note.
    void runTransfer(db, 'import', NOW, () => new Promise<never>(() => undefined));
    await expect.poll(() => db.jobs.get('transfer')).toMatchObject({ kind: 'import', startedAt: NOW });
    expect(await takeUnfinishedTransfer(db, 'restore')).toBeUndefined();
    expect(await takeUnfinishedTransfer(db, 'import')).toMatchObject({ kind: 'import' });
    expect(await takeUnfinishedTransfer(db, 'import')).toBeUndefined();
  });

  it('a committed import clears its note in its own transaction', async () => {
    const db = freshDb();
    const session = new ImportSession(db, () => NOW);
    const opened = await session.open(csv(30));
    expect(opened.ok).toBe(true);
    expect(await session.run()).toEqual({ created: 30, merged: 0 });
    expect(await db.leads.count()).toBe(30);
    expect(await db.jobs.get('transfer')).toBeUndefined();
    expect(await takeUnfinishedTransfer(db, 'import')).toBeUndefined();
  });

  it('the note is cleared inside the import transaction: when that transaction aborts, the note and every row stay as they were', async () => {
    const db = freshDb();
    await db.jobs.put({ key: 'transfer', kind: 'import', startedAt: NOW });
    const cut = savePeople(db, people(50, 'Cut'), NOW, sequentialIds('lead'), undefined, async () => {
      await db.jobs.delete('transfer');
      // The page closing aborts the transaction after the note was deleted in it.
      throw new Error('page closed');
    });
    await expect(cut).rejects.toThrow();
    expect(await db.leads.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    expect(await db.jobs.get('transfer')).toMatchObject({ kind: 'import' });
  });

  it('the same for a restore: aborted with the note deleted inside it, nothing changed and the note is still there', async () => {
    const source = freshDb();
    await savePeople(source, people(20, 'Backup'), NOW, sequentialIds('backup'));
    const backup = await exportBackup(source, NOW);
    const db = freshDb();
    await savePeople(db, people(5, 'Local'), NOW, sequentialIds('local'));
    const before = (await db.leads.toArray()).map((l) => l.id).sort();
    await db.jobs.put({ key: 'transfer', kind: 'restore', startedAt: NOW });
    const cut = restoreBackup(db, backup, 'replace', NOW + 1, undefined, async () => {
      await db.jobs.delete('transfer');
      throw new Error('page closed');
    });
    await expect(cut).rejects.toThrow();
    expect((await db.leads.toArray()).map((l) => l.id).sort()).toEqual(before);
    expect(await db.jobs.get('transfer')).toMatchObject({ kind: 'restore' });

    // Run as the page runs it, it commits whole and leaves no note.
    await runTransfer(db, 'restore', NOW + 2, (end) => restoreBackup(db, backup, 'replace', NOW + 2, undefined, end));
    expect(await db.leads.count()).toBe(20);
    expect(await takeUnfinishedTransfer(db, 'restore')).toBeUndefined();
  });

  it('a failure the page sees (and tells there and then) leaves no note', async () => {
    const db = freshDb();
    await expect(runTransfer(db, 'restore', NOW, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await db.jobs.get('transfer')).toBeUndefined();
  });
});
