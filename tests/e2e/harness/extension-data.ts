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

/** One of the extension's pages, from Playwright or Puppeteer (both evaluate a function with one argument). */
type ExtensionPageLike = { evaluate: (...args: never[]) => Promise<unknown> };

/**
 * The tests' clock substitute. A sequence's first step is due at once only on a
 * business day outside quiet hours; run on a Sunday or at 3 a.m. the schedule
 * rightly puts it on Monday morning. Steps of `sequenceId` waiting for a later time
 * are made due now in the database (as if the test ran on a weekday afternoon), and
 * the reminders alarm is fired so the badge follows. Open pages that show due steps
 * afterwards: a raw write does not wake their live queries.
 */
export async function makeStepsDueNow(page: ExtensionPageLike, sequenceId: string): Promise<number> {
  const changed = await (page as unknown as Page).evaluate(
    (sequence: string) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('enrolments', 'readwrite');
          const store = tx.objectStore('enrolments');
          const now = Date.now();
          let changed = 0;
          store.openCursor().onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            if (!cursor) return;
            const value = cursor.value as { sequenceId: string; status: string; dueAt?: number; remindAt?: number };
            if (value.sequenceId === sequence && value.status === 'active' && (value.dueAt ?? 0) > now) {
              // remindAt follows dueAt while the step is not yet reminded (the reminders' index).
              cursor.update({ ...value, dueAt: now - 1_000, ...(value.remindAt !== undefined ? { remindAt: now - 1_000 } : {}) });
              changed += 1;
            }
            cursor.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(changed);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    sequenceId,
  );
  await recheckReminders(page);
  return changed;
}

/**
 * Ask the background to recount what is due (fires its reminders alarm). After
 * makeStepsDueNow the background's live query holds a count the raw write never
 * told it about; a real step done would otherwise show at the next minute's tick.
 */
export async function recheckReminders(page: ExtensionPageLike): Promise<void> {
  await (page as unknown as Page).evaluate(() => {
    const api = globalThis as unknown as { chrome?: { alarms?: { create(name: string, info: { when: number }): unknown } }; browser?: { alarms?: { create(name: string, info: { when: number }): unknown } } };
    (api.browser?.alarms ?? api.chrome?.alarms)?.create('sequence-reminders', { when: Date.now() + 10 });
  });
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
