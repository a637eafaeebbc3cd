/**
 * Text written as Excel writes it in other encodings, for import tests (TextEncoder
 * writes UTF-8 only). The single-byte tables are read off TextDecoder itself.
 */

import { decodeLegacy } from '../../../lib/transfer/legacy-encoding';

function singleByteEncoder(encoding: 'windows-1250' | 'windows-1251' | 'windows-1252') {
  const byteOf = new Map<string, number>();
  // decodeLegacy, since Node's TextDecoder reads windows-1252's 0x80-0x9F as control characters.
  for (let b = 0; b < 256; b++) byteOf.set(decodeLegacy(new Uint8Array([b]), encoding), b);
  return (text: string): Uint8Array<ArrayBuffer> =>
    new Uint8Array(
      [...text].map((ch) => {
        const byte = byteOf.get(ch);
        if (byte === undefined) throw new Error(`${JSON.stringify(ch)} is not in ${encoding}`);
        return byte;
      }),
    );
}

export const windows1250 = singleByteEncoder('windows-1250');
export const windows1251 = singleByteEncoder('windows-1251');
export const windows1252 = singleByteEncoder('windows-1252');

/** UTF-16 with its byte order mark, as Excel's "Unicode text" is saved. */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = [order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]);
  }
  return new Uint8Array(bytes.flat());
}
