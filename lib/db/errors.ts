import { StorageError, type StorageErrorCode } from './storage-error';

export { StorageError, type StorageErrorCode } from './storage-error';

/**
 * The names and messages an error carries, its own and those of every error inside it:
 * Dexie's `inner` (an AbortError or DatabaseClosedError wrapping the real cause),
 * a BulkError's or ModifyError's `failures` (one per failed record), and `cause`.
 * Firefox often reports a full disk as an AbortError whose inner error is the quota
 * error, or as a BulkError with a QuotaExceededError among its failures.
 */
function collect(error: unknown, into: { names: Set<string>; messages: string[]; codes: Set<number> }, depth = 0): void {
  if (depth > 6 || error === null || typeof error !== 'object') return;
  const e = error as { name?: unknown; message?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string') into.names.add(e.name);
  if (typeof e.message === 'string') into.messages.push(e.message);
  if (typeof e.code === 'number') into.codes.add(e.code);
  collect(e.inner, into, depth + 1);
  collect(e.cause, into, depth + 1);
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  for (const failure of failures.slice(0, 50)) collect(failure, into, depth + 1);
}

/**
 * Dexie's error names (`Dexie.errnames`: its name for each, plus "Error"), written out so
 * this module does not load Dexie: a page's first view shows write failures before Dexie
 * is loaded (issue 15). tests/unit/storage-errors.test.ts checks them against Dexie's.
 */
export const DEXIE_ERROR_NAMES = {
  QuotaExceeded: 'QuotaExceededError',
  Upgrade: 'UpgradeError',
  Version: 'VersionError',
  VersionChange: 'VersionChangeError',
  DatabaseClosed: 'DatabaseClosedError',
  OpenFailed: 'OpenFailedError',
  MissingAPI: 'MissingAPIError',
  InvalidState: 'InvalidStateError',
  Unknown: 'UnknownError',
  NoSuchDatabase: 'NoSuchDatabaseError',
} as const;
const errnames = DEXIE_ERROR_NAMES;

/** Names browsers give a refused write for lack of space (Firefox's legacy XPCOM names too). */
const QUOTA_NAMES = ['QuotaExceededError', errnames.QuotaExceeded, 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE'];
/** DOMException.QUOTA_EXCEEDED_ERR, and Firefox's NS_ERROR_DOM_QUOTA_REACHED as a legacy code. */
const QUOTA_CODES = [22, 1014];
const QUOTA_TEXT = /QuotaExceeded|NS_ERROR_DOM_QUOTA_REACHED|NS_ERROR_FILE_NO_DEVICE_SPACE|quota (has been )?exceeded/i;

const BY_NAME: [StorageErrorCode, string[]][] = [
  ['upgrade', [errnames.Upgrade, errnames.Version]],
  ['blocked', [errnames.VersionChange]],
  [
    'unavailable',
    [
      errnames.DatabaseClosed,
      errnames.OpenFailed,
      errnames.MissingAPI,
      errnames.InvalidState,
      errnames.Unknown,
      errnames.NoSuchDatabase,
    ],
  ],
  ['invalid', ['ZodError']],
];

/** What kind of failure an error is, looking through every error wrapped inside it. */
export function storageErrorCode(error: unknown): StorageErrorCode {
  if (error instanceof StorageError) return error.code;
  const found = { names: new Set<string>(), messages: [] as string[], codes: new Set<number>() };
  collect(error, found);
  // A full disk wins over whatever wrapped it (an abort, a closed database, a bulk failure).
  if (QUOTA_NAMES.some((n) => found.names.has(n)) || QUOTA_CODES.some((c) => found.codes.has(c)) || found.messages.some((m) => QUOTA_TEXT.test(m))) return 'quota';
  for (const [code, names] of BY_NAME) if (names.some((n) => found.names.has(n))) return code;
  return 'unknown';
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError(storageErrorCode(error), error);
}
