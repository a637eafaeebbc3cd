import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openFailureText } from '../../lib/ui/open-failure-text';
import { LeadsDatabase } from '../../lib/db/database';
import { describeOpenFailure } from '../../lib/db/open-failure';
import { readRawBackup, storedVersion } from '../../lib/db/raw-read';
import { RawBackupSchema } from '../../lib/transfer/raw-backup-schema';
import { NOW } from './helpers/db';
import { seedFailingUpgrade, V2_RECORDS } from './helpers/failing-upgrade';

const uniqueName = (stem: string) => `${stem}-${Math.random().toString(36).slice(2)}`;

describe('an upgrade that fails', () => {
  it('is told truthfully, leaves the data as it was, and the raw download holds every record', async () => {
    const name = uniqueName('upgrade-fails');
    await seedFailingUpgrade(name);
    const db = new LeadsDatabase(name);
    const error = await db.open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(db.isOpen()).toBe(false);

    const failure = await describeOpenFailure(name, db.verno, error);
    expect(failure).toMatchObject({ kind: 'upgrade', storedSchemaVersion: 2, expectedSchemaVersion: db.verno });
    expect(failure.detail).toMatch(/^BulkError: stageHistory\.bulkAdd\(\).*ConstraintError/);
    const text = openFailureText(failure);
    expect(text).toMatch(/^The database could not be upgraded to the new version: BulkError: stageHistory\.bulkAdd\(\)/);
    expect(text).toMatch(/\. Your data has not been changed\.$/);
    expect(text).not.toMatch(/close|other tab/i);

    // The upgrade ran in one transaction that was rolled back: still version 2, every record as written.
    expect(await storedVersion(name)).toBe(20);
    const raw = await readRawBackup(name, NOW, { expectedSchemaVersion: db.verno, reason: text });
    expect(raw).toBeDefined();
    const file = RawBackupSchema.parse(JSON.parse(JSON.stringify(raw)));
    expect(file).toMatchObject({ format: 'prospecting-assistant-raw', version: 1, indexedDbVersion: 20, schemaVersion: 2, expectedSchemaVersion: db.verno, reason: text });
    expect(file.stores.map((s) => s.name).sort()).toEqual(['activities', 'companies', 'leads', 'settings']);
    for (const [table, rows] of Object.entries(V2_RECORDS)) {
      const store = file.stores.find((s) => s.name === table)!;
      expect(store.records.map((r) => r.value)).toEqual(expect.arrayContaining(rows));
      expect(store.records).toHaveLength(rows.length);
    }
    const leads = file.stores.find((s) => s.name === 'leads')!;
    expect(leads.keyPath).toBe('id');
    expect(leads.records.map((r) => r.key).sort()).toEqual(V2_RECORDS.leads!.map((l) => l.id).sort());
    expect(leads.indexes.map((i) => i.name)).toContain('linkedinUrl');
    // No stage history was left behind by the half-run migration.
    expect(file.stores.some((s) => s.name === 'stageHistory')).toBe(false);
  });

  it('a database that opens fine, then read raw, is read as it is at its version', async () => {
    const name = uniqueName('opens');
    const db = new LeadsDatabase(name);
    await db.open();
    db.close();
    const raw = await readRawBackup(name, NOW);
    expect(raw?.schemaVersion).toBe(db.verno);
    // The populate step wrote the shipped sequences: they are there.
    expect(raw?.stores.find((s) => s.name === 'sequences')?.records.length).toBeGreaterThan(0);
  });

  it('with no database there is nothing to download, and reading does not create one', async () => {
    const name = uniqueName('absent');
    expect(await readRawBackup(name, NOW)).toBeUndefined();
    expect(await storedVersion(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('an open that fails for another reason than the upgrade does not claim one', async () => {
    const name = uniqueName('other');
    const db = new LeadsDatabase(name);
    await db.open();
    db.close();
    const failure = await describeOpenFailure(name, db.verno, new Dexie.DatabaseClosedError(new Dexie.UnknownError('Internal error opening backing store')));
    expect(failure).toMatchObject({ kind: 'other', code: 'unavailable', detail: 'UnknownError: Internal error opening backing store' });
    expect(openFailureText(failure)).toBe('The database could not be opened: UnknownError: Internal error opening backing store. Nothing was changed.');
    const quota = await describeOpenFailure(name, db.verno + 1, new Dexie.AbortError(new DOMException('full', 'QuotaExceededError')));
    expect(openFailureText(quota)).toBe(
      'The database could not be upgraded to the new version: the browser is out of storage space for this extension. Your data has not been changed.',
    );
  });
});
