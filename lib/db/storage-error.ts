/**
 * Failures a rep can be told about in plain words (see lib/i18n: error.*).
 * Kept free of Dexie so content scripts can know the type without bundling the database.
 */
export type StorageErrorCode = 'quota' | 'blocked' | 'unavailable' | 'invalid' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    cause?: unknown,
  ) {
    super(`storage: ${code}`, { cause });
    this.name = 'StorageError';
  }
}
