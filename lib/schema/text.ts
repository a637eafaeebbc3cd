import { z } from 'zod';
import { EPOCH_MAX, EPOCH_MIN } from './epoch';

// The cleaning itself, and the limits, are free of Zod (the LinkedIn content script uses them): ./clean-text.ts.
import { cleanLine, cleanMultiline, LIMITS } from './clean-text';
export { cleanLine, cleanMultiline, cutAtCodePoint, LIMITS } from './clean-text';
// Phones have rules of their own (several numbers in a cell, extensions, Excel's notation).
import { normalizePhone } from './phone';
export { normalizePhone };

/** Optional single-line text: cleaned, cut to `max`; empty becomes undefined. */
export const line = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? cleanLine(v, max) || undefined : v ?? undefined),
    z.string().max(max).optional(),
  );

/** Required single-line text: cleaned, cut to `max`, must not be empty after cleaning. */
export const requiredLine = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? cleanLine(v, max) : v), z.string().min(1).max(max));

export const multiline = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? cleanMultiline(v, max) || undefined : v ?? undefined),
    z.string().max(max).optional(),
  );


/** Only http(s) URLs are kept: a `javascript:` or `data:` URL from a page is dropped. */
export const webUrl = z.preprocess((v) => {
  if (typeof v !== 'string') return v ?? undefined;
  const trimmed = v.trim();
  if (!trimmed || trimmed.length > LIMITS.url) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}, z.string().max(LIMITS.url).optional());

// Domain labels of letters in any script: "info@пример.рф", "biuro@żabka.pl" are addresses as mail programs write them.
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+$/u;

export function normalizeEmail(value: string): string | undefined {
  const trimmed = cleanLine(value, LIMITS.email + 10).replace(/^mailto:/i, '').split('?')[0]!;
  let decoded = trimmed;
  try {
    decoded = decodeURIComponent(trimmed);
  } catch {
    /* keep as is */
  }
  // Cleaned again after decoding: "%00" decodes to a control character, and a stored
  // address must read back the same when it is parsed again (a backup, an export).
  // And cut again at a "?" the decoding revealed ("%3f"): read again, it would start a query.
  const lower = cleanLine(decoded.split('?')[0]!, LIMITS.email + 10).toLowerCase();
  return lower.length <= LIMITS.email && EMAIL_RE.test(lower) ? lower : undefined;
}

/** An e-mail that does not look like one is dropped rather than stored broken. */
export const email = z.preprocess(
  (v) => (typeof v === 'string' ? normalizeEmail(v) : v ?? undefined),
  z.string().max(LIMITS.email).optional(),
);

export const phone = z.preprocess(
  (v) => (typeof v === 'string' ? normalizePhone(v) : v ?? undefined),
  z.string().max(LIMITS.phone).optional(),
);

export const tags = z
  .array(requiredLine(LIMITS.tag))
  .max(LIMITS.tags)
  .transform((list) => [...new Set(list.map((t) => t.toLowerCase()))]);

/** Dates as epoch milliseconds, within a sane range (2000-01-01 .. 2100-01-01). */
export const epochMs = z.number().int().min(EPOCH_MIN).max(EPOCH_MAX);
