/**
 * Turning the bytes of a chosen file into text, refusing what is not a text file
 * with a reason the rep can act on (each code is a `transfer.error.*` key).
 * UTF-8 is read as is, and UTF-16 with a byte order mark (Excel's "Unicode text").
 * Anything else is read as the Windows code page Excel saves plain CSV in for the
 * reps' languages (legacy-encoding.ts), and the result says which was assumed, so
 * the rep is told and can check the names in the preview.
 */

import type { AssumedEncoding, DecodeError } from './import-codes';
import { decodeLegacy, guessLegacyEncoding, looksBinary, SNIFF_BYTES } from './legacy-encoding';

export type { AssumedEncoding, DecodeError };
export type DecodeResult = { ok: true; text: string; assumed?: AssumedEncoding } | { ok: false; error: DecodeError };

export const MAX_CSV_BYTES = 100 * 1024 * 1024;

// Files a rep picks by mistake: PDF, ZIP (XLSX, DOCX, ODS), old Excel (OLE2), images, archives.
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, XLSX
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // XLS, DOC
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
];

// Excel's "Unicode text" is UTF-16: full of NUL bytes, so it is told by its byte order mark before they are looked for.
const UTF16_BOMS = [
  { bom: [0xff, 0xfe], encoding: 'utf-16le' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Whether bytes that are not valid UTF-8 are UTF-8 all the same, damaged: a UTF-8 byte order
 * mark, or well-formed multi-byte letters (two-byte ones: Polish, Romanian, Russian) outnumbering
 * the bytes that fit no sequence. A code-page file has next to no well-formed pairs.
 */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (startsWith(bytes, UTF8_BOM)) return true;
  let pairs = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (b >= 0xc2 && b <= 0xdf && next >= 0x80 && next <= 0xbf) {
      pairs += 1;
      i += 1;
    } else if (b < 0xc2 || b > 0xdf) {
      // Three- and four-byte letters are rare in these languages; counted as neither.
      if (b >= 0xe0 && b <= 0xf4) continue;
      strays += 1;
    } else strays += 1;
  }
  return pairs > strays;
}

/** The bytes as text, or why not; `assumed` is set when the encoding was guessed. */
function decodeText(bytes: Uint8Array): DecodeResult {
  const utf16 = UTF16_BOMS.find(({ bom }) => startsWith(bytes, bom));
  if (utf16) {
    try {
      // The decoder drops the BOM itself (ignoreBOM is false by default).
      return { ok: true, text: new TextDecoder(utf16.encoding, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, error: 'encoding' };
    }
  }
  if (BINARY_SIGNATURES.some((sig) => startsWith(bytes, sig)) || hasNulByte(bytes)) return { ok: false, error: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // UTF-8 with a damaged byte (a field cut mid-letter) is still UTF-8: read in a code page,
    // every letter past ASCII would come out garbled. So it is refused, as damaged text.
    if (looksLikeUtf8(bytes)) return { ok: false, error: 'encoding' };
    const assumed = guessLegacyEncoding(bytes);
    return { ok: true, text: decodeLegacy(bytes, assumed), assumed };
  }
}

export function decodeCsvFile(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, error: 'too-large' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  // Random bytes decode in a single-byte code page (or as UTF-16) without an error.
  if (looksBinary(decoded.text)) return { ok: false, error: 'binary' };
  // A file saved twice with a BOM-adding tool can carry a second one.
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return { ok: false, error: 'empty' };
  return { ...decoded, text };
}
