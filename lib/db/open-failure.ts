import { storageErrorCode, type StorageErrorCode } from './errors';
import { storedVersion } from './raw-read';

/**
 * Why the database could not be opened, found out rather than guessed:
 * - upgrade: the stored data is of an older schema version and is still there at that
 *   version after the failure, so the upgrade (which runs in one IndexedDB transaction)
 *   was rolled back whole: nothing was changed;
 * - newer: the stored data is of a newer version than this code knows;
 * - other: the versions agree (or there is no data): the open itself failed.
 */
export type OpenFailure = {
  kind: 'upgrade' | 'newer' | 'other';
  code: StorageErrorCode;
  /** The error in its own words (name and message), for the rep and the rescue file. */
  detail: string;
  storedSchemaVersion?: number;
  expectedSchemaVersion: number;
};

const WRAPPERS = ['DatabaseClosedError', 'OpenFailedError'];

/** The error that says what happened: Dexie wraps an open's cause in DatabaseClosedError or OpenFailedError. */
function innermost(error: unknown): unknown {
  let e = error;
  for (let depth = 0; depth < 5; depth++) {
    const inner = (e as { inner?: unknown } | null)?.inner;
    if (!inner || !WRAPPERS.includes((e as { name?: string }).name ?? '')) break;
    e = inner;
  }
  return e;
}

export function errorDetail(error: unknown): string {
  const e = innermost(error);
  const text = e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? `${(e as Error).name}: ${(e as Error).message}` : String(e);
  return text.replace(/[\s.]+$/, '').slice(0, 300);
}

/** Describe a failed open of `name`, which this code opens at `expectedSchemaVersion` (Dexie's verno). */
export async function describeOpenFailure(name: string, expectedSchemaVersion: number, error: unknown, idb: IDBFactory = indexedDB): Promise<OpenFailure> {
  const code = storageErrorCode(error);
  const stored = await storedVersion(name, idb).catch(() => undefined);
  const storedSchemaVersion = stored === undefined ? undefined : stored / 10;
  const base = { code, detail: errorDetail(error), storedSchemaVersion, expectedSchemaVersion };
  if (storedSchemaVersion !== undefined && storedSchemaVersion < expectedSchemaVersion) return { kind: 'upgrade', ...base };
  if (storedSchemaVersion !== undefined && storedSchemaVersion > expectedSchemaVersion) return { kind: 'newer', ...base };
  return { kind: 'other', ...base };
}
