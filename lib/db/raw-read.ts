import type { RawBackup, RawStore } from '../transfer/raw-backup-schema';

/**
 * The database as it is stored, read without Dexie and without any declared schema:
 * `indexedDB.open(name)` with no version never upgrades anything, so it works when an
 * upgrade fails. Used to tell what failed, and to rescue the raw records.
 */

/** Open at the stored version; undefined when there is no such database (none is created). */
export function openAsStored(name: string, idb: IDBFactory = indexedDB): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = idb.open(name);
    let absent = false;
    // Only a database that does not exist asks for an upgrade here: abort, so none is created.
    req.onupgradeneeded = () => {
      absent = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      if (!absent) return reject(req.error);
      event.preventDefault();
      resolve(undefined);
    };
  });
}

/** The stored IndexedDB version, or undefined when there is no database. */
export async function storedVersion(name: string, idb: IDBFactory = indexedDB): Promise<number | undefined> {
  const db = await openAsStored(name, idb);
  if (!db) return undefined;
  const version = db.version;
  db.close();
  return version;
}

function describeStore(store: IDBObjectStore): Omit<RawStore, 'records'> {
  return {
    name: store.name,
    keyPath: store.keyPath,
    autoIncrement: store.autoIncrement,
    indexes: Array.from(store.indexNames, (indexName) => {
      const index = store.index(indexName);
      return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }),
  };
}

/**
 * Stores the rescue file leaves out: secrets (a CRM access token) and what belongs to that
 * connection (our records' CRM ids), not the rep's records. Backups and exports carry only the
 * tables they list (lib/transfer/tables.ts), which name neither.
 */
export const SECRET_STORES: readonly string[] = ['crmConnections', 'crmLinks'];

/** Every record of every store but the secret ones, walked with cursors in one read-only transaction (one consistent snapshot). */
function readStores(db: IDBDatabase): Promise<RawStore[]> {
  const names = Array.from(db.objectStoreNames).filter((name) => !SECRET_STORES.includes(name));
  if (names.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const tx = db.transaction(names, 'readonly');
    const stores = names.map((name) => {
      const store = tx.objectStore(name);
      const raw: RawStore = { ...describeStore(store), records: [] };
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        raw.records.push({ key: at.primaryKey, value: at.value });
        at.continue();
      };
      return raw;
    });
    tx.oncomplete = () => resolve(stores);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * The whole database as stored, for the rescue download. Undefined when there is no
 * database. Dexie keeps its schema version × 10 as IndexedDB's version.
 */
export async function readRawBackup(
  name: string,
  now: number,
  about: { expectedSchemaVersion?: number; reason?: string } = {},
  idb: IDBFactory = indexedDB,
): Promise<RawBackup | undefined> {
  const db = await openAsStored(name, idb);
  if (!db) return undefined;
  try {
    const stores = await readStores(db);
    return {
      format: 'prospecting-assistant-raw',
      version: 1,
      exportedAt: now,
      database: name,
      indexedDbVersion: db.version,
      schemaVersion: db.version / 10,
      ...about,
      stores,
    };
  } finally {
    db.close();
  }
}
