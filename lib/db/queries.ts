import { classifyLinkedInUrl } from '../capture/linkedin-url';
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
