import type { ListQuery } from './list-query';

/**
 * The list's defaults, in a module of their own (no database code): the side panel's first
 * view draws the list's filters from them before Dexie loads (components/list/LeadFirstList).
 */

/** How long the search field waits after the last key before the query changes. */
export const SEARCH_DEBOUNCE_MS = 40;

export const DEFAULT_LIST_QUERY: ListQuery = { search: '', sort: 'score', direction: 'desc' };
