/**
 * Reading what a rep types into the deal fields: a deal value in the rep's
 * number format, and an expected close date. Bad input is refused with a
 * reason the field can show; nothing broken is ever returned.
 */

/** Largest deal value accepted (as DealValue in the schema). */
export const MAX_DEAL_VALUE = 1_000_000_000_000;

export type DealValueError = 'negative' | 'not-a-number' | 'absurd' | 'ambiguous';
export type CloseDateError = 'before-lead' | 'too-far' | 'invalid';

function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    return 'en';
  }
}

/** The locale's decimal separator ("." or ","). */
function decimalSeparator(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(safeLocale(locale)).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** Groups of digits between separators: the last has three digits, the others two or three (the first one to three). */
function validGroups(groups: string[]): boolean {
  return groups.every((g, i) => {
    if (!/^\d+$/.test(g)) return false;
    if (i === 0) return g.length <= 3;
    if (i === groups.length - 1) return g.length === 3;
    return g.length === 2 || g.length === 3;
  });
}

/**
 * A deal value as typed. The locale decides the decimal separator: "25,000.50"
 * in English, "25.000,50" or "25 000,50" in Polish or German. Spaces (and
 * apostrophes) always group digits, as does the separator that is not the
 * decimal one. Empty means no value. Negative, non-numbers, more than a
 * trillion and three decimals after one to three digits (thousands or a
 * fraction?) are refused. Rounded to cents.
 */
export function parseDealValue(text: string, locale: string): { ok: true; value: number | undefined } | { ok: false; error: DealValueError } {
  let s = text.trim();
  if (!s) return { ok: true, value: undefined };
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  const decimal = decimalSeparator(locale);
  const other = decimal === '.' ? ',' : '.';
  // Spaces of any kind and apostrophes group digits; so does the non-decimal separator.
  const marked = s.replace(/[\s\u00a0\u202f'\u2019]+/g, '_').split(other).join('_');
  if (!/^[\d_]*[.,]?\d*$/.test(marked)) return { ok: false, error: 'not-a-number' };
  const pieces = marked.split(decimal);
  if (pieces.length > 2) return { ok: false, error: 'not-a-number' };
  const [whole = '', fraction] = pieces;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { ok: false, error: 'not-a-number' };
  if (!whole && fraction === undefined) return { ok: false, error: 'not-a-number' };
  const groups = whole ? whole.split('_') : ['0'];
  // "25,000" typed in Polish or "25.000" in English: three digits after the decimal separator read as
  // thousands anywhere else, and a deal is never priced in tenths of a cent, so it is asked, not guessed
  // (it was taken as 25, a thousandth of what the rep meant).
  if (fraction?.length === 3 && groups.length === 1 && /^[1-9]\d{0,2}$/.test(groups[0] ?? '')) return { ok: false, error: 'ambiguous' };
  if (groups.length > 1 ? !validGroups(groups) : !/^\d+$/.test(groups[0] ?? '')) return { ok: false, error: 'not-a-number' };
  const value = Number(`${groups.join('')}${fraction !== undefined ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, error: 'absurd' };
  if (negative && value > 0) return { ok: false, error: 'negative' };
  if (value > MAX_DEAL_VALUE) return { ok: false, error: 'absurd' };
  return { ok: true, value: Math.round(value * 100) / 100 };
}

/** A value for a deal-value input: the locale's decimal separator, no grouping, up to two decimals. */
export function formatDealInput(value: number | undefined, locale: string): string {
  if (value === undefined) return '';
  return new Intl.NumberFormat(safeLocale(locale), { useGrouping: false, maximumFractionDigits: 2 }).format(value);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A time as a date input's value (YYYY-MM-DD, local time). */
export function formatDateInput(ms: number | undefined): string {
  if (ms === undefined) return '';
  const d = new Date(ms);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const TEN_YEARS = 10;

/**
 * An expected close date from a date input (YYYY-MM-DD), as local midnight of
 * that day. Empty means none. A day before the lead was created, a day more
 * than ten years after `now`, or a date that does not exist is refused.
 */
export function parseCloseDate(text: string, createdAt: number, now: number): { ok: true; value: number | undefined } | { ok: false; error: CloseDateError } {
  const s = text.trim();
  if (!s) return { ok: true, value: undefined };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return { ok: false, error: 'invalid' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // years below 100 are not 19xx
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return { ok: false, error: 'invalid' };
  // Compared by day: the day the lead was created is allowed.
  if (s < formatDateInput(createdAt)) return { ok: false, error: 'before-lead' };
  const limit = new Date(now);
  limit.setFullYear(limit.getFullYear() + TEN_YEARS);
  if (date.getTime() > limit.getTime()) return { ok: false, error: 'too-far' };
  return { ok: true, value: date.getTime() };
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * The currency a language's readers call their own keeps its sign ("zł", "₽"); any other is shown by
 * its code ("1785,71 USD", "1 785,71 USD"), since a rep selling in several currencies must never
 * mistake one "$" for another. English readers expect "$" and "€", so English keeps the signs.
 */
const HOME_CURRENCY: Readonly<Record<string, string>> = { pl: 'PLN', ro: 'RON', ru: 'RUB' };

// The home currency's own sign is CLDR's narrow one: Romanian's plain symbol for RON is the code
// ("1.785,71 RON"), where readers write "1.785,71 lei"; zł and ₽ are the same either way.
function currencyDisplay(locale: string, currency: string): 'symbol' | 'narrowSymbol' | 'code' {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const home = HOME_CURRENCY[base];
  if (home === undefined) return 'symbol';
  return home === currency ? 'narrowSymbol' : 'code';
}

/** Money for display, e.g. "$1,000" or "1 000,50 zł". Whole amounts show no decimals. Formatters are made once (lists draw many rows). */
export function formatMoney(value: number, currency: string, locale: string): string {
  try {
    const whole = Number.isInteger(value);
    const key = `${locale}|${currency}|${whole}`;
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(safeLocale(locale), {
        style: 'currency',
        currency,
        currencyDisplay: currencyDisplay(locale, currency),
        ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
      });
      moneyFormats.set(key, format);
    }
    return format.format(value);
  } catch {
    return `${new Intl.NumberFormat('en').format(value)} ${currency}`;
  }
}
