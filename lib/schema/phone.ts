import { cleanLine, LIMITS } from './clean-text';

/**
 * A phone number as a page, a vCard or a spreadsheet cell gives it, made one
 * number in one spelling: digits and the marks people write between them,
 * and an extension as " ext. N". What cannot be a number is dropped (undefined).
 */

// "4,86001E+10": Excel showed a long number in scientific notation and the file kept only that; its digits are gone.
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;
// "ext. 12", "x12", Polish "wew. 12", Russian "доб. 12", Romanian "int. 12", at the end of the number.
const EXTENSION = /\s*[,;]?\s*(?<!\p{L})(?:ext(?:ension)?|wewn?|int|доб|x)\.?\s*:?\s*(\d{1,6})$/iu;
// A dial pause before an extension, as tel: links and structured data write it: "+1 555 555 0100,123".
const PAUSE = /(?<=\d),+(\d{1,6})$/;
// A separator before a second number: "600 100 200 / 601 200 300".
const NEXT_NUMBER = /\s*[/;,|]\s*(?=[+(\d])/g;
// Two numbers each this long ("600 100 200 / 601 200 300"); shorter parts are one number's area
// code and the rest ("030/1234567", "+49 (0)6221 / 123456", "0049 221 / 1234567").
const MIN_WHOLE_DIGITS = 9;

const digitsOf = (text: string) => text.replace(/\D/g, '').length;

/** The first of several numbers in one cell, or the text as it is. */
function firstNumber(text: string): string {
  const separators = [...text.matchAll(NEXT_NUMBER)];
  for (const [i, match] of separators.entries()) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length, separators[i + 1]?.index);
    if (digitsOf(before) >= MIN_WHOLE_DIGITS && digitsOf(after) >= MIN_WHOLE_DIGITS) return before;
  }
  return text;
}

export function normalizePhone(value: string): string | undefined {
  const cleaned = cleanLine(value, 80).replace(/^tel:/i, '');
  if (SCIENTIFIC.test(cleaned)) return undefined;
  const number = firstNumber(cleaned);
  // A pause counts only after a whole number (seven digits or more): "600,100" is no number with an extension.
  const paused = PAUSE.exec(number);
  const extension = EXTENSION.exec(number) ?? (paused && digitsOf(number.slice(0, paused.index)) >= 7 ? paused : null);
  const main = extension ? number.slice(0, extension.index) : number;
  const digits = digitsOf(main);
  if (digits < 5 || digits > 20) return undefined;
  // Marks kept between digits; whitespace folded again where other characters were taken out.
  const kept = main.replace(/[^\d+()\-. ]/g, '').replace(/\s+/g, ' ').trim();
  return (extension ? `${kept} ext. ${extension[1]}` : kept).slice(0, LIMITS.phone);
}
