import { create } from 'zustand';

/** Side panel UI state only; records come from Dexie live queries. */
type PanelState = {
  query: string;
  /** A lead picked from the list; undefined follows the current tab. */
  pickedLeadId: string | undefined;
  view: 'lead' | 'list' | 'new';
  setQuery(query: string): void;
  pick(leadId: string | undefined): void;
  showList(): void;
  showNew(): void;
};

export const usePanelStore = create<PanelState>((set) => ({
  query: '',
  pickedLeadId: undefined,
  view: 'lead',
  setQuery: (query) => set({ query }),
  pick: (pickedLeadId) => set({ pickedLeadId, view: 'lead' }),
  showList: () => set({ view: 'list', pickedLeadId: undefined }),
  showNew: () => set({ view: 'new', pickedLeadId: undefined }),
}));
