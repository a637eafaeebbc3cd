import { create } from 'zustand';

/** The last change the rep made in the panel, and how to take it back. UI state only. */
type UndoState = {
  last: { leadId: string; label: string; revert: () => Promise<void> } | undefined;
  remember(leadId: string, label: string, revert: () => Promise<void>): void;
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
    await last?.revert();
  },
  forget: (leadId) => set((state) => (state.last?.leadId === leadId ? { last: undefined } : state)),
}));
