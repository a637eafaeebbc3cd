import { cleanLine } from '../schema/clean-text';

/**
 * People decorate their LinkedIn name: "Jane Doe, PhD", "Jane Doe 🚀", "Jane Doe (She/Her)".
 * A lead's name is the person's name, so decorations are removed before it is stored
 * and before it is split into first and last name.
 */

// Pictographs, flags, skin tones, keycaps and the joiners/selectors that glue emoji together.
// Each code point is removed on its own, so a class of single code points is what is meant here.
// eslint-disable-next-line no-misleading-character-class
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\uFE0E\uFE0F\u200D\u20E3]/gu;

// "(She/Her)", "[he/him/his]", "(ona/jej)": a bracketed group of words joined by slashes.
const PRONOUNS = /\s*[([]\s*\p{L}+(?:\s*\/\s*\p{L}+)+\s*[)\]]/gu;

// A spaced bar (ASCII or full-width) between the name and a tagline.
const BAR = /\s+[|｜]\s+/u;

// Degrees and certifications people append after a comma or at the end.
const KNOWN_CREDENTIALS = new Set([
  'phd', 'ph.d', 'ph.d.', 'mba', 'msc', 'm.sc', 'm.sc.', 'bsc', 'b.sc', 'ba', 'ma', 'md', 'm.d.', 'jd', 'j.d.',
  'cpa', 'cfa', 'pmp', 'cissp', 'cism', 'cisa', 'acca', 'cima', 'frm', 'shrm-cp', 'shrm-scp', 'sphr', 'phr',
  'meng', 'beng', 'dphil', 'edd', 'llm', 'll.m.', 'mph', 'rn', 'pe', 'csm', 'cspo', 'itil', 'dipl.-ing.', 'mgr', 'inż.',
]);

// Honorifics that are not part of the first name.
const PREFIXES = new Set(['dr', 'dr.', 'prof', 'prof.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mgr', 'mgr.', 'inż', 'inż.', 'hab.', 'dipl.-ing.']);

// Lower-case particles belong to the last name: "Jan van der Berg" -> "van der Berg".
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'do', 'ten', 'ter', 'bin', 'al', 'el', 'y', 'zu']);

function isCredential(segment: string): boolean {
  const tokens = segment.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 3) return false;
  return tokens.every((token) => {
    const lower = token.toLowerCase();
    if (KNOWN_CREDENTIALS.has(lower)) return true;
    // Abbreviations: mostly capitals ("CSPO", "MBA", "PMI-ACP"), short.
    const capitals = token.replace(/[^\p{Lu}]/gu, '').length;
    return token.length <= 10 && capitals >= 2 && /^[\p{Lu}][\p{L}.&/-]*$/u.test(token);
  });
}

/** Remove emoji, pronouns and trailing credentials; keep everything else literally. */
export function cleanPersonName(raw: string): string {
  let name = cleanLine(raw, 1000).replace(EMOJI, ' ').replace(PRONOUNS, ' ');
  // "Anna Nowak | Sales Coach": what follows a bar is a tagline, never part of a name.
  const beforeBar = name.split(BAR)[0] ?? '';
  if (/\p{L}/u.test(beforeBar)) name = beforeBar;
  const commaParts = name.split(',');
  if (commaParts.length > 1) {
    const rest = commaParts.slice(1);
    if (rest.every(isCredential)) name = commaParts[0] ?? name;
  }
  // "Jane Doe MBA": a trailing known credential without a comma.
  const tokens = name.split(/\s+/).filter(Boolean);
  while (tokens.length > 2 && KNOWN_CREDENTIALS.has((tokens[tokens.length - 1] ?? '').toLowerCase())) tokens.pop();
  return tokens.join(' ').replace(/^[\s\-|·•,]+|[\s\-|·•,]+$/g, '').trim();
}

/** Tokens that look like parts of a human name (any script, hyphens, apostrophes, initials). */
const NAME_TOKEN = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/**
 * Split a cleaned full name into first and last name. Anything that does not look
 * like a plain human name (markup, digits, symbols) is not split: a wrong split is
 * worse than none.
 */
export function splitPersonName(fullName: string): { firstName?: string; lastName?: string } {
  const tokens = fullName
    .replace(/\s*\([^)]*\)\s*/g, ' ') // nicknames "(Kasia)"
    .split(/\s+/)
    .filter(Boolean);
  while (tokens.length > 1 && PREFIXES.has((tokens[0] ?? '').toLowerCase())) tokens.shift();
  if (tokens.length === 0 || !tokens.every((t) => NAME_TOKEN.test(t))) return {};
  if (tokens.length === 1) return { firstName: tokens[0] };
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && PARTICLES.has((tokens[lastStart - 1] ?? '').toLowerCase())) lastStart -= 1;
  return { firstName: tokens.slice(0, lastStart).join(' '), lastName: tokens.slice(lastStart).join(' ') };
}
