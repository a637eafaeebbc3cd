import { spellStroked } from '../scoring/text-match';

/** Keys that decide when two records are the same person or company. */

// Stroked letters (ł, ø, ß…) spelled plainly as scoring does: "Michal" finds Michał, and
// "Walbrzych" and "Wałbrzych" are one company. Stored keys made before are respelled by v013.
function fold(value: string): string {
  return spellStroked(
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Legal forms differ between a profile ("Acme", "Ромашка") and a site or a sheet ("Acme Inc.",
// "ООО «Ромашка»", "Acme Sp. z o.o. sp. k."), so they do not count. Whole words of the folded
// name (spaces only, so Cyrillic ones are found too: \b is ASCII-only). Frozen copy in v013.
const COMPANY_SUFFIXES = new RegExp(
  `(?<=^| )(?:${[
    'inc', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'kg', 'ag', 'bv', 'nv', 'oy', 'ab', 'as',
    'sa', 's a', 'srl', 's r l', 'sp z o o', 'sp zoo', 'spolka z o o', 'sp k', 'sp j', 'sp p', 's k a',
    'spolka z ograniczona odpowiedzialnoscia', 'spolka akcyjna', 'spolka komandytowa', 'spolka jawna',
    'ooo', 'oao', 'ao', 'ооо', 'оао', 'зао', 'пао', 'нао', 'ао', 'ип', 'тоо',
  ].join('|')})(?= |$)`,
  'g',
);

export function companyKey(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = fold(name).replace(COMPANY_SUFFIXES, ' ').replace(/\s+/g, ' ').trim();
  return key || undefined;
}

/** "name|company": only a key when both are known, since a name alone is not unique. */
export function personNameKey(fullName: string | undefined, company: string | undefined): string | undefined {
  const name = fullName ? fold(fullName) : '';
  const firm = companyKey(company);
  return name && firm ? `${name}|${firm}` : undefined;
}

const MAX_WORDS = 60;

/** Lower-cased, accent-folded words for the search index (prefix matching). */
export function searchWords(...parts: (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const word of fold(part).split(' ')) {
      if (word.length > 0) words.add(word.slice(0, 60));
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

/** Words of a search query, folded the same way as the index. */
export function queryWords(query: string): string[] {
  return fold(query).split(' ').filter(Boolean).slice(0, 8);
}
