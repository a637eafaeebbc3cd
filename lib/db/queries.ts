import { classifyLinkedInUrl } from '../capture/linkedin-url';
import { queryWords } from '../leads/keys';
import type { Lead } from '../schema/records';
import type { LeadsDatabase } from './database';

/** The lead a tab shows: by canonical profile URL, then by Sales Navigator URL, then by page URL. */
export async function findLeadForUrl(db: LeadsDatabase, url: string): Promise<Lead | undefined> {
  const page = classifyLinkedInUrl(url);
  if (page.kind === 'person') return db.leads.where('linkedinUrl').equals(page.canonicalUrl).first();
  if (page.kind === 'sales-nav-lead') return db.leads.where('salesNavUrl').equals(page.canonicalUrl).first();
  if (page.kind === 'company') return undefined;
  return db.leads.where('sourceUrl').equals(url).first();
}

export async function recentLeads(db: LeadsDatabase, limit: number): Promise<Lead[]> {
  return db.leads.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/**
 * Index-backed search: the first query word narrows by prefix on the `words`
 * multi-entry index; the other words filter that small set. Never loads the table.
 */
export async function searchLeads(db: LeadsDatabase, query: string, limit: number): Promise<Lead[]> {
  const [first, ...rest] = queryWords(query);
  if (!first) return recentLeads(db, limit);
  return db.leads
    .where('words')
    .startsWith(first)
    .distinct()
    .filter((lead) => rest.every((word) => lead.words.some((w) => w.startsWith(word))))
    .limit(limit)
    .toArray();
}
