/**
 * Which single-byte encoding a file that is not UTF-8 was saved in. Excel's
 * plain "CSV" is saved in the Windows code page of its locale: windows-1252 in
 * English- and Western-European-speaking countries, windows-1250 in Poland and
 * Romania, windows-1251 in Russia. All three decode any byte, so the choice is
 * made by what each reading gives.
 *
 * Cyrillic or Latin: the one whose reading gives more letters of its languages,
 * counting only words that do not mix scripts: Polish read as windows-1251 gives
 * "Јуdџ" for "Łódź", Cyrillic inside a Latin word; Russian read as a Latin code
 * page gives words with no ASCII letter in them ("ООО" reads "ÎÎÎ"), which Latin
 * words nearly always have, so such a word counts half.
 *
 * Central or Western European: the two agree on most letters (é, ü, ö, ß, ç, ó),
 * so only the bytes they read differently are weighed (westernEvidence).
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
// A word of one letter counts half: French and Portuguese "à" reads "а", like Russian's own one-letter words.
const cyrillicScore = (text: string) => score(text, CYRILLIC_WORD, (w) => (w.match(RUSSIAN)?.length ?? 0) * (w.length > 1 ? 1 : 0.5));

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

const WESTERN_LATIN = /[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]/gu;
const westernScore = (text: string) =>
  score(text, LATIN_WORD, (w) => (w.match(WESTERN_LATIN)?.length ?? 0) * (ASCII_LETTER.test(w) ? 1 : 0.5));

// Letters of Polish and Romanian where windows-1252 reads another letter (ń/ñ, ę/ê, ć/æ, ă/ã, ţ/þ).
const POLISH_ROMANIAN = /[ńęćăţ]/iu;
// Letters of Czech, Slovak and Hungarian (not of the reps' own languages) that windows-1252 reads as
// French, Italian or Scandinavian ones (č/è, ř/ø, ň/ò, ď/ï, ű/û): a Western file
// is likelier than a Czech one for a rep here, unless the word also holds š or ž.
const OTHER_CENTRAL = /[čřňďű]/iu;
// Letters windows-1250 has for these bytes that next to no word holds (Slovak's ŕ and ĺ): 1252's à and å.
const RARE_CENTRAL = /[ŕĺ]/iu;
const VOWEL = /[aeiouyáéíóúâêîôûàèìòùäëïöüãõåæø]/iu;
// Both code pages have š and ž; a word holding one is Central European, not Western.
const SHARED_CENTRAL = /[šž]/iu;
const NOT_A_LETTER = /[^\p{L}]|[ªº]/u;

/**
 * How much more the bytes read differently say windows-1252 than windows-1250 (negative: 1250).
 * `central` and `western` are the same bytes read in each (one character per byte). A byte that
 * reads as a letter in one and a sign in the other is strong evidence (Polish ł ą ż read as ³ ¹ ¿);
 * between two letters, the reps' own languages decide: Polish writes ń only before a consonant
 * or at a word's end, Spanish ñ comes before a vowel; Portuguese ã before o or e (São, João);
 * another letter of Polish or Romanian counts for 1250, one of Czech or Hungarian for 1252.
 */
function westernEvidence(central: string, western: string): number {
  let evidence = 0;
  let wordStart = 0;
  for (let i = 0; i < central.length; i += 1) {
    const c = central[i]!;
    const w = western[i]!;
    if (c === w) {
      if (NOT_A_LETTER.test(c)) wordStart = i + 1;
      continue;
    }
    const cLetter = !NOT_A_LETTER.test(c);
    const wLetter = !NOT_A_LETTER.test(w);
    if (cLetter !== wLetter) {
      evidence += wLetter ? 2 : -2;
      continue;
    }
    if (!cLetter) continue;
    const next = western[i + 1] ?? '';
    let wordEnd = i + 1;
    while (wordEnd < central.length && !NOT_A_LETTER.test(central[wordEnd]!)) wordEnd += 1;
    const word = central.slice(wordStart, wordEnd);
    if (RARE_CENTRAL.test(c)) evidence += 2;
    else if (SHARED_CENTRAL.test(word)) evidence -= 1;
    else if (/[ńñ]/iu.test(c + w)) evidence += VOWEL.test(next) ? 1 : -1;
    else if (/[ăã]/iu.test(c + w)) evidence += /[oe]/iu.test(next) ? 1 : -1;
    // Hungarian ő before a consonant (Erdős, Győr); Portuguese õ before e (Camões).
    else if (/[őõ]/iu.test(c + w)) evidence += /e/iu.test(next) ? 1 : -1;
    // Czech ě and ů sit inside words (Věra, Růžička); Italian and French ì and ù end them (più, où).
    else if (/[ěů]/iu.test(c)) evidence += NOT_A_LETTER.test(next || ' ') ? 1 : -1;
    else if (OTHER_CENTRAL.test(c)) evidence += 1;
    else if (POLISH_ROMANIAN.test(c)) evidence -= 1;
  }
  return evidence;
}

/** The Latin code page the sample reads in, and how many of its letters that reading gives (weighed against Cyrillic). */
function latinReading(sample: Uint8Array): { encoding: 'windows-1250' | 'windows-1252'; score: number } {
  const central = new TextDecoder('windows-1250').decode(sample);
  const western = decodeLegacy(sample, 'windows-1252');
  const evidence = westernEvidence(central, western);
  const centralScore = latinScore(central);
  // With no evidence either way (the bytes read the same, or as evenly weighed letters), a file
  // holding letters of Polish or Romanian (ó, â, î, ę) is Central European; else Western.
  const isWestern = evidence > 0 || (evidence === 0 && centralScore === 0);
  return isWestern ? { encoding: 'windows-1252', score: westernScore(western) } : { encoding: 'windows-1250', score: centralScore };
}

/** The encoding to read `bytes` in, when they are not UTF-8. */
export function guessLegacyEncoding(bytes: Uint8Array): AssumedEncoding {
  const sample = linesPastAscii(bytes);
  const latin = latinReading(sample);
  return cyrillicScore(new TextDecoder('windows-1251').decode(sample)) > latin.score ? 'windows-1251' : latin.encoding;
}

// What windows-1252 has at 0x80-0x9F (WHATWG's table; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unused).
// Node's TextDecoder reads that range as ISO-8859-1's control characters, browsers as these.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** `bytes` read in a code page, the same in every JavaScript engine. */
export function decodeLegacy(bytes: Uint8Array, encoding: AssumedEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80]!) : text;
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
