import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../lib/db/errors';
import { MAX_CSV_BYTES } from '../../lib/transfer/csv-decode';
import { createImportClient } from '../../lib/transfer/import-client';
import { answerImportRequest } from '../../lib/transfer/import-requests';
import { ImportSession, PREVIEW_ROWS, REFUSED_SHOWN } from '../../lib/transfer/import-session';
import type { ImportWorkerReply } from '../../lib/messaging/protocol';
import { freshDb, NOW } from './helpers/db';

const csv = (text: string) => new Blob([text], { type: 'text/csv' });
const clock = () => NOW;

describe('an import session', () => {
  it('keeps the table and hands the screen only what it shows', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 2 ? `Person ${i},person${i}@example.com` : `Person ${i},not-an-email`));
    const session = new ImportSession(freshDb(), clock);
    const opened = await session.open(csv(`Name,Email\n${rows.join('\n')}\n`));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { summary } = opened;
    expect(summary.headers).toEqual(['Name', 'Email']);
    expect(summary.sample).toEqual(['Person 0', 'not-an-email']);
    expect(summary.mapping).toEqual({ 0: 'fullName', 1: 'email' });
    expect(summary.firstRows).toHaveLength(PREVIEW_ROWS);
    expect(summary.firstRows[0]).toMatchObject({ row: 3, person: { fullName: 'Person 1', email: 'person1@example.com' } });
    expect(summary).toMatchObject({ captureCount: 20, refusedCount: 20 });
    expect(summary.refused).toHaveLength(REFUSED_SHOWN);
  });

  it('refuses a file over 100 MB without reading it', async () => {
    const huge = { size: MAX_CSV_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect(await new ImportSession(freshDb(), clock).open(huge)).toEqual({ ok: false, error: 'too-large' });
  });

  it('says which row an unclosed quote starts on', async () => {
    expect(await new ImportSession(freshDb(), clock).open(csv('Name,Email\nAnna,a@x.io\n"Jan,j@x.io\n'))).toEqual({ ok: false, error: 'malformed', row: 3 });
  });

  it('reports reading progress up to the whole file', async () => {
    const steps: number[] = [];
    const lines = Array.from({ length: 60_000 }, (_, i) => `Person ${i},person${i}@example.com`);
    await new ImportSession(freshDb(), clock).open(csv(`Name,Email\n${lines.join('\n')}\n`), (_phase, fraction) => steps.push(fraction));
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.at(-1)).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
});

describe('the import protocol', () => {
  it('answers a malformed request with bad-request, never a crash', async () => {
    const replies: ImportWorkerReply[] = [];
    const session = new ImportSession(freshDb(), clock);
    await answerImportRequest(session, { type: 'import.map', id: 7, mapping: { 0: 'password' } }, (r) => replies.push(r));
    await answerImportRequest(session, 'hello', (r) => replies.push(r));
    expect(replies).toEqual([
      { type: 'failed', id: 7, code: 'bad-request' },
      { type: 'failed', id: 0, code: 'bad-request' },
    ]);
  });

  it('a client without a worker runs the same session in the page: open, remap, count, import', async () => {
    const db = freshDb();
    const client = createImportClient(db, clock, false);
    const opened = await client.open(csv('Imię;Adres e-mail;Firma\nJan Kowalski;jan@firma.pl;Żabka\nAnna Nowak;anna@firma.pl;Żabka\nJan Kowalski;;Żabka\n'));
    expect(opened.ok && opened.summary.mapping).toEqual({ 0: 'fullName', 1: 'email', 2: 'companyName' });
    expect(await client.counts()).toEqual({ created: 2, merged: 1 });
    const remapped = await client.remap({ 0: 'fullName', 1: 'ignore', 2: 'companyName' });
    expect(remapped.firstRows[0]?.person.email).toBeUndefined();
    const saving: number[] = [];
    expect(await client.run((_phase, fraction) => saving.push(fraction))).toEqual({ created: 2, merged: 1 });
    expect(saving.at(-1)).toBe(1);
    expect((await db.leads.toArray()).map((l) => [l.fullName, l.email])).toEqual(expect.arrayContaining([['Jan Kowalski', undefined], ['Anna Nowak', undefined]]));
  });

  it('a write that fails comes back as a StorageError, and nothing is stored', async () => {
    const db = freshDb();
    db.leads.hook('creating', () => {
      throw new Error('disk on fire');
    });
    const client = createImportClient(db, clock, false);
    await client.open(csv('Name\nAnna Nowak\n'));
    await expect(client.run()).rejects.toBeInstanceOf(StorageError);
    expect(await db.leads.count()).toBe(0);
  });
});
