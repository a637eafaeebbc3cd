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

/** Above this many matches, records are not read to be sorted in memory: the sort index's keys give the order. */
export const MAX_IN_MEMORY = 2_000;

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

/**
 * The ids each filter admits, read from its index alone (keys, never records):
 * one list per search word (prefix on the words index), per equality filter and
 * for the due range.
 */
function filterKeys(db: LeadsDatabase, query: ListQuery, now: number): Promise<string[]>[] {
  const lists: Promise<string[]>[] = [];
  for (const word of queryWords(query.search)) lists.push(db.leads.where('words').startsWith(word).primaryKeys());
  if (query.due) {
    const [from, to] = dueRange(query.due, now);
    lists.push(db.leads.where('nextStepDueAt').between(from, to, true, false).primaryKeys());
  }
  const equal = (name: 'stageId' | 'tags' | 'scoreLabel' | 'source', value: string | undefined) => {
    if (value !== undefined) lists.push(db.leads.where(name).equals(value).primaryKeys());
  };
  equal('stageId', query.stage);
  equal('tags', normalizedTag(query.tag));
  equal('scoreLabel', query.label);
  equal('source', query.source);
  return lists;
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

/** One page of all leads in the sort index's order, then the leads that lack the sort key (newest first). */
async function pageFromSortIndex(db: LeadsDatabase, query: ListQuery, page: { offset: number; limit: number }): Promise<Lead[]> {
  const key = SORT_INDEX[query.sort];
  const ordered = query.direction === 'desc' ? db.leads.orderBy(key).reverse() : db.leads.orderBy(key);
  const rows = await ordered.offset(page.offset).limit(page.limit).toArray();
  if (rows.length === page.limit || key === 'score' || key === 'createdAt') return rows;
  // score and createdAt are on every lead; lastTouchAt and dealValue are not, and
  // a lead without the key is not in its index: those follow, newest first.
  const keyedTotal = rows.length > 0 ? page.offset + rows.length : await db.leads.orderBy(key).count();
  const missing = await db.leads
    .orderBy('createdAt')
    .reverse()
    .filter((lead) => lead[key] === undefined)
    .offset(Math.max(0, page.offset - keyedTotal))
    .limit(page.limit - rows.length)
    .toArray();
  return [...rows, ...missing];
}

/**
 * One page of a filtered query, in the sort index's order: the index keys (ids only)
 * are walked and kept when they match, then only the page's records are read.
 */
async function pageOfIds(db: LeadsDatabase, query: ListQuery, ids: Set<string>, page: { offset: number; limit: number }): Promise<Lead[]> {
  const key = SORT_INDEX[query.sort];
  const ordered = await (query.direction === 'desc' ? db.leads.orderBy(key).reverse() : db.leads.orderBy(key)).primaryKeys();
  let wanted = ordered.filter((id) => ids.has(id));
  if (wanted.length < page.offset + page.limit && wanted.length < ids.size) {
    // Leads without the sort key are not in its index: they follow, newest first.
    const keyed = new Set(wanted);
    const newest = await db.leads.orderBy('createdAt').reverse().primaryKeys();
    wanted = [...wanted, ...newest.filter((id) => ids.has(id) && !keyed.has(id))];
  }
  const slice = wanted.slice(page.offset, page.offset + page.limit);
  return (await db.leads.bulkGet(slice)).filter((lead): lead is Lead => lead !== undefined);
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
  // Checked before any await: an unfiltered page is read straight from the sort index.
  const pending = filterKeys(db, query, now);
  if (pending.length === 0) return pageFromSortIndex(db, query, { offset, limit });
  const ids = intersect(await Promise.all(pending));
  if (ids.size === 0 || offset >= ids.size) return [];
  if (ids.size > maxInMemory) return pageOfIds(db, query, ids, { offset, limit });
  // Few matches: read them and sort in memory (the comparator agrees with the indexes).
  const leads = (await db.leads.bulkGet([...ids])).filter((lead): lead is Lead => lead !== undefined);
  leads.sort(compareLeads(query.sort, query.direction));
  return leads.slice(offset, offset + limit);
}

/** How many leads the query matches, from the index keys alone. */
export async function countLeads(db: LeadsDatabase, query: ListQuery, now: number): Promise<number> {
  const pending = filterKeys(db, query, now);
  if (pending.length === 0) return db.leads.count();
  return intersect(await Promise.all(pending)).size;
}
