import { isLinkedInHost } from '../linkedin-url';

/**
 * The LinkedIn pages that list people the rep may pick from: people search, "My
 * Network" connections, and Sales Navigator lead lists and lead search. Judged by the
 * URL alone, so every other page (the feed above all) costs nothing and shows nothing.
 * Used by the content script (whether to look for rows at all) and by the background
 * (whether a tab may ask to save a list).
 */
export type ListPageKind = 'search-people' | 'connections' | 'sales-list' | 'sales-search';

/** People per "Save selected" request: a page shows 10 to 25; more is not one rep's ticks on one page. */
export const LIST_SAVE_MAX = 100;

const LIST_PATHS: readonly (readonly [RegExp, ListPageKind])[] = [
  [/^\/search\/results\/people\/?$/, 'search-people'],
  [/^\/mynetwork\/invite-connect\/connections\/?$/, 'connections'],
  [/^\/sales\/lists\/people(?:\/[^/]+)?\/?$/, 'sales-list'],
  [/^\/sales\/search\/people\/?$/, 'sales-search'],
];

/** Which list page a URL shows (https LinkedIn only), or undefined. Never throws. */
export function listPageKind(raw: string | undefined): ListPageKind | undefined {
  if (typeof raw !== 'string' || raw.length > 4096) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !isLinkedInHost(url.hostname)) return undefined;
  return LIST_PATHS.find(([path]) => path.test(url.pathname))?.[1];
}

/** Sales Navigator pages save their leads as Sales Navigator leads. */
export function isSalesNavigatorList(kind: ListPageKind): boolean {
  return kind === 'sales-list' || kind === 'sales-search';
}
