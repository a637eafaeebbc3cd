import Dexie from 'dexie';

/** Failures a rep can be told about in plain words (see lib/i18n: error.*). */
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

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Dexie.DexieError ? error.name : error instanceof Error ? error.name : '';
  const inner = error instanceof Dexie.DexieError ? (error.inner as Error | undefined)?.name : undefined;
  const names = [name, inner];
  if (names.includes('QuotaExceededError') || names.includes(Dexie.errnames.QuotaExceeded)) return new StorageError('quota', error);
  if (names.includes(Dexie.errnames.Upgrade) || names.includes(Dexie.errnames.VersionChange))
    return new StorageError('blocked', error);
  if (names.includes(Dexie.errnames.DatabaseClosed) || names.includes(Dexie.errnames.OpenFailed) || names.includes(Dexie.errnames.MissingAPI) || names.includes(Dexie.errnames.InvalidState))
    return new StorageError('unavailable', error);
  if (names.includes('ZodError')) return new StorageError('invalid', error);
  return new StorageError('unknown', error);
}
