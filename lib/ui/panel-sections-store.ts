import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** The side panel's collapsible sections; stage, next step and touches are always open. */
export type PanelSectionId = 'deal' | 'qualification' | 'sequences' | 'score' | 'details';

/** Open at first: what a rep fills in while qualifying. The score's workings and every raw field wait for a click. */
const OPEN_AT_FIRST: Record<PanelSectionId, boolean> = { deal: true, qualification: true, sequences: true, score: false, details: false };

type PanelSectionsState = {
  open: Record<PanelSectionId, boolean>;
  setOpen(id: PanelSectionId, open: boolean): void;
};

/** Which side-panel sections the rep keeps open, remembered in this browser (UI state only, not data). */
export const usePanelSections = create<PanelSectionsState>()(
  persist(
    (set) => ({
      open: OPEN_AT_FIRST,
      setOpen: (id, open) => set((state) => ({ open: { ...state.open, [id]: open } })),
    }),
    {
      name: 'pa.panel-sections',
      storage: createJSONStorage(() => localStorage),
      // A section added later starts as OPEN_AT_FIRST says, whatever an older stored state holds.
      merge: (stored, current) => ({ ...current, open: { ...current.open, ...((stored as Partial<PanelSectionsState> | undefined)?.open ?? {}) } }),
    },
  ),
);
