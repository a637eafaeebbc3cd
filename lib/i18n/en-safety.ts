/**
 * English strings of the data-safety guards (merged into the catalog in en.ts):
 * bulk delete's confirmation and lasting undo, the cap and failures of backup
 * restore. (CSV import's row cap is a `transfer.error.*` code, in en-transfer.ts.)
 */
export const enSafety = {
  'bulkDelete.confirmTitle': 'Delete {count, plural, one {# lead} other {# leads}}?',
  'bulkDelete.confirmBody': 'Their touches, stage history and sequence enrolments are deleted with them. You can undo this until your next delete.',
  'bulkDelete.confirm': 'Delete {count, plural, one {# lead} other {# leads}}',
  'bulkDelete.cancel': 'Cancel',
  'bulkDelete.undo': 'Undo delete',
  'bulkDelete.discard': 'Erase for good',
  'bulkDelete.discarded': 'The deleted leads are erased for good.',
  'bulkDelete.skipped': '{count} not restored: saved again since, and the new one was kept.',
  'bulkDelete.moved': '{count} moved to another stage: theirs was removed since.',

  'backup.error.too-large': 'This file is larger than {max} MB, more than a backup of 100,000 leads with their touches. Choose the backup file the extension saved.',
  'backup.error.unreadable': 'The file could not be read ({detail}). Choose it again; if it is on a network or removable drive, copy it to this computer first.',
  'backup.reading': 'Reading {file}…',
  'backup.moved': '{count, plural, one {# lead was in a stage this pipeline does not have and moved to the nearest stage.} other {# leads were in stages this pipeline does not have and moved to the nearest stage.}}',
  'backup.rescoring': 'The rules changed with the backup: every lead is being rescored.',
} as const;
