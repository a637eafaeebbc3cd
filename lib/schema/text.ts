import { z } from 'zod';
import { EPOCH_MAX, EPOCH_MIN } from './epoch';

/**
 * Page text is hostile. These helpers turn whatever a page (or a CSV, or a rep)
 * gives us into plain, bounded text: control characters and bidirectional
 * overrides removed (they can disguise a name), whitespace folded, length cut.
 * They never reject text for being long: a capture keeps what it can.
 */

// C0/C1 controls except tab and newline, plus bidi embeddings/overrides/isolates
// and zero-width characters that can hide or reorder text.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function cleanLine(value: string, max: number): string {
  const cleaned = value.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  return cutAtCodePoint(cleaned, max).trim();
}

export function cleanMultiline(value: string, max: number): string {
  const cleaned = value
    .replace(UNSAFE_CHARS, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutAtCodePoint(cleaned, max).trim();
}

/** Cut without splitting a surrogate pair. */
export function cutAtCodePoint(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return value.slice(0, end);
}

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

export const LIMITS = {
  name: 200,
  headline: 300,
  title: 200,
  company: 200,
  location: 200,
  url: 2048,
  email: 254,
  phone: 40,
  notes: 20_000,
  tag: 40,
  tags: 50,
} as const;

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

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

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
  const lower = cleanLine(decoded, LIMITS.email + 10).toLowerCase();
  return lower.length <= LIMITS.email && EMAIL_RE.test(lower) ? lower : undefined;
}

/** An e-mail that does not look like one is dropped rather than stored broken. */
export const email = z.preprocess(
  (v) => (typeof v === 'string' ? normalizeEmail(v) : v ?? undefined),
  z.string().max(LIMITS.email).optional(),
);

export function normalizePhone(value: string): string | undefined {
  const cleaned = cleanLine(value, 80).replace(/^tel:/i, '');
  const digits = cleaned.replace(/[^\d]/g, '');
  if (digits.length < 5 || digits.length > 20) return undefined;
  const kept = cleaned.replace(/[^\d+()\-. ]/g, '').trim();
  return kept.slice(0, LIMITS.phone);
}

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
