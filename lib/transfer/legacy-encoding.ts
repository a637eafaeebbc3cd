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

/** The letters of `letters` in Latin words; a word with no ASCII letter counts half (Russian read as a Latin page). */
const latinScore = (text: string, letters: RegExp) =>
  score(text, LATIN_WORD, (w) => (w.match(letters)?.length ?? 0) * (ASCII_LETTER.test(w) ? 1 : 0.5));
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

// The letters of windows-1252 past ASCII.
const WESTERN_LATIN = /[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]/gu;

// Letters windows-1250 has for these bytes that next to no word holds (Slovak's ŕ and ĺ): 1252's à and å.
const RARE_CENTRAL = /[ŕĺ]/iu;
const VOWEL = /[aeiouyáéíóúâêîôûàèìòùäëïöüãõåæø]/iu;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;
const UPPER = /\p{Lu}/u;
// Both code pages have š and ž; a word holding one is Central European, not Western.
const SHARED_CENTRAL = /[šž]/iu;
const NOT_A_LETTER = /[^\p{L}]|[ªº]/u;

const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch) && !NOT_A_LETTER.test(ch);

/**
 * Whether a letter of windows-1250 that windows-1252 reads as a sign (ł ą ż Ł ş read ³ ¹ ¿ £ º)
 * stands as a letter does: inside a word, no digit beside it, no capital right after a small
 * letter. "Łódź" and "oraş" do; "£25k", "3º B", "Nº", "¿Le interesa?" (read "Ł25k", "3ş B",
 * "Nş", "żLe") do not, and so say windows-1252.
 */
function standsAsLetter(text: string, i: number, wordLength: number): boolean {
  const ch = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  if ((prev !== undefined && DIGIT.test(prev)) || (next !== undefined && DIGIT.test(next))) return false;
  if (!isLetter(prev) && !isLetter(next)) return false;
  if (!UPPER.test(ch) && next !== undefined && UPPER.test(next)) return false;
  // ş and Ş are ª and º, ordinal signs after a letter or a number ("Nº", "1ª"): a word of two letters.
  return !(/[şŞ]/u.test(ch) && wordLength <= 2);
}

/**
 * Between two letters (central reading c, western w), which the word's shape says: Polish ń
 * before a consonant or at a word's end, Spanish ñ before a vowel; Portuguese ã and õ before
 * o or e; Czech č at a word's start or end or before a vowel, French and Italian è before
 * consonants and an e (Michèle, Lefèvre) or alone (Italian "è"); Icelandic ð before a
 * consonant; Czech ě and ů inside words, Italian and French ì and ù ending them; Polish ę and
 * ć ending words (się, być), where French ê and Danish æ never stand. Others (ř/ø, ň/ò, ď/ï,
 * ű/û) say nothing by themselves: with nothing else, the file is taken as Western (Danish ø
 * is commoner in a rep's list than a Czech file with no ě, ů, č, š or ž).
 */
function letterEvidence(c: string, w: string, text: string, i: number, word: string): number {
  const prev = text[i - 1];
  const next = text[i + 1];
  const wordEnd = !isLetter(next);
  if (RARE_CENTRAL.test(c)) return 2;
  if (SHARED_CENTRAL.test(word)) return -1;
  if (/[ńñ]/iu.test(c + w)) return next !== undefined && VOWEL.test(next) ? 1 : -1;
  if (/[ăã]/iu.test(c + w)) return next !== undefined && /[oe]/iu.test(next) ? 1 : -1;
  if (/[őõ]/iu.test(c + w)) return next !== undefined && /e/iu.test(next) ? 1 : -1;
  if (/[čè]/iu.test(c + w)) {
    if (word.length === 1) return 1;
    if (!isLetter(prev) || wordEnd) return -1;
    // French è: one or two consonants, then e (Michèle, Lefèvre, première); Czech č: a vowel next (Dvořáček, Kočka).
    let j = i + 1;
    while (j < i + 3 && isLetter(text[j]) && !VOWEL.test(text[j]!)) j += 1;
    return j > i + 1 && text[j] !== undefined && /e/iu.test(text[j]!) ? 1 : -1;
  }
  // Icelandic ð before a consonant (Guðrún, Guðmundsson); Croatian đ before a vowel (Đorđe).
  if (/[đð]/iu.test(c + w)) return isLetter(next) && !VOWEL.test(next!) ? 1 : 0;
  if (/[ěů]/iu.test(c)) return wordEnd ? 1 : -1;
  if (/[ęć]/iu.test(c)) return wordEnd ? -1 : 0;
  if (/[ţ]/iu.test(c)) return -1;
  return 0;
}

/**
 * How much more the bytes read differently say windows-1252 than windows-1250 (negative: 1250).
 * `central` and `western` are the same bytes read in each (one character per byte): a byte that
 * reads as a letter in one and a sign in the other says most, if it stands as a letter
 * (standsAsLetter); between two letters, the word's shape (letterEvidence).
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
    if (!cLetter && !wLetter) continue;
    let wordEnd = i + 1;
    while (wordEnd < central.length && wordEnd - i < 64 && !NOT_A_LETTER.test(central[wordEnd]!)) wordEnd += 1;
    const word = central.slice(Math.max(wordStart, i - 64), wordEnd);
    if (cLetter && !wLetter) evidence += standsAsLetter(central, i, word.length) ? -2 : 1;
    else if (wLetter && !cLetter) evidence += 2;
    else evidence += letterEvidence(c, w, central, i, word);
  }
  return evidence;
}

/** The Latin code page the sample reads in, and how many of its letters that reading gives (weighed against Cyrillic). */
function latinReading(sample: Uint8Array): { encoding: 'windows-1250' | 'windows-1252'; score: number } {
  const central = new TextDecoder('windows-1250').decode(sample);
  const western = decodeLegacy(sample, 'windows-1252');
  const evidence = westernEvidence(central, western);
  const centralScore = latinScore(central, CENTRAL_EUROPEAN);
  // With no evidence either way (the bytes read the same, or as evenly weighed letters), a file
  // holding letters of Polish or Romanian (ó, â, î, ę) is Central European; else Western.
  const isWestern = evidence > 0 || (evidence === 0 && centralScore === 0);
  return isWestern ? { encoding: 'windows-1252', score: latinScore(western, WESTERN_LATIN) } : { encoding: 'windows-1250', score: centralScore };
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
