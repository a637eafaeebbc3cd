import type { Page, Worker } from 'playwright-core';

export type StoredLead = { id: string; fullName?: string; title?: string; companyName?: string; linkedinUrl?: string; location?: string; email?: string };

/**
 * Read the extension's own database from its service worker: what the rep would
 * find, checked at the source (the UI checks are done through the pages).
 */
export function storedLeads(worker: Worker): Promise<StoredLead[]> {
  return storedRecords<StoredLead>(worker, 'leads');
}

/** The id of the tab showing a URL, so the panel page can follow that tab. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  // Runs in the service worker, where `chrome` is the extension API.
  const id = await worker.evaluate(async (pattern) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ url: pattern }))[0]?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** Every record of one of the extension's tables, read from its service worker (or one of its pages, when the worker may be stopped). */
export async function storedRecords<T>(context: Worker | Page, store: string): Promise<T[]> {
  return (context as Worker).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every record of every table of the extension's database, by table, read from one of its pages (or its worker). */
export async function allStoredTables(context: Worker | Page): Promise<Record<string, unknown[]>> {
  return (context as Page).evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
