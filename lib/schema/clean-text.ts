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
