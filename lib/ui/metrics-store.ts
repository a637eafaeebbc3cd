import { create } from 'zustand';
import type { WindowDays } from '../metrics/velocity-report';
import type { Lever } from '../metrics/velocity';

/** Popup and dashboard UI state only: the window shown and the what-if nudge. The figures come from Dexie. */
type MetricsUiState = {
  windowDays: WindowDays;
  whatIf: { lever: Lever; percent: number };
  setWindow(days: WindowDays): void;
  setWhatIf(patch: Partial<{ lever: Lever; percent: number }>): void;
};

export const useMetricsUi = create<MetricsUiState>((set) => ({
  windowDays: 90,
  whatIf: { lever: 'winRate', percent: 10 },
  setWindow: (windowDays) => set({ windowDays }),
  setWhatIf: (patch) => set((state) => ({ whatIf: { ...state.whatIf, ...patch } })),
}));
