import Papa from 'papaparse';
import type { Activity, Company, Lead } from '../schema/records';
import { ACTIVITY_COLUMNS, COMPANY_COLUMNS, LEAD_CSV_COLUMNS, type CsvCell, type CsvColumn, type CsvPreset, type LeadCsvContext } from './csv-presets';

/**
 * CSV writing. The files open in Excel, Numbers and Google Sheets, so:
 * RFC 4180 with CRLF; a BOM so Excel reads UTF-8 (Polish and Russian names
 * stay readable); and text that a spreadsheet would run as a formula (a name
 * like `=HYPERLINK(...)` scraped from a hostile page) gets a leading apostrophe.
 */

export const UTF8_BOM = '\uFEFF';

/**
 * The separator between cells. Excel splits a CSV at the system's list separator: "," where the
 * decimal mark is a point (English), ";" where it is a comma (Polish, Romanian, Russian, most of
 * Europe), and shows a file of the other kind as one column. No `sep=;` line instead: Excel then
 * ignores the BOM and garbles every Polish and Russian letter. Our import reads either.
 */
export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The separator Excel expects where the UI's language is spoken: ";" in the decimal-comma languages. */
export const csvDelimiterFor = (locale: string): CsvDelimiter => (/^(?:pl|ro|ru)\b/i.test(locale) ? ';' : ',');

/**
 * Text a spreadsheet treats as a formula (OWASP's list). Papa's own
 * `escapeFormulae: true` pattern ends in `.*$`, which misses a formula
 * followed by a newline, so the start of the text alone decides here.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Papa skips numbers when escaping, so a negative number stays a number. The
 * header goes in as the first row: Papa's `fields` form turns an empty `data`
 * into one blank row.
 */
export function toCsv(rows: CsvCell[][], headers: string[], delimiter: CsvDelimiter = ','): string {
  return UTF8_BOM + Papa.unparse<CsvCell[]>([headers, ...rows], { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START });
}

export function leadsCsv(leads: readonly Lead[], preset: CsvPreset, ctx: LeadCsvContext, delimiter: CsvDelimiter = ','): string {
  const columns = LEAD_CSV_COLUMNS[preset];
  return toCsv(
    leads.map((lead) => columns.map((c) => c.value(lead, ctx))),
    columns.map((c) => c.header),
    delimiter,
  );
}

function recordsCsv<T>(records: readonly T[], columns: readonly CsvColumn<T>[], delimiter: CsvDelimiter): string {
  return toCsv(
    records.map((record) => columns.map((c) => c.value(record))),
    columns.map((c) => c.header),
    delimiter,
  );
}

export const activitiesCsv = (activities: readonly Activity[], delimiter: CsvDelimiter = ','): string => recordsCsv(activities, ACTIVITY_COLUMNS, delimiter);

export const companiesCsv = (companies: readonly Company[], delimiter: CsvDelimiter = ','): string => recordsCsv(companies, COMPANY_COLUMNS, delimiter);
