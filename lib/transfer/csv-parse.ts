import Papa from 'papaparse';

/**
 * Splitting CSV text into a header and rows. Excel writes semicolons in
 * locales with a decimal comma (Poland, Romania, Russia) and tabs for "Text",
 * so the separator is detected rather than assumed.
 */

export type ParseError = 'no-header' | 'too-many-columns' | 'malformed';

/** A table as read: `rowNumbers[i]` is the row a spreadsheet shows for `rows[i]` (the header is row 1). */
export type CsvTable = { headers: string[]; rows: string[][]; rowNumbers: number[] };

export type ParseResult =
  | ({ ok: true } & CsvTable)
  | { ok: false; error: 'no-header' | 'too-many-columns' }
  | { ok: false; error: 'malformed'; row: number };

export const MAX_COLUMNS = 1_000;
const DELIMITERS = [',', ';', '\t'];

// Papa's guess needs blank lines skipped, or a trailing newline counts as a one-column row and no separator fits.
function detectDelimiter(text: string): string {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy', preview: 10 });
  return guess.meta.delimiter || ',';
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

export function parseCsv(text: string): ParseResult {
  // Blank rows are skipped as Papa's 'greedy' option does, but here, so each kept
  // row keeps its own number (Papa's numbers count the skipped rows, its data does not).
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return { ok: false, error: 'malformed', row: (quoteError.row ?? 0) + 1 };

  const kept: { cells: string[]; number: number }[] = [];
  for (const [index, cells] of parsed.data.entries()) {
    if (cells.length > MAX_COLUMNS) return { ok: false, error: 'too-many-columns' };
    if (!isBlank(cells)) kept.push({ cells, number: index + 1 });
  }
  const [header, ...data] = kept;
  if (!header) return { ok: false, error: 'no-header' };
  return {
    ok: true,
    headers: header.cells.map((h) => h.trim()),
    rows: data.map((r) => r.cells),
    rowNumbers: data.map((r) => r.number),
  };
}
