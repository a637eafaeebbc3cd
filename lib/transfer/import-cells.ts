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
// =HYPERLINK("url","label") as lead lists built for Excel or Google Sheets write links; ";" in decimal-comma locales.
const HYPERLINK = /^=\s*hyperlink\(\s*"((?:[^"]|"")*)"\s*(?:[;,]\s*"((?:[^"]|"")*)"\s*)?\)$/i;

/** Fields that hold a link: a formula gives them its URL, and every other field what the sheet shows. */
const LINK_FIELDS: ReadonlySet<ImportField> = new Set(['website', 'linkedinUrl', 'salesNavUrl', 'companyLinkedinUrl']);
// An e-mail or phone field takes a formula's URL when it is a mailto: or tel: link ("Write to Pat" is no address).
const OWN_SCHEME: Partial<Record<ImportField, RegExp>> = { email: /^mailto:/i, phone: /^tel:/i };

const unquote = (text: string) => text.replace(/""/g, '"');

// ="0048600100200" as exports made for Excel write text Excel would otherwise turn into a number.
const TEXT_FORMULA = /^=\s*"((?:[^"]|"")*)"$/;

/** A cell's text, or for a =HYPERLINK formula its URL or its label, as `field` needs. */
function unwrap(field: ImportField, raw: string): string {
  const text = TEXT_FORMULA.exec(raw.trim());
  if (text) return unquote(text[1]!);
  const formula = HYPERLINK.exec(raw.trim());
  if (!formula) return raw.replace(ESCAPED_FORMULA, '');
  const url = unquote(formula[1]!);
  const label = formula[2] === undefined ? undefined : unquote(formula[2]);
  return LINK_FIELDS.has(field) || OWN_SCHEME[field]?.test(url) ? url : (label ?? url);
}

// Google Contacts writes a field's several values in one cell: "a@x.pl ::: b@y.pl".
const GOOGLE_VALUES = /\s+:::\s+/;
// Outlook's "Title" column and Zoho's salutations: "Mr.", "Dr." is a form of address, not a job.
const SALUTATION = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|pan|pani|dna|dl|d-na|d-l|г-н|г-жа|господин|госпожа)\.?$/iu;
// "Jan Kowal <jan@acme.pl>" as mail programs copy an address; "a@x.pl; b@x.pl" (no address holds , or ;).
const NAMED_ADDRESS = /<([^<>\s]+@[^<>\s]+)>$/;
const ADDRESS_LIST = /\s*[;,]\s*/;
// Apollo exports this in place of every address not revealed: kept, it made all those people one lead.
const PLACEHOLDER_EMAIL = /^email_not_unlocked@domain\.com$/i;

/** The address an e-mail cell gives: the one inside <...>, or the first of a list; none for a placeholder. */
function firstAddress(value: string): string {
  const address = NAMED_ADDRESS.exec(value)?.[1] ?? value.split(ADDRESS_LIST).find(Boolean) ?? '';
  return PLACEHOLDER_EMAIL.test(address) ? '' : address;
}

export function cellValue(field: ImportField, raw: string): string {
  const value = unwrap(field, raw).trim().split(GOOGLE_VALUES)[0]!;
  if (field === 'title' && SALUTATION.test(value)) return '';
  if (field === 'email') return firstAddress(value);
  return field === 'website' && BARE_DOMAIN.test(value) ? `https://${value}` : value;
}

export const isLinkField = (field: ImportField): boolean => LINK_FIELDS.has(field);

/** What the spreadsheet shows in a cell (a formula's label), and where the cell links to (its URL, or its text). */
export const shownText = (raw: string): string => cellValue('fullName', raw);
export const linkTarget = (raw: string): string => cellValue('linkedinUrl', raw);
