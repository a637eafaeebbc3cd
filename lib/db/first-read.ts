import type { KeptRows } from '../metrics/figures/kept';
import { DB_NAME, SCHEMA_VERSION } from './name';
import { openAsStored } from './raw-read';

const STORES = ['figures', 'stageFigures', 'dailyFigures', 'settings'];

/**
 * The rows behind the popup's velocity, read with plain IndexedDB before Dexie and the
 * write layer have loaded, so the figures are drawn without waiting for them. Only from
 * a database already at this version (Dexie stores version × 10): anything else (none
 * yet, an upgrade to run) is left to Dexie, which opens it with the whole version chain,
 * and undefined is returned. Nothing is ever created or upgraded here; the connection is
 * closed when read, and at once should an upgrade elsewhere need it gone.
 */
export async function readKeptRowsAsStored(name = DB_NAME, idb: IDBFactory = indexedDB): Promise<KeptRows | undefined> {
  const db = await openAsStored(name, idb);
  if (!db) return undefined;
  db.onversionchange = () => db.close();
  try {
    if (db.version !== SCHEMA_VERSION * 10 || !STORES.every((store) => db.objectStoreNames.contains(store))) return undefined;
    return await new Promise<KeptRows>((resolve, reject) => {
      const tx = db.transaction(STORES, 'readonly');
      const totals = tx.objectStore('figures').get('totals');
      const stages = tx.objectStore('stageFigures').getAll();
      const days = tx.objectStore('dailyFigures').getAll();
      const pipeline = tx.objectStore('settings').get('pipeline');
      const metrics = tx.objectStore('settings').get('metrics');
      tx.oncomplete = () =>
        resolve({ totals: totals.result, stages: stages.result as unknown[], days: days.result as unknown[], pipeline: pipeline.result, metrics: metrics.result });
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
