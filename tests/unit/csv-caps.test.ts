import { describe, expect, it } from 'vitest';
import { MAX_ROWS, parseCsv, parseCsvInChunks } from '../../lib/transfer/csv-import';
import { ImportSummarySchema } from '../../lib/messaging/protocol';
import { ImportSession, PREVIEW_CELL_CHARS, previewCell } from '../../lib/transfer/import-session';
import { freshDb, NOW } from './helpers/db';

const clock = () => NOW;
const csv = (text: string) => new Blob([text], { type: 'text/csv' });
/** A file of `rows` one-letter rows under a one-column header (generated: no big file is committed). */
const tinyRows = (rows: number) => `Name\n${'a\n'.repeat(rows)}`;

describe('the row cap', () => {
  it('takes a file of exactly MAX_ROWS rows (blank rows not counted), and refuses one more', async () => {
    const full = tinyRows(MAX_ROWS) + '\n\n,\n';
    const parsed = parseCsv(full);
    expect(parsed.ok && parsed.rows.length).toBe(MAX_ROWS);
    expect(parseCsv(tinyRows(MAX_ROWS + 1))).toEqual({ ok: false, error: 'too-many-rows' });
    expect(await parseCsvInChunks(tinyRows(MAX_ROWS + 1))).toEqual({ ok: false, error: 'too-many-rows' });
  });

  it('stops reading millions of tiny rows at the cap instead of holding them all', async () => {
    const text = tinyRows(5_000_000);
    const seen: number[] = [];
    expect(await parseCsvInChunks(text, (fraction) => seen.push(fraction))).toEqual({ ok: false, error: 'too-many-rows' });
    // Refused within the first chunks of a 10 MB text: it never read on to the end.
    expect(seen.length).toBeLessThan(3);
    expect(Math.max(0, ...seen)).toBeLessThan(0.25);
    expect(await new ImportSession(freshDb(), clock).open(csv(text))).toEqual({ ok: false, error: 'too-many-rows' });
  }, 20_000); // millions of rows parsed: slow on a loaded 2-core machine, not a timing claim
});

describe('a long cell in the preview', () => {
  it('is cut for display, at a whole character, with an ellipsis', () => {
    expect(previewCell('short')).toBe('short');
    const cut = previewCell('ż'.repeat(PREVIEW_CELL_CHARS - 1) + '😀😀');
    expect(cut).toBe('ż'.repeat(PREVIEW_CELL_CHARS - 1) + '…');
  });

  it('a 5 MB header and a 5 MB cell: the summary the screen is sent stays small and passes the protocol', async () => {
    const huge = (ch: string) => ch.repeat(5 * 1024 * 1024);
    const text = `Name,Notes ${huge('h')},Email\nAnna Nowak,${huge('x')},${huge('e')}@x.io\n`;
    const opened = await new ImportSession(freshDb(), clock).open(csv(text));
    if (!opened.ok) throw new Error(opened.error);
    const { summary } = opened;
    expect(ImportSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary.headers[1]).toHaveLength(PREVIEW_CELL_CHARS + 1);
    expect(summary.sample[1]).toBe(`${'x'.repeat(PREVIEW_CELL_CHARS)}…`);
    expect(JSON.stringify(summary).length).toBeLessThan(10_000);
    // The 5 MB "e-mail" refuses its row, named by its (cut) column.
    expect(summary.refused).toEqual([{ row: 2, reason: 'bad-email', column: 'Email' }]);
  });
});
