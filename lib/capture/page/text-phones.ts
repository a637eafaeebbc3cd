import { normalizePhone } from '../../schema/text';

/**
 * Phone numbers printed as text, not linked: "tel. +48 600 100 200", "Phone: (415) 555-0100",
 * "Моб.: 8 (912) 345-67-89", as most small companies' and consultants' sites write them.
 * A run of digits is a phone only when a phone label stands right before it, or when it is
 * written the international way ("+48 22 123 45 67", 8–15 digits) and no fax label does: prices,
 * dates, tax and bank numbers carry neither. Scanned run by run, so hostile text costs linear time.
 */

const MAX_NODE_CHARS = 2000;
const MAX_NUMBERS = 10;
// A candidate: digits and the marks written between them, starting with "+", "(" or a digit.
const NUMBER_RUN = /[+(]?\d[\d\s().\-/\u00a0\u2009\u202f]{4,28}\d/g;
// Written right before a number: "tel.", "Phone:", "M:", "☎", in the product's languages and German/French/Spanish.
const PHONE_LABEL =
  /(?:^|[^\p{L}])(?:tel|tele?fon|telephone|téléphone|teléfono|phone|ph|mobile?|mob|mobil|cell|cellphone|gsm|kom|komórka|komorka|tel\.\s?kom|handy|portable|móvil|movil|call|t|m|p|тел|телефон|моб|мобильный|сот|сотовый|☎|📞|✆|📱)\.?\s?(?:\([^)]{0,12}\))?\s?[:.\-–]?\s*$/iu;
const FAX_LABEL = /(?:fax|telefax|факс|(?:^|[^\p{L}])f)\.?\s?[:.\-–]?\s*$/iu;
// An extension right after a number: "ext. 12", "x12", Polish "wew. 12", Russian "доб. 12", Romanian "int. 12".
const EXTENSION_AFTER = /^\s*[,;]?\s*\(?(?:ext(?:ension)?|wewn?|int|доб|x)\.?\s*:?\s*(\d{1,6})(?!\d)/iu;
// A currency or a percent sign right after the digits.
const AMOUNT_AFTER = /^\s?(?:%|zł|zl\b|pln|usd|eur|gbp|chf|ron|lei|rub|руб|р\.|₽|€|\$|£|mln|mld|tys)/iu;
const MIN_INTERNATIONAL_DIGITS = 8;
const MAX_DIGITS = 15;

/** A number's digits alone: two spellings of one number have the same. */
export const phoneDigits = (text: string) => text.replace(/\D/g, '');

/**
 * The phone numbers in one piece of text, normalised, in order, each with the text just before
 * it (up to 60 characters: its label, and whose line it is). `before` is the text before the
 * piece (a label in its own element: "<b>Tel:</b> 600 100 200").
 */
export function printedPhones(raw: string, before = ''): { phone: string; lead: string }[] {
  const text = raw.slice(0, MAX_NODE_CHARS);
  const out: { phone: string; lead: string }[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    if (out.length >= MAX_NUMBERS) break;
    const start = match.index;
    // A number running on from letters or other digits ("ID12345678", "v2.0.1-1234") is not one.
    const prev = start > 0 ? text[start - 1]! : '';
    if (/[\p{L}\p{N}+]/u.test(prev)) continue;
    const next = text[start + match[0].length] ?? '';
    if (/[\p{L}\p{N}]/u.test(next) && !/^x$/i.test(next)) continue;
    const lead = `${before.slice(-24)} ${text.slice(Math.max(0, start - 24), start)}`.slice(-24);
    // "Fax: …" is not a phone; "Tel./Fax: …" is both.
    if (FAX_LABEL.test(lead) && !/tel|phone|тел/iu.test(lead.slice(-14))) continue;
    const after = text.slice(start + match[0].length, start + match[0].length + 24);
    // "+12 500 000 zł", "+25 %", "+52.229770" (a coordinate): an amount or a measure, not a number to dial.
    if (AMOUNT_AFTER.test(after) || /^\+?\d{1,3}[.,]\d{4,}$/.test(match[0].trim())) continue;
    // "22 123 45 67 / 68": the last digits of a second line, not more digits of this one.
    const number = match[0].trim().replace(/\s*\/\s*\d{1,4}$/, (tail, at: number) => (phoneDigits(match[0].slice(0, at)).length >= 7 ? '' : tail));
    const digits = phoneDigits(number);
    if (digits.length > MAX_DIGITS + 1) continue;
    const labelled = PHONE_LABEL.test(lead);
    const international = number.startsWith('+') && digits.length >= MIN_INTERNATIONAL_DIGITS;
    if (!labelled && !international) continue;
    // A date or a time range ("2024-05-01", "10.05.2024") is not a number anyone dials.
    if (/^\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}$/.test(number)) continue;
    // "+48 22 123 45 67 wew. 15": the extension written after the number is part of what to dial.
    const extension = EXTENSION_AFTER.exec(after);
    const phone = normalizePhone(extension ? `${number} ext. ${extension[1]}` : number);
    if (phone && !out.some((p) => phoneDigits(p.phone) === phoneDigits(phone))) out.push({ phone, lead: `${before} ${text.slice(0, start)}`.slice(-60) });
  }
  return out;
}
