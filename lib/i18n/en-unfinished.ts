/**
 * English strings for a transfer cut short (merged into the catalog in en.ts): an import
 * or a restore whose page closed before it committed wrote nothing, and the options page
 * says so when it opens again (lib/transfer/unfinished.ts).
 */
export const enUnfinished = {
  'unfinished.import': 'The last import did not finish (its page was closed while it ran), so nothing from it was imported. Choose the file again to import it.',
  'unfinished.restore': 'The last backup restore did not finish (its page was closed while it ran), so nothing was changed. Choose the backup again to restore it.',
} as const;
