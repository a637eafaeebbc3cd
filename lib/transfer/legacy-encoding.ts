/**
 * Which single-byte encoding a file that is not UTF-8 was saved in. Excel's
 * plain "CSV" is saved in the Windows code page of its locale: windows-1250 in
 * Poland and Romania, windows-1251 in Russia. Both decode any byte, so the one
 * whose reading gives more letters of its languages is taken, counting only
 * words that do not mix scripts: Polish read as windows-1251 gives "Јуdџ" for
 * "Łódź", Cyrillic inside a Latin word; Russian read as windows-1250 gives Latin
 * words with no ASCII letter in them ("ООО" reads "ÎÎÎ"), which Polish and
 * Romanian words nearly always have, so such a word counts half.
 */

import type { AssumedEncoding } from './import-codes';

/** Bytes (or characters) looked at to judge a file: its first pages say what it is as well as all of it. */
export const SNIFF_BYTES = 64 * 1024;

const WORD = /\p{L}+/gu;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const ASCII_LETTER = /[a-z]/i;
// The letters of Polish and Romanian beyond ASCII (Romanian's ș and ț in both their spellings).
const CENTRAL_EUROPEAN = /[ąćęłńóśźżăâîșțşţ]/giu;
// The Russian alphabet: Polish read as windows-1251 gives other Cyrillic letters too (ї, і, џ, Ј).
const RUSSIAN = /[а-яё]/giu;

function score(text: string, word: RegExp, letters: (w: string) => number): number {
  let total = 0;
  for (const [w] of text.matchAll(WORD)) if (word.test(w)) total += letters(w);
  return total;
}

const latinScore = (text: string) =>
  score(text, LATIN_WORD, (w) => (w.match(CENTRAL_EUROPEAN)?.length ?? 0) * (ASCII_LETTER.test(w) ? 1 : 0.5));
const cyrillicScore = (text: string) => score(text, CYRILLIC_WORD, (w) => w.match(RUSSIAN)?.length ?? 0);

/**
 * The lines holding a byte past ASCII, wherever they are in the file, up to SNIFF_BYTES: a
 * file sorted with its Latin names first can hold its first Cyrillic one far down.
 */
function linesPastAscii(bytes: Uint8Array): Uint8Array {
  const sample = new Uint8Array(Math.min(bytes.length, SNIFF_BYTES));
  let length = 0;
  for (let i = 0; i < bytes.length && length < sample.length; i += 1) {
    if (bytes[i]! < 0x80) continue;
    const start = bytes.lastIndexOf(0x0a, i) + 1;
    const newline = bytes.indexOf(0x0a, i);
    const end = newline === -1 ? bytes.length : newline + 1;
    const line = bytes.subarray(start, Math.min(end, start + sample.length - length));
    sample.set(line, length);
    length += line.length;
    i = end - 1;
  }
  return sample.subarray(0, length);
}

/** The encoding to read `bytes` in, when they are not UTF-8; windows-1250 unless windows-1251 reads more letters. */
export function guessLegacyEncoding(bytes: Uint8Array): AssumedEncoding {
  const sample = linesPastAscii(bytes);
  const read = (encoding: AssumedEncoding) => new TextDecoder(encoding).decode(sample);
  return cyrillicScore(read('windows-1251')) > latinScore(read('windows-1250')) ? 'windows-1251' : 'windows-1250';
}

// C0 controls but tab, line feed and carriage return; C1 controls (what a code page's unused bytes decode to).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Control characters a text file may carry: an old tool's end-of-file mark (^Z), a stray form feed. */
const STRAY_CONTROLS = 8;

/**
 * Whether decoded text is a binary file's bytes read as text: a CSV has next to no
 * control characters, random bytes have one in nine.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  const controls = head.match(CONTROL)?.length ?? 0;
  return controls > STRAY_CONTROLS && controls > head.length / 100;
}
