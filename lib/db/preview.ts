import type { Company } from '../schema/records';
import { createPreview, type PreviewTotals } from '../scoring/preview';
import type { RuleSet } from '../scoring/schema';
import type { LeadsDatabase } from './database';

const PAGE = 2_000;

/**
 * Preview a draft rule set over every lead, a page at a time by primary key,
 * yielding between pages so the options page keeps answering input.
 * Stops early (returns undefined) when `signal` aborts: the draft changed.
 */
export async function previewDraft(db: LeadsDatabase, draft: RuleSet, now: number, signal?: AbortSignal): Promise<PreviewTotals | undefined> {
  const preview = createPreview(draft, now);
  const companies = new Map<string, Company>((await db.companies.toArray()).map((c) => [c.id, c]));
  let lastId: string | undefined;
  for (;;) {
    if (signal?.aborted) return undefined;
    const page = lastId ? await db.leads.where(':id').above(lastId).limit(PAGE).toArray() : await db.leads.orderBy(':id').limit(PAGE).toArray();
    for (const lead of page) preview.add(lead, lead.companyId ? companies.get(lead.companyId) : undefined);
    if (page.length < PAGE) return preview.result();
    lastId = page[page.length - 1]!.id;
    await new Promise((r) => setTimeout(r, 0));
  }
}
