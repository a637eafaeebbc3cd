import type { LeadSource } from '../capture/schema';
import type { LeadsDatabase } from '../db/database';
import type { Lead } from '../schema/records';
import { queryWords } from './keys';

/**
 * The lead list's query: search, filters and sort. Every page is read through an
 * index (the most selective one the query allows); the table is never loaded whole.
 */

export type ListSort = 'score' | 'lastTouch' | 'value' | 'created';
export type DueFilter = 'overdue' | 'today' | 'week';
export type LabelFilter = 'cold' | 'mql' | 'sql';

export type ListQuery = {
  search: string;
  stage?: string;
  label?: LabelFilter;
  tag?: string;
  source?: LeadSource;
  due?: DueFilter;
  sort: ListSort;
  direction: 'desc' | 'asc';
};

/**
 * Search box debounce: typing stays instant and the query runs once the rep pauses.
 * Short, so a term answers within 100 ms (the index-backed query takes a few ms).
 */
export const SEARCH_DEBOUNCE_MS = 60;

export const DEFAULT_LIST_QUERY: ListQuery = { search: '', sort: 'score', direction: 'desc' };

/** Above this many candidates a filter index is not worth sorting in memory: walk the sort index instead. */
export const MAX_IN_MEMORY = 20_000;

type SortKey = 'score' | 'lastTouchAt' | 'dealValue' | 'createdAt';

export const SORT_INDEX: Record<ListSort, SortKey> = {
  score: 'score',
  lastTouch: 'lastTouchAt',
  value: 'dealValue',
  created: 'createdAt',
};

const DAY = 86_400_000;

/** Local midnight of the day `now` falls in. */
function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * Due ranges, [from, to): overdue is due before now; today is due any time today;
 * week is due from the start of today to the end of the seventh day.
 */
export function dueRange(due: DueFilter, now: number): [number, number] {
  const today = startOfDay(now);
  if (due === 'overdue') return [0, now];
  if (due === 'today') return [today, today + DAY];
  return [today, today + 7 * DAY];
}

function normalizedTag(tag: string | undefined): string | undefined {
  const clean = tag?.trim().toLowerCase();
  return clean ? clean : undefined;
}

/** The full predicate of a query: every filter and every search word. */
export function leadMatcher(query: ListQuery, now: number): (lead: Lead) => boolean {
  const words = queryWords(query.search);
  const tag = normalizedTag(query.tag);
  const due = query.due ? dueRange(query.due, now) : undefined;
  return (lead) =>
    (query.stage === undefined || lead.stageId === query.stage) &&
    (query.label === undefined || lead.scoreLabel === query.label) &&
    (query.source === undefined || lead.source === query.source) &&
    (tag === undefined || lead.tags.includes(tag)) &&
    (due === undefined || (lead.nextStepDueAt !== undefined && lead.nextStepDueAt >= due[0] && lead.nextStepDueAt < due[1])) &&
    words.every((word) => lead.words.some((w) => w.startsWith(word)));
}

type LeadCollection = ReturnType<LeadsDatabase['leads']['toCollection']>;

/** A filter index that can produce the candidates, with its (index-only) size. */
type Source = { name: string; collection(): LeadCollection; size(): Promise<number> };

function filterSources(db: LeadsDatabase, query: ListQuery, now: number): Source[] {
  const sources: Source[] = [];
  const [first] = queryWords(query.search);
  if (first) {
    sources.push({
      name: 'words',
      collection: () => db.leads.where('words').startsWith(first).distinct(),
      // Index entries, not leads: a lead may have two words with the prefix. Good enough to rank.
      size: () => db.leads.where('words').startsWith(first).count(),
    });
  }
  if (query.due) {
    const [from, to] = dueRange(query.due, now);
    const where = () => db.leads.where('nextStepDueAt').between(from, to, true, false);
    sources.push({ name: 'nextStepDueAt', collection: where, size: () => where().count() });
  }
  const equal = (name: 'stageId' | 'tags' | 'scoreLabel' | 'source', value: string | undefined) => {
    if (value === undefined) return;
    const where = () => db.leads.where(name).equals(value);
    sources.push({ name, collection: where, size: () => where().count() });
  };
  equal('stageId', query.stage);
  equal('tags', normalizedTag(query.tag));
  equal('scoreLabel', query.label);
  equal('source', query.source);
  return sources;
}

