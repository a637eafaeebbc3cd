import { describe, expect, it } from 'vitest';
import { LeadsDatabase, SCHEMA_VERSIONS } from '../../lib/db/database';
import { readKeptRowsAsStored } from '../../lib/db/first-read';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { SCHEMA_VERSION } from '../../lib/db/name';
import { storedVersion } from '../../lib/db/raw-read';
import { saveMetricsSettings } from '../../lib/db/settings';
import { savePipeline } from '../../lib/db/stage';
import { keptMetricsFrom } from '../../lib/metrics/figures/kept';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { NOW } from './helpers/db';

const uniqueName = (stem: string) => `${stem}-${Math.random().toString(36).slice(2)}`;

/** The popup's first read: the kept figures with plain IndexedDB, before Dexie has loaded (issue 15). */
describe("the popup's first read", () => {
  it('knows the newest schema version without loading the migrations', () => {
    expect(SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)!.version);
  });

  it('gives the same figures as the live read', async () => {
    const name = uniqueName('first-read');
    const db = new LeadsDatabase(name);
    await db.open();
    await savePipeline(db, { ...DEFAULT_PIPELINE, currency: 'PLN' }, [], NOW);
    await saveMetricsSettings(db, { scope: 'all', cycle: 'mean', costs: {} }, NOW);
    const live = await readKeptMetrics(db);
    expect(live.stale).toBe(false);
    const rows = await readKeptRowsAsStored(name);
    expect(rows).toBeDefined();
    expect(keptMetricsFrom(rows!)).toEqual(live);
    expect(keptMetricsFrom(rows!)).toMatchObject({ pipeline: { currency: 'PLN' }, settings: { scope: 'all', cycle: 'mean' } });
    db.close();
  });

  it('never creates a database, and leaves one that needs an upgrade to Dexie', async () => {
    const absent = uniqueName('first-read-absent');
    expect(await readKeptRowsAsStored(absent)).toBeUndefined();
    expect(await storedVersion(absent)).toBeUndefined();

    const older = uniqueName('first-read-older');
    const open = indexedDB.open(older, 20);
    await new Promise((resolve, reject) => {
      open.onupgradeneeded = () => ['figures', 'stageFigures', 'dailyFigures', 'settings'].forEach((store) => open.result.createObjectStore(store));
      open.onsuccess = () => resolve(open.result.close());
      open.onerror = () => reject(open.error);
    });
    expect(await readKeptRowsAsStored(older)).toBeUndefined();
    expect(await storedVersion(older)).toBe(20);
  });

  it('says stale for figures not built, as the live read does', () => {
    expect(keptMetricsFrom({ totals: undefined, stages: [], days: [], pipeline: undefined, metrics: undefined })).toEqual({ stale: true });
  });
});
