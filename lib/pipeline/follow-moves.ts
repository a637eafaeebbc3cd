// No imports: the popup's figures read this (lib/metrics/figures/read.ts) and must not pull in full Zod.

/** Leads of stage `from` moved to stage `to` (a stage removed in the stages editor, or missing after a restore). */
export type StageMove = { from: string; to: string };

/** Where a stage's leads end up after `moves` (followed through chains; a loop stops where it started). */
export function followMoves(moves: readonly StageMove[], stageId: string): string {
  const to = new Map(moves.map((m) => [m.from, m.to]));
  let at = stageId;
  for (let hops = 0; hops < 64 && to.has(at); hops++) at = to.get(at)!;
  return at;
}
