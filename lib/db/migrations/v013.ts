import type { Row, SchemaVersion } from './types';

/**
 * Version 13: the keys folded from names match what reps type and what sheets hold.
 * - Stroked letters are spelled plainly, as scoring always did ("michał" → "michal"): a rep who
 *   types "Michal" finds Michał, and "Walbrzych" and "Wałbrzych" are one company.
 * - Legal forms in Cyrillic and Polish ("ООО «Ромашка»", "Acme sp. k.") do not count in the
 *   duplicate keys, as Latin ones did: the lead saved at "Ромашка" and the sheet's row at
 *   "ООО «Ромашка»" are one person at one company.
 * A lead's and a company's `nameKey` are made again from their own names; a lead's search
 * `words` are the stored ones respelled (the fold up to v12 differed from the new one only in
 * leaving stroked letters whole, and each maps to letters, so no word splits or joins). Rows
 * whose keys come out the same are not written. A frozen copy of lib/leads/keys.ts as of v13.
 */
const STROKED = /[łøđðßæœı]/g;
const STROKED_AS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const HAS_STROKED = /[łøđðßæœı]/;
const MAX_WORD = 60;

const respell = (text: string) => text.replace(STROKED, (ch) => STROKED_AS[ch] ?? ch);

function fold(value: string): string {
  return respell(
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const COMPANY_SUFFIXES = new RegExp(
  `(?<=^| )(?:${[
    'inc', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'gmbh', 'kg', 'ag', 'bv', 'nv', 'oy', 'ab', 'as',
    'sa', 's a', 'srl', 's r l', 'sp z o o', 'sp zoo', 'spolka z o o', 'sp k', 'sp j', 'sp p', 's k a',
    'spolka z ograniczona odpowiedzialnoscia', 'spolka akcyjna', 'spolka komandytowa', 'spolka jawna',
    'ooo', 'oao', 'ao', 'ооо', 'оао', 'зао', 'пао', 'нао', 'ао', 'ип', 'тоо',
  ].join('|')})(?= |$)`,
  'g',
);

function companyKey(name: unknown): string | undefined {
  if (typeof name !== 'string' || !name) return undefined;
  return fold(name).replace(COMPANY_SUFFIXES, ' ').replace(/\s+/g, ' ').trim() || undefined;
}

function personNameKey(fullName: unknown, company: unknown): string | undefined {
  const name = typeof fullName === 'string' && fullName ? fold(fullName) : '';
  const firm = companyKey(company);
  return name && firm ? `${name}|${firm}` : undefined;
}

/** Set `nameKey` (or drop it when there is none); whether it changed. */
function keyed(row: Row, key: string | undefined): boolean {
  if (row.nameKey === key) return false;
  if (key === undefined) delete row.nameKey;
  else row.nameKey = key;
  return true;
}

function respellWords(lead: Row): boolean {
  if (!Array.isArray(lead.words) || !lead.words.some((w) => typeof w === 'string' && HAS_STROKED.test(w))) return false;
  lead.words = [...new Set(lead.words.map((w) => (typeof w === 'string' ? respell(w).slice(0, MAX_WORD) : w)))];
  return true;
}

export const v013: SchemaVersion = {
  version: 13,
  stores: {},
  upgrade: async (tx) => {
    // Worked out on a copy first: only rows whose keys change are written back.
    const leads: Row[] = [];
    await tx.table('leads').each((lead: Row) => {
      const next = { ...lead };
      const words = respellWords(next);
      const key = keyed(next, lead.erasedAt === undefined ? personNameKey(lead.fullName, lead.companyName) : (lead.nameKey as string | undefined));
      if (words || key) leads.push(next);
    });
    if (leads.length) await tx.table('leads').bulkPut(leads);
    const companies: Row[] = [];
    await tx.table('companies').each((company: Row) => {
      const next = { ...company };
      if (keyed(next, companyKey(company.name))) companies.push(next);
    });
    if (companies.length) await tx.table('companies').bulkPut(companies);
  },
};
