import { create } from 'zustand';
import { DEFAULT_LIST_QUERY, type ListQuery } from '../leads/list-query';

/** Lead table UI state only (filters, sort, selection); the rows come from Dexie. */
type ListState = {
  query: ListQuery;
  /** Ids of the selected leads; cleared whenever the query changes, so bulk actions only touch what was shown. */
  selected: ReadonlySet<string>;
  setQuery(patch: Partial<ListQuery>): void;
  toggle(id: string, on: boolean): void;
  selectAll(ids: readonly string[]): void;
  clearSelection(): void;
  reset(): void;
};

function sameQuery(a: ListQuery, b: ListQuery): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ListQuery)[]);
  return [...keys].every((k) => a[k] === b[k]);
}

export const useListStore = create<ListState>((set) => ({
  query: DEFAULT_LIST_QUERY,
  selected: new Set(),
  setQuery: (patch) =>
    set((state) => {
      const next: ListQuery = { ...state.query, ...patch };
      // An empty filter is no filter: drop undefined keys so queries compare cleanly.
      for (const key of Object.keys(next) as (keyof ListQuery)[]) if (next[key] === undefined) delete next[key];
      return sameQuery(state.query, next) ? state : { query: next, selected: new Set() };
    }),
  toggle: (id, on) =>
    set((state) => {
      const selected = new Set(state.selected);
      if (on) selected.add(id);
      else selected.delete(id);
      return { selected };
    }),
  selectAll: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
  reset: () => set({ query: DEFAULT_LIST_QUERY, selected: new Set() }),
}));
