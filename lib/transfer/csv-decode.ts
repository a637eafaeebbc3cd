/**
 * Turning the bytes of a chosen file into text, refusing what is not a UTF-8
 * CSV with a reason the rep can act on (each code is a `transfer.error.*` key).
 * Guessing a legacy encoding (windows-1250, KOI8-R) would garble names
 * silently, so anything that is not valid UTF-8 is refused instead.
 */

import type { DecodeError } from './import-codes';

export type { DecodeError };
export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeError };

export const MAX_CSV_BYTES = 100 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

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

// Excel's "Unicode Text" is UTF-16: text, but not UTF-8 (and full of NUL bytes).
const UTF16_BOMS: readonly (readonly number[])[] = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

export function decodeCsvFile(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, error: 'too-large' };
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) return { ok: false, error: 'encoding' };
  if (BINARY_SIGNATURES.some((sig) => startsWith(bytes, sig)) || hasNulByte(bytes)) return { ok: false, error: 'binary' };
  let text: string;
  try {
    // The decoder drops a leading BOM itself (ignoreBOM is false by default).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'encoding' };
  }
  // A file saved twice with a BOM-adding tool can carry a second one.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, text };
}
