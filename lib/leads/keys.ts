/** Keys that decide when two records are the same person or company. */

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Legal suffixes differ between a profile ("Acme") and a site ("Acme Inc."), so they do not count.
const COMPANY_SUFFIXES = /\b(inc|llc|ltd|limited|gmbh|sa|s a|sp z o o|sp zoo|srl|s r l|ooo|oao|ao|plc|corp|corporation|co|bv|ag|oy|ab|as)\b/g;

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
