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
export function toCsv(rows: CsvCell[][], headers: string[]): string {
  return UTF8_BOM + Papa.unparse<CsvCell[]>([headers, ...rows], { newline: '\r\n', escapeFormulae: FORMULA_START });
}

export function leadsCsv(leads: readonly Lead[], preset: CsvPreset, ctx: LeadCsvContext): string {
  const columns = LEAD_CSV_COLUMNS[preset];
  return toCsv(
    leads.map((lead) => columns.map((c) => c.value(lead, ctx))),
    columns.map((c) => c.header),
  );
}

function recordsCsv<T>(records: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return toCsv(
    records.map((record) => columns.map((c) => c.value(record))),
    columns.map((c) => c.header),
  );
}

export const activitiesCsv = (activities: readonly Activity[]): string => recordsCsv(activities, ACTIVITY_COLUMNS);

export const companiesCsv = (companies: readonly Company[]): string => recordsCsv(companies, COMPANY_COLUMNS);
