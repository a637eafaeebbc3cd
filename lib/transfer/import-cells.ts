import type { ImportField } from './import-codes';

/**
 * A cell as a field reads it: what the spreadsheet shows, without the marks
 * an export or a spreadsheet added around it.
 */

// Our exports (and other tools') put an apostrophe before text a spreadsheet would run as a formula; take it off again.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;
// "acme.com" in a Website column means https://acme.com (the schema keeps only URLs with a scheme);
// "N/A" does not become https://n/A.
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#:]|$)/u;

export function cellValue(field: ImportField, raw: string): string {
  const value = raw.replace(ESCAPED_FORMULA, '').trim();
  return field === 'website' && BARE_DOMAIN.test(value) ? `https://${value}` : value;
}
