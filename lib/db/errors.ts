import Dexie from 'dexie';
import { StorageError } from './storage-error';

export { StorageError, type StorageErrorCode } from './storage-error';

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
