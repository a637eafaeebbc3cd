/** The tables only the write layer writes: every change to them keeps figures, effects and the change log. */
export const TRACKED_TABLES = ['leads', 'activities', 'stageHistory', 'enrolments', 'companies'] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

/** The kept figures (lib/metrics/figures), written only by the layer. */
export const FIGURE_TABLES = ['figures', 'stageFigures', 'dailyFigures', 'responseFigures'] as const;

export function isTracked(name: string): name is TrackedTable {
  return (TRACKED_TABLES as readonly string[]).includes(name);
}

/**
 * What a write transaction also holds, beside the tables it writes: only what the
 * layer needs for those, since every store it holds is locked for its whole length
 * (a page reading one would wait). Any tracked write appends to the change log. A
 * write of leads or touches holds the records its effects and figures read (both
 * tables, sequences, enrolments), the crossings, and the figure tables, or, for a
 * long write, `pendingFigures` instead (see commit.ts). A stage change's effects
 * read sequences and end enrolments.
 */
export function layerScope(writes: readonly string[], long: boolean): string[] {
  const scope = new Set<string>();
  if (!writes.some(isTracked)) return [];
  scope.add('changes');
  const records = writes.includes('leads') || writes.includes('activities');
  if (records || writes.includes('stageHistory')) for (const t of ['sequences', 'enrolments']) scope.add(t);
  if (records) for (const t of ['leads', 'activities', 'crossings', ...(long ? ['pendingFigures'] : FIGURE_TABLES)]) scope.add(t);
  return [...scope];
}
