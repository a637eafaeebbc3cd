import type { Row, SchemaVersion } from './types';

/**
 * Version 14: search finds a lead by its whole e-mail and by its phone's digits.
 * Up to v13 only an e-mail's local part was indexed, so a rep who pasted "jan@acme.pl"
 * (or searched "acme.pl") found nothing, and a caller's number found nobody. The `words` of
 * every lead with an e-mail or a phone are made again from its fields, as lib/leads/merge.ts
 * makes them as of v14; other leads' words are unchanged and not written, and erased leads
 * (their words emptied) are left alone. The copies a bulk delete keeps for its undo are made
 * again the same way, so an undone lead is found as the others. A frozen copy of the fold of
 * lib/leads/keys.ts.
 */
const STROKED = /[łøđðßæœı]/g;
const STROKED_AS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const MAX_WORDS = 60;
const MAX_WORD = 60;
const MIN_TAIL = 7;

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(STROKED, (ch) => STROKED_AS[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function searchWords(parts: unknown[]): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (typeof part !== 'string' || !part) continue;
    for (const word of fold(part).split(' ')) {
      if (word.length > 0) words.add(word.slice(0, MAX_WORD));
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}

function phoneWords(phone: unknown): string[] {
  if (typeof phone !== 'string' || !phone) return [];
  const number = phone.split(' ext. ')[0]!;
  const digits = number.replace(/\D/g, '');
  const tails: string[] = [];
  for (let start = 1; digits.length - start >= MIN_TAIL; start++) tails.push(digits.slice(start));
  return [...fold(number).split(' ').filter(Boolean), ...(digits ? [digits] : []), ...tails];
}

const sameWords = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((w, i) => w === b[i]);

/** The lead with its words made again, or undefined when they stay as they are. */
function rewordedLead(lead: Row): Row | undefined {
  if (lead.erasedAt !== undefined || (typeof lead.email !== 'string' && typeof lead.phone !== 'string')) return undefined;
  const tags = Array.isArray(lead.tags) ? lead.tags : [];
  const words = searchWords([lead.fullName, lead.companyName, lead.title, lead.email, ...tags, ...phoneWords(lead.phone)]);
  return sameWords(lead.words, words) ? undefined : { ...lead, words };
}

export const v014: SchemaVersion = {
  version: 14,
  stores: {},
  upgrade: async (tx) => {
    const leads: Row[] = [];
    await tx.table('leads').each((lead: Row) => {
      const next = rewordedLead(lead);
      if (next) leads.push(next);
    });
    if (leads.length) await tx.table('leads').bulkPut(leads);
    const kept: Row[] = [];
    await tx.table('deletedLeads').each((row: Row) => {
      const lead = row.lead && typeof row.lead === 'object' ? rewordedLead(row.lead as Row) : undefined;
      if (lead) kept.push({ ...row, lead });
    });
    if (kept.length) await tx.table('deletedLeads').bulkPut(kept);
  },
};
