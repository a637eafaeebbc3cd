import { endOfDay, endOfWeek, startOfDay, startOfWeek } from '../calendar';
import type { LeadSource } from '../capture/schema';
import type { LeadsDatabase } from '../db/database';
import type { Lead } from '../schema/records';
import { getLeadCount } from '../db/settings';
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
 * Short, so a term answers within 100 ms (the index-backed query takes tens of ms).
 */
export { DEFAULT_LIST_QUERY, SEARCH_DEBOUNCE_MS } from './list-defaults';

/** A filter with at most this many index entries is selective: its leads are read and sorted in memory. */
export const MAX_IN_MEMORY = 2_000;

type SortKey = 'score' | 'lastTouchAt' | 'dealValue' | 'createdAt';

export const SORT_INDEX: Record<ListSort, SortKey> = {
  score: 'score',
  lastTouch: 'lastTouchAt',
  value: 'dealValue',
  created: 'createdAt',
};

/**
 * Due ranges, [from, to), in local calendar days (lib/calendar, as the badge):
 * overdue is due before now; today is due any time today, however long the day
 * (23 or 25 hours when the clocks change); week is due any time in this calendar
 * week, Monday to Sunday, including its days already past.
 */
export function dueRange(due: DueFilter, now: number): [number, number] {
  if (due === 'overdue') return [0, now];
  if (due === 'today') return [startOfDay(now), endOfDay(now)];
  return [startOfWeek(now), endOfWeek(now)];
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

/** One collection per filter, over its index: per search word (prefix on the words index), per equality filter, and the due range. */
function filterCollections(db: LeadsDatabase, query: ListQuery, now: number): LeadCollection[] {
  const collections: LeadCollection[] = [];
  for (const word of queryWords(query.search)) collections.push(db.leads.where('words').startsWith(word));
  if (query.due) {
    const [from, to] = dueRange(query.due, now);
    collections.push(db.leads.where('nextStepDueAt').between(from, to, true, false));
  }
  const equal = (name: 'stageId' | 'tags' | 'scoreLabel' | 'source', value: string | undefined) => {
    if (value !== undefined) collections.push(db.leads.where(name).equals(value));
  };
  equal('stageId', query.stage);
  equal('tags', normalizedTag(query.tag));
  equal('scoreLabel', query.label);
  equal('source', query.source);
  return collections;
}

/**
 * Ids of the filters that are selective (at most `cap` index entries), intersected.
 * Reading keys stops at cap + 1, so a broad filter ("sales" among 100,000 leads)
 * costs no more than a narrow one. Undefined when every filter is broad.
 */
async function selectiveIds(collections: LeadCollection[], cap: number): Promise<Set<string> | undefined> {
  const lists = await Promise.all(collections.map((c) => c.clone().limit(cap + 1).primaryKeys()));
  const narrow = lists.filter((list) => list.length <= cap);
  return narrow.length > 0 ? intersect(narrow) : undefined;
}

/** The intersection of the index key lists: ids of the leads that pass every filter. */
function intersect(lists: string[][]): Set<string> {
  const [first = [], ...rest] = [...lists].sort((x, y) => x.length - y.length);
  let ids = new Set(first);
  for (const list of rest) {
    if (ids.size === 0) break;
    const other = new Set(list);
    ids = new Set([...ids].filter((id) => other.has(id)));
  }
  return ids;
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

/** Walk the sort index (the query applied on the way), then the leads that lack the sort key, newest first. */
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
  const missing = await db.leads
    .orderBy('createdAt')
    .reverse()
    .filter((lead) => lead[key] === undefined && (!match || match(lead)))
    .offset(Math.max(0, page.offset - keyedTotal))
    .limit(page.limit - rows.length)
    .toArray();
  return [...rows, ...missing];
}

/**
 * One page of the list, in the query's order. With a selective filter, its few
 * candidates are read, checked against the whole query and sorted in memory; when
 * every filter is broad, the sort index is walked with the query as a filter, which
 * finds a page after reading about page / (share matching) records.
 */
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
  // Checked before any await: an unfiltered page is read straight from the sort index.
  const collections = filterCollections(db, query, now);
  if (collections.length === 0) return pageFromSortIndex(db, query, undefined, { offset, limit });
  const match = leadMatcher(query, now);
  const candidates = await selectiveIds(collections, maxInMemory);
  if (!candidates) return pageFromSortIndex(db, query, match, { offset, limit });
  const leads = (await db.leads.bulkGet([...candidates])).filter((lead): lead is Lead => lead !== undefined && match(lead));
  leads.sort(compareLeads(query.sort, query.direction));
  return leads.slice(offset, offset + limit);
}

/** How many leads the query matches: from a selective filter's candidates, else from the index keys of every filter. */
export async function countLeads(db: LeadsDatabase, query: ListQuery, now: number, maxInMemory = MAX_IN_MEMORY): Promise<number> {
  const collections = filterCollections(db, query, now);
  if (collections.length === 0) return getLeadCount(db);
  const candidates = await selectiveIds(collections, maxInMemory);
  if (candidates) {
    const match = leadMatcher(query, now);
    return (await db.leads.bulkGet([...candidates])).filter((lead) => lead !== undefined && match(lead)).length;
  }
  return intersect(await Promise.all(collections.map((c) => c.primaryKeys()))).size;
}
