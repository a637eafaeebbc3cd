import type { Lead } from '../schema/records';
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

// A phone is found by the digits a rep types: its own groups ("600", "0100"), the whole number,
// and every run of seven digits or more that ends it, so "600700800" finds "+48 600 700 800"
// without the country code. Only the number, not its extension. Frozen copy in v014.
const MIN_TAIL = 7;

/** Search words of a stored phone ("+48 600 700 800 ext. 12"). */
export function phoneWords(phone: string | undefined): string[] {
  if (!phone) return [];
  const number = phone.split(' ext. ')[0]!;
  const digits = number.replace(/\D/g, '');
  const tails: string[] = [];
  for (let start = 1; digits.length - start >= MIN_TAIL; start++) tails.push(digits.slice(start));
  return [...fold(number).split(' ').filter(Boolean), ...(digits ? [digits] : []), ...tails];
}

// A long number typed with its international "00" or a trunk "0" ("0721 234 567" for
// +40 721 234 567): the zeros in front are no part of the stored tails.
const LONG_NUMBER = /^0+(\d{7,})$/;
// The international "00" typed apart from the number ("0048 600 700 800", "(0048)"): the country
// code alone, as the stored "+48" is indexed. Only a country code's length (one to three digits).
const INTERNATIONAL_PREFIX = /^00([1-9]\d{0,2})$/;

/** Words of a search query, folded the same way as the index. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => LONG_NUMBER.exec(word)?.[1] ?? INTERNATIONAL_PREFIX.exec(word)?.[1] ?? word)
    .slice(0, 8);
}

/** The fields a lead's keys are made from. */
export const KEY_FIELDS = ['fullName', 'companyName', 'title', 'email', 'phone', 'tags'] as const;

/**
 * The keys made from a lead's fields: its duplicate key, and its search words (name, company,
 * title, whole e-mail, tags and the phone's digits). The write layer keeps them on every lead
 * it writes (lib/db/write/middleware.ts), so no way in can store keys that miss its fields.
 */
export function derivedLeadKeys(lead: Pick<Lead, (typeof KEY_FIELDS)[number]>) {
  return {
    nameKey: personNameKey(lead.fullName, lead.companyName),
    words: searchWords(lead.fullName, lead.companyName, lead.title, lead.email, ...lead.tags, ...phoneWords(lead.phone)),
  };
}
