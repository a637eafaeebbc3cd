/** English strings of the scoring rules editor (merged into the catalog in en.ts). */
export const enScoring = {} as const;
