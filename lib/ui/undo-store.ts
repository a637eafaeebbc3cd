import { create } from 'zustand';
import { ChangedSinceError } from '../db/changed-since';

/** The last change the rep made in the panel, and how to take it back. UI state only. */
type UndoState = {
  last: { leadId: string; label: string; revert: () => Promise<void> } | undefined;
  remember(leadId: string, label: string, revert: () => Promise<void>): void;
  /** Rejects when the revert could not be stored; the change is then still offered for undo. */
  undo(): Promise<void>;
  /** Drop what is remembered for a lead (erased: its undo would put their personal data back). */
  forget(leadId: string): void;
};

export const useUndoStore = create<UndoState>((set, get) => ({
  last: undefined,
  remember: (leadId, label, revert) => set({ last: { leadId, label, revert } }),
  undo: async () => {
    const last = get().last;
    set({ last: undefined });
    try {
      await last?.revert();
    } catch (error) {
      // Nothing was undone: offer it again (unless another change was made meanwhile, or
      // the change was overwritten since: undoing it can never work).
      if (get().last === undefined && !(error instanceof ChangedSinceError)) set({ last });
      throw error;
    }
  },
  forget: (leadId) => set((state) => (state.last?.leadId === leadId ? { last: undefined } : state)),
}));
