import Papa from 'papaparse';
import { HEADER_SEARCH_ROWS, headerRowIndex } from './header-row';
import { isKnownHeader } from './import-fields';

/**
 * Splitting CSV text into a header and rows. Excel writes semicolons in
 * locales with a decimal comma (Poland, Romania, Russia) and tabs for "Text",
 * so the separator is detected rather than assumed.
 */

export type { ParseError } from './import-codes';

/**
 * A table as read: `rowNumbers[i]` is the row a spreadsheet shows for `rows[i]` (the header is
 * row 1, or a later row when lines above it were skipped: see header-row.ts).
 */
export type CsvTable = { headers: string[]; rows: string[][]; rowNumbers: number[] };

export type ParseResult =
  | ({ ok: true } & CsvTable)
  | { ok: false; error: 'no-header' | 'too-many-columns' | 'too-many-rows' }
  | { ok: false; error: 'malformed'; row: number };

export const MAX_COLUMNS = 1_000;
/**
 * The most rows (besides the header and blank rows) a file may have: twice the
 * 100,000 leads the extension is built and measured for. Each kept row costs its
 * cells and an array, so a 100 MB file of millions of tiny rows would take
 * gigabytes; it is refused as soon as the count is passed, having held at most
 * this many rows and one chunk of text's worth more.
 */
export const MAX_ROWS = 200_000;
const DELIMITERS = [',', ';', '\t'];

type Format = { delimiter: string; newline: '\r\n' | '\n' | '\r' };

// Papa's guess needs blank lines skipped, or a trailing newline counts as a one-column row and no separator fits.
// The line break is guessed once for the whole text too: a chunk that ends between \r and \n would guess otherwise.
function detectFormat(text: string, delimiter?: string): Format {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 10 });
  const newline = guess.meta.linebreak === '\r\n' || guess.meta.linebreak === '\r' ? guess.meta.linebreak : '\n';
  return { delimiter: delimiter ?? (guess.meta.delimiter || ','), newline };
}

// "sep=;" as the first line: Excel reads it as the separator (and hides the line), so exports meant for Excel write it.
const SEP_LINE = /^sep=([,;\t])[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * The text to parse and how: a "sep=" line names the separator and is dropped, so rows
 * are numbered as Excel shows them (the header is row 1 there too); else it is guessed.
 */
function prepare(text: string): { body: string; format: Format } {
  const sep = SEP_LINE.exec(text);
  const body = sep ? text.slice(sep[0].length) : text;
  return { body, format: detectFormat(body, sep?.[1]) };
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * Rows as Papa hands them over (all at once, or chunk by chunk), turned into a
 * table. Blank rows are skipped as Papa's 'greedy' option does, but here, so each
 * kept row keeps its own number (Papa's numbers count the skipped rows, its data
 * does not).
 */
class TableBuilder {
  private seen = 0;
  private readonly kept: { cells: string[]; number: number }[] = [];
  /** Where the header is among `kept`, once HEADER_SEARCH_ROWS rows (or all of them) were seen. */
  private headerAt?: number;
  failure?: ParseResult;

  add(data: string[][], errors: Papa.ParseError[]): void {
    if (this.failure) return;
    // Read chunk by chunk, Papa also parses the unfinished line at a chunk's end and may call its
    // quotes malformed (a closing quote whose next character is in the next chunk); that line is
    // parsed again, whole, with the next chunk. So only an error on a row handed over counts.
    const quoteError = errors.find((e) => e.type === 'Quotes' && (e.row === undefined || e.row < data.length));
    if (quoteError) this.failure = { ok: false, error: 'malformed', row: this.seen + (quoteError.row ?? 0) + 1 };
    for (const cells of data) {
      this.seen += 1;
      if (cells.length > MAX_COLUMNS) this.failure ??= { ok: false, error: 'too-many-columns' };
      if (isBlank(cells)) continue;
      // The lines above the header, the header row and MAX_ROWS rows.
      if (this.kept.length > MAX_ROWS + (this.headerAt ?? 0)) {
        this.failure ??= { ok: false, error: 'too-many-rows' };
        return;
      }
      this.kept.push({ cells, number: this.seen });
      if (this.kept.length === HEADER_SEARCH_ROWS) this.findHeader();
    }
  }

  private findHeader(): number {
    return (this.headerAt ??= headerRowIndex(
      this.kept.slice(0, HEADER_SEARCH_ROWS).map((r) => r.cells),
      isKnownHeader,
    ));
  }

  result(): ParseResult {
    if (this.failure) return this.failure;
    // The rows above the header are dropped; the rows kept keep their own numbers.
    const [header, ...data] = this.kept.slice(this.findHeader());
    if (!header) return { ok: false, error: 'no-header' };
    return {
      ok: true,
      headers: header.cells.map((h) => h.trim()),
      rows: data.map((r) => r.cells),
      rowNumbers: data.map((r) => r.number),
    };
  }
}

/** Characters parsed between two yields to the page: about a megabyte, a few tens of milliseconds. */
export const PARSE_CHUNK = 1 << 20;

/** The whole table at once (Papa parses a string chunk by chunk, without yielding), stopping at the first failure. */
export function parseCsv(text: string): ParseResult {
  const table = new TableBuilder();
  const { body, format } = prepare(text);
  Papa.parse<string[]>(body, {
    ...format,
    skipEmptyLines: false,
    chunkSize: PARSE_CHUNK,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      table.add(results.data, results.errors);
      if (table.failure) parser.abort();
    },
    complete: () => undefined,
  });
  return table.result();
}

/**
 * The same table as parseCsv, read a chunk at a time with a pause between chunks,
 * so a 100 MB file neither freezes the page nor hides how far it got:
 * `onProgress` is told the share of the text read so far.
 */
export function parseCsvInChunks(text: string, onProgress?: (fraction: number) => void, chunkSize = PARSE_CHUNK): Promise<ParseResult> {
  const table = new TableBuilder();
  const { body, format } = prepare(text);
  let read = 0;
  return new Promise((resolve) => {
    Papa.parse<string[]>(body, {
      ...format,
      skipEmptyLines: false,
      chunkSize,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        table.add(results.data, results.errors);
        read = Math.min(body.length, read + chunkSize);
        // Papa does not call `complete` after an abort from here.
        if (table.failure) {
          parser.abort();
          return resolve(table.result());
        }
        onProgress?.(read / Math.max(1, body.length));
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => resolve(table.result()),
    });
  });
}
