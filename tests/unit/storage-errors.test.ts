import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { updateLead } from '../../lib/db/edit-lead';
import { setLabelByHand } from '../../lib/db/label';
import { DEXIE_ERROR_NAMES, StorageError, storageErrorCode, toStorageError } from '../../lib/db/errors';
import { saveCapture } from '../../lib/db/save-capture';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { writeFailureText } from '../../lib/ui/write-failure';
import { MessageError } from '../../lib/messaging/protocol';
import { freshDb, NOW } from './helpers/db';

/** The DOMException a browser raises when IndexedDB refuses a write for lack of space. */
const domQuota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** Dexie maps a DOM error to its own class, keeping the DOM error as `inner` (as mapError does). */
const dexieQuota = () => new Dexie.QuotaExceededError('QuotaExceededError The quota has been exceeded.', domQuota());
const constraint = () => new Dexie.ConstraintError('Key already exists in the object store.');

describe('storage errors: every form a browser and Dexie give a failed write', () => {
  it('a quota error, as the DOM raises it and as Dexie maps it', () => {
    expect(storageErrorCode(domQuota())).toBe('quota');
    expect(storageErrorCode(dexieQuota())).toBe('quota');
  });

  it('a BulkError (bulkAdd/bulkPut) with a quota error among its failures, by position as Dexie builds it', () => {
    // Dexie: new BulkError(msg, failuresByPos) keeps `failures` (a list) and `failuresByPos`.
    const bulk = new Dexie.BulkError('leads.bulkPut(): 2 of 3 operations failed', { 0: constraint(), 2: dexieQuota() });
    expect(bulk.name).toBe('BulkError');
    expect(bulk.failures).toHaveLength(2);
    expect(storageErrorCode(bulk)).toBe('quota');
    // Firefox puts the DOMException itself in the failures.
    expect(storageErrorCode(new Dexie.BulkError('leads.bulkAdd(): 1 of 1 operations failed', { 0: domQuota() }))).toBe('quota');
    // A BulkError of constraint failures only is no quota problem.
    expect(storageErrorCode(new Dexie.BulkError('leads.bulkAdd(): 1 of 1 operations failed', { 0: constraint() }))).toBe('unknown');
  });

  it('a ModifyError (a collection modify or delete) with a quota failure', () => {
    // Dexie: new ModifyError(msg, failures, successCount, failedKeys).
    const modify = new Dexie.ModifyError('Error modifying one or more objects', [dexieQuota()], 10, ['lead-1']);
    expect(storageErrorCode(modify)).toBe('quota');
  });

  it('an AbortError whose inner error is the quota error (the transaction aborted for lack of space)', () => {
    // Dexie: new exceptions.Abort(idbtrans.error) when the transaction aborts.
    const abort = new Dexie.AbortError(domQuota());
    expect(abort.name).toBe('AbortError');
    expect(storageErrorCode(abort)).toBe('quota');
    // An abort for any other reason is not a quota problem.
    expect(storageErrorCode(new Dexie.AbortError())).toBe('unknown');
  });

  it("Firefox's forms: NS_ERROR_DOM_QUOTA_REACHED by name, by legacy code, or only in the message", () => {
    expect(storageErrorCode(Object.assign(new Error('Persistent storage maximum size reached'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe('quota');
    expect(storageErrorCode(Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }))).toBe('quota');
    expect(storageErrorCode(new Dexie.UnknownError('Component returned failure code: 0x80530404 (NS_ERROR_DOM_QUOTA_REACHED)'))).toBe('quota');
    // DOMException's legacy code 22 (QUOTA_EXCEEDED_ERR).
    expect(domQuota().code).toBe(22);
  });

  it('a closed database, an unknown IndexedDB failure and an invalid state: unavailable', () => {
    expect(storageErrorCode(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(storageErrorCode(new Dexie.UnknownError('Internal error opening backing store for indexedDB.open.'))).toBe('unavailable');
    expect(storageErrorCode(new Dexie.InvalidStateError('The database connection is closing.'))).toBe('unavailable');
    expect(storageErrorCode(new DOMException('The database connection is closing.', 'InvalidStateError'))).toBe('unavailable');
    expect(storageErrorCode(new Dexie.OpenFailedError('no'))).toBe('unavailable');
    expect(storageErrorCode(new Dexie.MissingAPIError())).toBe('unavailable');
  });

  it('a closed database because its open ran out of space is a quota problem (the inner error wins)', () => {
    // Dexie: new exceptions.DatabaseClosed(state.dbOpenError) for every call after a failed open.
    expect(storageErrorCode(new Dexie.DatabaseClosedError(new Dexie.AbortError(domQuota())))).toBe('quota');
  });

  it('an upgrade that failed, or a stored version this code cannot open: upgrade', () => {
    expect(storageErrorCode(new Dexie.UpgradeError('Not yet support for changing primary key'))).toBe('upgrade');
    expect(storageErrorCode(new Dexie.VersionError('The requested version (60) is less than the existing version (80).'))).toBe('upgrade');
    expect(storageErrorCode(new Dexie.DatabaseClosedError(new Dexie.UpgradeError('x')))).toBe('upgrade');
  });

  it('another connection changed the version: blocked', () => {
    expect(storageErrorCode(new Dexie.VersionChangeError())).toBe('blocked');
  });

  it('a record that does not validate: invalid; anything else: unknown; a StorageError keeps its code', () => {
    const zod = z.object({ a: z.string() }).safeParse({ a: 1 });
    expect(storageErrorCode(zod.error)).toBe('invalid');
    expect(storageErrorCode(new Error('boom'))).toBe('unknown');
    expect(storageErrorCode('a string')).toBe('unknown');
    expect(storageErrorCode(undefined)).toBe('unknown');
    const kept = new StorageError('quota');
    expect(toStorageError(kept)).toBe(kept);
    // An error wrapped as the cause of another.
    expect(storageErrorCode(new Error('save failed', { cause: domQuota() }))).toBe('quota');
  });

  it('an error inside itself does not loop', () => {
    const a = new Dexie.AbortError('a') as Error & { inner: unknown };
    a.inner = a;
    expect(storageErrorCode(a)).toBe('unknown');
  });

  it('puts every code into words, and a background MessageError by its code', () => {
    expect(writeFailureText(new Dexie.AbortError(domQuota()))).toMatch(/out of storage space/);
    expect(writeFailureText(new MessageError('quota'))).toMatch(/out of storage space/);
    expect(writeFailureText(new Dexie.UpgradeError('x'))).toMatch(/could not be upgraded/);
    expect(writeFailureText(new Dexie.DatabaseClosedError())).toMatch(/could not be opened/);
    expect(writeFailureText(new Error('x'))).toMatch(/nothing was saved/);
    expect(writeFailureText(new Dexie.VersionChangeError())).not.toMatch(/close other tabs/i);
  });
});

describe('storage errors: a real write refused by IndexedDB', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a quota error raised by the object store reaches the caller of a write as StorageError quota', async () => {
    const db = freshDb();
    const { id } = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', source: 'manual', capturedAt: NOW }) }, NOW);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw domQuota();
    });
    await expect(setLabelByHand(db, id, 'sql', NOW + 1)).rejects.toMatchObject({ name: 'StorageError', code: 'quota' });
    await expect(updateLead(db, id, { title: 'CEO' }, NOW + 1)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    // Nothing was stored.
    const lead = await db.leads.get(id);
    expect(lead?.labelByHand).toBe(false);
    expect(lead?.title).toBeUndefined();
  });
});

describe("Dexie's error names, written out", () => {
  it('are the names Dexie gives its errors', () => {
    for (const [name, full] of Object.entries(DEXIE_ERROR_NAMES)) expect(Dexie.errnames[name as keyof typeof Dexie.errnames], name).toBe(full);
  });
});
