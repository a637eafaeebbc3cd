import { hasPersonIdentity, PersonCaptureSchema, type PersonCapture, type PersonCaptureInput } from '../capture/schema';
import type { CsvTable } from './csv-parse';
import { cellValue } from './import-cells';
import type { ImportField, ImportMapping } from './import-fields';
import { routedField } from './link-columns';

/**
 * What an import would do, row by row, before anything is written: the people
 * it would save, and the rows it leaves out with the reason and the column.
 * The capture schema cleans every cell as it cleans page text; a cell it would
 * silently drop (an e-mail that is not one) refuses the row instead, since
 * in a file the rep typed it, and losing it without a word would hide the mistake.
 */

import type { RefuseReason } from './import-codes';

export type { RefuseReason };
export type ImportCapture = { row: number; person: PersonCapture };
export type ImportRefusal = { row: number; column?: string; reason: RefuseReason };
export type ImportPreview = { captures: ImportCapture[]; refused: ImportRefusal[] };

/** Fields the schema drops when the value is not valid, and what that is called. */
const CHECKED: Partial<Record<ImportField, RefuseReason>> = {
  email: 'bad-email',
  phone: 'bad-phone',
  website: 'bad-url',
  linkedinUrl: 'bad-url',
  salesNavUrl: 'bad-url',
  companyLinkedinUrl: 'bad-url',
};

const isChecked = (key: PropertyKey | undefined): key is ImportField => typeof key === 'string' && key in CHECKED;

type MappedRow = { input: Partial<Record<ImportField, string>>; columnOf: Partial<Record<ImportField, number>> };

/**
 * The first non-empty cell of each field, and which column it came from. A LinkedIn
 * link fills the field of its kind (link-columns.ts), so a Sales Navigator link in a
 * profile column is kept rather than refusing its row.
 */
function readRow(cells: readonly string[], mapping: ImportMapping): MappedRow {
  const row: MappedRow = { input: {}, columnOf: {} };
  for (const [index, target] of Object.entries(mapping)) {
    if (target === 'ignore') continue;
    const value = cellValue(target, cells[Number(index)] ?? '');
    if (!value) continue;
    const field = routedField(target, value);
    if (row.input[field] !== undefined) continue;
    row.input[field] = value;
    row.columnOf[field] = Number(index);
  }
  return row;
}

/** Exports from CRMs split the name; a lead needs the whole one. */
function withFullName(input: Partial<Record<ImportField, string>>): Partial<Record<ImportField, string>> {
  if (input.fullName || !(input.firstName || input.lastName)) return input;
  return { ...input, fullName: [input.firstName, input.lastName].filter(Boolean).join(' ') };
}

/** Whether a row has a value past the last named column. */
const hasExtraValues = (cells: readonly string[], headers: readonly string[]) => cells.slice(headers.length).some((cell) => cell.trim() !== '');

/**
 * A value past the last named column: in a few rows, most often a comma inside a value that is
 * not in quotes ("ACME, Inc."), which moved every later value one column on. Read as it is, the
 * row would put values in the wrong fields without a word, so it is left out and the rep told.
 * Except when the last column holds a link (Sales Navigator's links have commas in them,
 * /sales/lead/ACw…,NAME_SEARCH,x, pasted unquoted, and nothing before them moved), and when
 * most rows have such values: then they are a column without a name, and not read.
 */
function shiftedByComma(cells: readonly string[], headers: readonly string[], unnamedColumns: boolean): boolean {
  return !unnamedColumns && hasExtraValues(cells, headers) && !/^\s*https?:\/\//i.test(cells[headers.length - 1] ?? '');
}

function previewRow(cells: readonly string[], row: number, mapping: ImportMapping, headers: readonly string[], now: number, unnamedColumns: boolean): ImportCapture | ImportRefusal {
  if (shiftedByComma(cells, headers, unnamedColumns)) return { row, reason: 'extra-cells' };
  const { input, columnOf } = readRow(cells, mapping);
  const refuse = (field: ImportField, reason: RefuseReason): ImportRefusal => {
    const column = columnOf[field];
    return { row, reason, ...(column === undefined ? {} : { column: headers[column] ?? `#${column + 1}` }) };
  };
  const candidate: PersonCaptureInput = { ...withFullName(input), source: 'import', capturedAt: now };
  const parsed = PersonCaptureSchema.safeParse(candidate);
  if (!parsed.success) {
    // A cell only gets here as a URL too long once made canonical (its escapes grow it);
    // anything else (a `now` out of range) is the caller's bug, not the file's.
    const field = parsed.error.issues[0]?.path[0];
    const reason = isChecked(field) ? CHECKED[field] : undefined;
    if (!isChecked(field) || !reason) throw parsed.error;
    return refuse(field, reason);
  }
  for (const [field, reason] of Object.entries(CHECKED) as [ImportField, RefuseReason][]) {
    if (input[field] !== undefined && parsed.data[field] === undefined) return refuse(field, reason);
  }
  if (!hasPersonIdentity(parsed.data)) return { row, reason: 'no-identity' };
  return { row, person: parsed.data };
}

/**
 * `rowNumbers` (from parseCsv) gives each row's spreadsheet number; without
 * it, rows are numbered from 2 (the header is row 1).
 */
export function previewImport(table: Pick<CsvTable, 'headers' | 'rows'> & Partial<Pick<CsvTable, 'rowNumbers'>>, mapping: ImportMapping, now: number): ImportPreview {
  const preview: ImportPreview = { captures: [], refused: [] };
  const unnamedColumns = table.rows.filter((cells) => hasExtraValues(cells, table.headers)).length > table.rows.length / 2;
  table.rows.forEach((cells, index) => {
    const result = previewRow(cells, table.rowNumbers?.[index] ?? index + 2, mapping, table.headers, now, unnamedColumns);
    if ('person' in result) preview.captures.push(result);
    else preview.refused.push(result);
  });
  return preview;
}
