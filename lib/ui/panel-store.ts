import { create } from 'zustand';

/** Side panel UI state only; records come from Dexie live queries. */
type PanelState = {
  /** A lead picked from the list; undefined follows the current tab. */
  pickedLeadId: string | undefined;
  view: 'lead' | 'list' | 'new';
  pick(leadId: string | undefined): void;
  showList(): void;
  showNew(): void;
};

export const usePanelStore = create<PanelState>((set) => ({
  pickedLeadId: undefined,
  view: 'lead',
  pick: (pickedLeadId) => set({ pickedLeadId, view: 'lead' }),
  showList: () => set({ view: 'list', pickedLeadId: undefined }),
  showNew: () => set({ view: 'new', pickedLeadId: undefined }),
}));
