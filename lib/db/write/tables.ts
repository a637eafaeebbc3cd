/** The tables only the write layer writes: every change to them keeps figures, effects and the change log. */
export const TRACKED_TABLES = ['leads', 'activities', 'stageHistory', 'enrolments', 'companies'] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

/** The kept figures (lib/metrics/figures), written only by the layer. */
export const FIGURE_TABLES = ['figures', 'stageFigures', 'dailyFigures', 'responseFigures'] as const;

/**
 * What a write transaction over tracked tables also holds: the records effects
 * read and write, the change log and the crossings. The figure tables join it,
 * except for a long write, which holds `pendingFigures` instead (see commit.ts).
 */
export const LAYER_TABLES = ['leads', 'activities', 'sequences', 'enrolments', 'changes', 'crossings'] as const;

export function isTracked(name: string): name is TrackedTable {
  return (TRACKED_TABLES as readonly string[]).includes(name);
}
