import { foldText } from './text-match';

/**
 * Company size from the band a page shows ("201-500 employees", "10,001+
 * employees", "51–200 pracowników", "1 001–5 000 salariés", "2-10"). Number
 * conditions compare the band's LOWER bound: it is the only figure every band
 * has, and it keeps "greater than 200" from matching "51-200". A hand-written
 * scanner, not a regular expression: linear, and it never guesses from words.
 */

export type SizeRange = { min: number; max: number };

// Thousands separators seen in bands: 1,001 / 1.001 / 1 001 (any space folds to " ") / 1'001.
const GROUP_SEPARATORS = new Set([',', '.', ' ', "'", '’']);
const DASHES = new Set(['-', '–', '—', '‑', '‒', '−']);
// "under 10", "do 10 pracowników", "bis 10", "moins de 10": only an upper bound is given.
const UPPER_ONLY = ['<', '≤', 'under', 'below', 'less than', 'fewer than', 'up to', 'do', 'poniżej', 'bis', 'unter', 'moins de', 'menos de', 'sub', 'до', 'менее'].map(
  foldText,
);
// 16 digits would pass Number.MAX_SAFE_INTEGER; no company is that big, so such text is not a size.
const MAX_DIGITS = 15;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

type Scan = { value: number; end: number };

/** Read a number at `start` (a digit): digits, thousands groups, then an optional "k" (12k, 2.5k). */
function readNumber(text: string, start: number): Scan | undefined {
  let i = start;
  let digits = '';
  while (isDigit(text[i])) digits += text[i++];
  // Thousands groups: a separator followed by exactly three digits.
  for (;;) {
    const sep = text[i];
    if (sep === undefined || !GROUP_SEPARATORS.has(sep)) break;
    if (!(isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4]))) break;
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  if (digits.length > MAX_DIGITS) return undefined;
  let value = Number(digits);
  // A decimal part only counts before a "k": "2.5k" is 2,500.
  let j = i;
  let fraction = '';
  if ((text[j] === '.' || text[j] === ',') && isDigit(text[j + 1])) {
    j++;
    while (isDigit(text[j])) fraction += text[j++];
  }
  let k = j;
  if (text[k] === ' ') k++;
  if (text[k] === 'k' && !isLetter(text[k + 1])) {
    value = Math.round(Number(`${digits}.${fraction || '0'}`) * 1000);
    i = k + 1;
  }
  return Number.isFinite(value) ? { value, end: i } : undefined;
}

function firstDigit(text: string): number {
  for (let i = 0; i < text.length; i++) if (isDigit(text[i])) return i;
  return -1;
}

const UPPER_ONLY_SYMBOLS = UPPER_ONLY.filter((word) => !isLetter(word[0]));

function upperBoundOnly(before: string): boolean {
  const lead = before.trimEnd();
  if (lead.length === 0) return false;
  return UPPER_ONLY.some((word) => lead === word || lead.endsWith(` ${word}`)) || UPPER_ONLY_SYMBOLS.some((symbol) => lead.endsWith(symbol));
}

// A few dozen distinct bands cover 100,000 leads: remember each band's size (keyed by its text).
const SIZE_CACHE_LIMIT = 5_000;
const SIZE_CACHE_MAX_LENGTH = 100;
const sizeCache = new Map<string, number | undefined>();

/** Lower bound of employees in a size band; undefined when the text holds no size. "Under 10" is 1: a company has someone. */
export function companySizeOf(band: string | undefined): number | undefined {
  if (typeof band !== 'string') return undefined;
  if (band.length > SIZE_CACHE_MAX_LENGTH) return parseSize(band);
  if (sizeCache.has(band)) return sizeCache.get(band);
  const size = parseSize(band);
  if (sizeCache.size >= SIZE_CACHE_LIMIT) sizeCache.clear();
  sizeCache.set(band, size);
  return size;
}

function parseSize(band: string): number | undefined {
  const text = foldText(band);
  if (text === 'self-employed' || text === 'self employed') return 1;
  const at = firstDigit(text);
  if (at < 0) return undefined;
  const scan = readNumber(text, at);
  if (!scan) return undefined;
  return upperBoundOnly(text.slice(0, at)) ? 1 : scan.value;
}

/**
 * A persona term that is itself a band: "51-200", "201 – 500 employees", "10,001+",
 * "51 to 200". Undefined for anything else ("SMB", "500"): such terms only match
 * a lead's band by equality.
 */
export function sizeRangeOf(term: string): SizeRange | undefined {
  const text = foldText(term);
  const at = firstDigit(text);
  if (at !== 0) return undefined; // a band starts with its number
  const low = readNumber(text, at);
  if (!low) return undefined;
  let i = low.end;
  while (text[i] === ' ') i++;
  if (text[i] === '+') return { min: low.value, max: Number.POSITIVE_INFINITY };
  if (DASHES.has(text[i] ?? '')) i++;
  else if (text.startsWith('to ', i)) i += 3;
  else return undefined;
  while (text[i] === ' ') i++;
  if (!isDigit(text[i])) return undefined;
  const high = readNumber(text, i);
  if (!high || high.value < low.value) return undefined;
  return { min: low.value, max: high.value };
}
