import { normalizeEmail } from '../../schema/text';

/**
 * E-mail addresses printed as text, not linked: "e-mail: jan.kowalski@firma.pl", as many
 * small companies' sites write them, or spelled out against harvesters ("jane [at] acme
 * [dot] com", "jane(at)acme.com", "jan (małpa) firma.pl"). Found by looking around each
 * "@" rather than by a pattern over the whole text, so hostile text costs linear time.
 */

const MAX_NODE_CHARS = 2000;
const MAX_ADDRESSES = 20;

// Spelled-out signs, bracketed so that "at" and "dot" in a sentence stay words.
const SPELLED_AT = String.raw`[[({]\s{0,2}(?:at|małpa|malpa|собака|arond|arobase)\s{0,2}[\])}]`;
const AT_WORDS = new RegExp(String.raw`\s?${SPELLED_AT}\s?`, 'giu');
const HAS_SPELLED_AT = new RegExp(SPELLED_AT, 'iu');
const DOT_WORDS = /\s?[[({]\s{0,2}(?:dot|kropka|punct|точка|punkt)\s{0,2}[\])}]\s?/giu;

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** Text with spelled-out signs written as "@" and ".": "jan [at] firma [dot] pl" → "jan@firma.pl". */
export function unspellEmails(text: string): string {
  return HAS_SPELLED_AT.test(text) ? text.replace(AT_WORDS, '@').replace(DOT_WORDS, '.') : text;
}

/** The addresses in one piece of text, valid and normalised, in order. */
export function emailsInText(raw: string): string[] {
  const cut = raw.length > MAX_NODE_CHARS;
  const text = raw.slice(0, MAX_NODE_CHARS).replace(AT_WORDS, '@').replace(DOT_WORDS, '.');
  const out: string[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at !== -1 && out.length < MAX_ADDRESSES; at = text.indexOf('@', searchFrom)) {
    let start = at;
    while (start > 0 && at - start <= 64 && LOCAL_CHAR.test(text[start - 1]!)) start -= 1;
    let end = at + 1;
    while (end < text.length && end - at <= 254 && DOMAIN_CHAR.test(text[end]!)) end += 1;
    searchFrom = Math.max(end, at + 1);
    // A scan stopped by a limit (a local part past 64 characters, the text's cut) would give a shorter, other address.
    if (at - start > 64 || end - at > 254 || (cut && end === text.length)) continue;
    // A sentence's full stop after the address is not part of its domain.
    const candidate = text.slice(start, end).replace(/[.-]+$/, '').replace(/^[.]+/, '');
    const address = normalizeEmail(candidate);
    if (address && !out.includes(address)) out.push(address);
  }
  return out;
}

/** Whether a text holds an "@", or a spelled-out one. */
export function hasAt(text: string): boolean {
  return text.includes('@') || HAS_SPELLED_AT.test(text);
}