/** The filter index with the fewest entries, or undefined when the query has no filter. */
async function mostSelective(db: LeadsDatabase, query: ListQuery, now: number): Promise<{ source: Source; size: number } | undefined> {
  const sources = filterSources(db, query, now);
  const sizes = await Promise.all(sources.map((s) => s.size()));
  let best: { source: Source; size: number } | undefined;
  sources.forEach((source, i) => {
    const size = sizes[i] ?? Infinity;
    if (!best || size < best.size) best = { source, size };
  });
  return best;
}

function sortValue(lead: Lead, key: SortKey): number | undefined {
  const value = lead[key];
  return typeof value === 'number' ? value : undefined;
}

/**
 * The order the indexes give: by key then id (both reversed for desc), leads without
 * the key last, newest first. In-memory sorting must agree with it exactly.
 */
export function compareLeads(sort: ListSort, direction: 'asc' | 'desc'): (a: Lead, b: Lead) => number {
  const key = SORT_INDEX[sort];
  const sign = direction === 'desc' ? -1 : 1;
  const byId = (a: Lead, b: Lead) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return (a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === undefined || vb === undefined) {
      if (va !== undefined) return -1;
      if (vb !== undefined) return 1;
      return b.createdAt - a.createdAt || -byId(a, b);
    }
    return sign * (va - vb || byId(a, b));
  };
}

/** Walk the sort index (filters applied on the way), then the leads that lack the sort key. */
async function pageFromSortIndex(
  db: LeadsDatabase,
  query: ListQuery,
  match: ((lead: Lead) => boolean) | undefined,
  page: { offset: number; limit: number },
): Promise<Lead[]> {
  const key = SORT_INDEX[query.sort];
  const ordered = () => {
    const c = db.leads.orderBy(key);
    return query.direction === 'desc' ? c.reverse() : c;
  };
  const keyed = match ? ordered().filter(match) : ordered();
  const rows = await keyed.offset(page.offset).limit(page.limit).toArray();
  if (rows.length === page.limit || key === 'score' || key === 'createdAt') return rows;
  // score and createdAt are on every lead; lastTouchAt and dealValue are not, and
  // a lead without the key is not in its index: those follow, newest first.
  const keyedTotal = rows.length > 0 ? page.offset + rows.length : await (match ? ordered().filter(match) : ordered()).count();
  const missingOffset = Math.max(0, page.offset - keyedTotal);
  const missing = await db.leads
    .orderBy('createdAt')
    .reverse()
    .filter((lead) => lead[key] === undefined && (!match || match(lead)))
    .offset(missingOffset)
    .limit(page.limit - rows.length)
    .toArray();
  return [...rows, ...missing];
}

function hasFilters(query: ListQuery): boolean {
  return (
    queryWords(query.search).length > 0 ||
    query.stage !== undefined ||
    query.label !== undefined ||
    normalizedTag(query.tag) !== undefined ||
    query.source !== undefined ||
    query.due !== undefined
  );
}

/** One page of the list, in the query's order. */
export async function fetchLeadPage(
  db: LeadsDatabase,
  query: ListQuery,
  now: number,
  page: { offset: number; limit: number },
  maxInMemory = MAX_IN_MEMORY,
): Promise<Lead[]> {
  const offset = Math.max(0, Math.floor(page.offset));
  const limit = Math.max(0, Math.floor(page.limit));
  if (limit === 0) return [];
  if (!hasFilters(query)) return pageFromSortIndex(db, query, undefined, { offset, limit });
  const match = leadMatcher(query, now);
  const best = await mostSelective(db, query, now);
  if (!best || best.size > maxInMemory) return pageFromSortIndex(db, query, match, { offset, limit });
  const candidates = await best.source.collection().filter(match).toArray();
  candidates.sort(compareLeads(query.sort, query.direction));
  return candidates.slice(offset, offset + limit);
}

/** How many leads the query matches: an index count when one index answers it, else a count over the most selective index. */
export async function countLeads(db: LeadsDatabase, query: ListQuery, now: number): Promise<number> {
  if (!hasFilters(query)) return db.leads.count();
  const sources = filterSources(db, query, now);
  const only = sources.length === 1 ? sources[0] : undefined;
  // A single equality or range filter is exactly its index count; search words need checking.
  if (only && only.name !== 'words') return only.size();
  const best = await mostSelective(db, query, now);
  if (!best) return db.leads.count();
  return best.source.collection().filter(leadMatcher(query, now)).count();
}
