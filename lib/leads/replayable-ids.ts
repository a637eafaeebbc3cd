/**
 * Ids a preview draws, handed out again, in the same order, to the save that follows it.
 *
 * Which lead a row merges into can depend on ids: when two leads hold the same key the
 * lowest id wins (as IndexedDB's index order has it). A preview planned with ids of its own
 * could therefore say "merged" where the save then creates, so the import plans both with
 * the same ids: every `fromStart()` stream replays the ids drawn so far, then draws fresh
 * ones (and records them for the next stream).
 */
export function replayableIds(source: () => string): { fromStart: () => () => string } {
  const drawn: string[] = [];
  return {
    fromStart() {
      let next = 0;
      return () => {
        if (next === drawn.length) drawn.push(source());
        return drawn[next++]!;
      };
    },
  };
}
