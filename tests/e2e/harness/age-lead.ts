/**
 * Move a stored lead's dates three years back, as time would (the lead untouched since), so the
 * retention review lists it. Serialised into an extension page (Chromium or Firefox): it may
 * use nothing from outside itself. The lead is found by its LinkedIn URL.
 */
export function ageLeadInPage(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('prospecting-assistant');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('leads', 'readwrite');
      const found = tx.objectStore('leads').index('linkedinUrl').get(url);
      found.onsuccess = () => {
        if (!found.result) return tx.abort();
        const old = Date.now() - 1_100 * 86_400_000;
        const { lastTouchAt: _touched, ...lead } = found.result as Record<string, unknown>;
        tx.objectStore('leads').put({ ...lead, createdAt: old, capturedAt: old, stageChangedAt: old });
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error(`no lead at ${url}`));
    };
  });
}

/** The expression an extension page evaluates to age the lead at `url`. */
export const ageLeadScript = (url: string): string => `(${ageLeadInPage.toString()})(${JSON.stringify(url)})`;
