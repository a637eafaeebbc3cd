/**
 * Failures a rep can be told about in plain words (see lib/i18n: error.*).
 * Kept free of Dexie so content scripts can know the type without bundling the database.
 *
 * - quota: the browser refused to store more (out of space for this extension);
 * - upgrade: the database could not be brought to this version's schema (a migration
 *   failed, or the stored data is from a newer version);
 * - blocked: another window of the extension holds the database in a way that stops this one;
 * - unavailable: the database is closed, could not be opened, or the browser's storage failed;
 * - invalid: the data did not pass validation;
 * - unknown: anything else.
 */
export type StorageErrorCode = 'quota' | 'upgrade' | 'blocked' | 'unavailable' | 'invalid' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    cause?: unknown,
  ) {
    super(`storage: ${code}`, { cause });
    this.name = 'StorageError';
  }
}
