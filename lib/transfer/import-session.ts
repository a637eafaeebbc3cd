import type { LeadsDatabase } from '../db/database';
import { decodeCsvFile, MAX_CSV_BYTES, type AssumedEncoding } from './csv-decode';
import { parseCsvInChunks, type CsvTable } from './csv-parse';
import { autoMapping, type ImportMapping } from './import-fields';
import { previewImport, type ImportPreview } from './import-preview';
import { classifyDuplicates, importCaptures, type ImportCounts } from './import-save';
import { runTransfer } from './unfinished';
import { randomId } from '../db/save-capture';
import { replayableIds } from '../leads/replayable-ids';
import type { ImportPhase, ImportSummary, OpenOutcome } from '../messaging/protocol';
import { cutAtCodePoint } from '../schema/text';

/**
 * One CSV import from file to stored rows, holding the whole table and preview
 * so the screen only ever receives what it shows (a few rows, the first
 * refusals, counts). It runs in a worker (lib/transfer/import-worker.ts), so a
 * 100,000-row file never freezes the options page; where there is no worker
 * (unit and component tests) the page runs it itself.
 */

export const PREVIEW_ROWS = 5;
export const REFUSED_SHOWN = 20;
/**
 * Characters of a header or sample cell sent to the screen. A file can hold a
 * 5 MB cell; sent whole, it overflowed the reply's checked size (the screen waited
 * for an answer it had thrown away) and would fill the page with text.
 */
export const PREVIEW_CELL_CHARS = 200;

/** A header or cell as the screen shows it: cut to PREVIEW_CELL_CHARS, with an ellipsis when cut. */
export function previewCell(text: string): string {
  return text.length > PREVIEW_CELL_CHARS ? `${cutAtCodePoint(text, PREVIEW_CELL_CHARS)}…` : text;
}

export type { ImportPhase, ImportSummary, OpenOutcome };
export type OnStep = (phase: ImportPhase, fraction: number) => void;

export class ImportSession {
  private table?: CsvTable;
  private preview?: ImportPreview;
  private mapping: ImportMapping = {};
  /** The encoding the file was read in when it was not UTF-8: the screen tells the rep. */
  private assumed?: AssumedEncoding;
  // The counts shown and the save draw the same ids, so they agree on every merge.
  private ids = replayableIds(randomId);

  constructor(
    private readonly db: LeadsDatabase,
    private readonly clock: () => number,
  ) {}

  async open(file: Blob, onStep?: OnStep): Promise<OpenOutcome> {
    this.table = undefined;
    this.preview = undefined;
    this.assumed = undefined;
    // Checked before reading: a 200 MB file is refused without loading it.
    if (file.size > MAX_CSV_BYTES) return { ok: false, error: 'too-large' };
    onStep?.('reading', 0);
    const decoded = decodeCsvFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { ok: false, error: decoded.error };
    const parsed = await parseCsvInChunks(decoded.text, (fraction) => onStep?.('reading', fraction));
    if (!parsed.ok) return parsed;
    this.table = parsed;
    this.assumed = decoded.assumed;
    return { ok: true, summary: this.remap(autoMapping(parsed.headers, parsed.rows)) };
  }

  remap(mapping: ImportMapping): ImportSummary {
    const table = this.table ?? { headers: [], rows: [], rowNumbers: [] };
    this.mapping = mapping;
    this.preview = previewImport(table, mapping, this.clock());
    this.ids = replayableIds(randomId);
    const { captures, refused } = this.preview;
    return {
      headers: table.headers.map(previewCell),
      sample: (table.rows[0] ?? []).map(previewCell),
      mapping,
      firstRows: captures.slice(0, PREVIEW_ROWS),
      refused: refused.slice(0, REFUSED_SHOWN).map((r) => (r.column === undefined ? r : { ...r, column: previewCell(r.column) })),
      refusedCount: refused.length,
      captureCount: captures.length,
      ...(this.assumed ? { assumedEncoding: this.assumed } : {}),
    };
  }

  /** New and merged rows under the current mapping; read-only. */
  counts(): Promise<ImportCounts> {
    return classifyDuplicates(this.db, this.preview?.captures ?? [], this.clock(), this.ids.fromStart());
  }

  /**
   * All confirmed rows in one transaction, or none (throws a StorageError). Noted as under
   * way until that transaction commits: an import cut short by the page closing is told
   * when the page opens again (unfinished.ts).
   */
  async run(onStep?: OnStep): Promise<ImportCounts> {
    const captures = this.preview?.captures ?? [];
    onStep?.('saving', 0);
    const now = this.clock();
    const counts = await runTransfer(this.db, 'import', now, (end) =>
      importCaptures(this.db, captures, now, (done, total) => onStep?.('saving', total ? done / total : 1), this.ids.fromStart(), end),
    );
    this.table = undefined;
    this.preview = undefined;
    return counts;
  }
}
