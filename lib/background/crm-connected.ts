import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { CRM_CONNECTED_KEY, isCrmConnected } from '../crm/connected-flag';
import type { LeadsDatabase } from '../db/database';
import { readConnection } from '../db/crm-connections';

/**
 * Mirror "a CRM is connected" into storage.local for the content script (lib/crm/connected-flag.ts).
 * One watcher on the connection row rather than a call at every place that writes it: connect,
 * disconnect and each "reconnect" a refused token causes (the lookup, the sync, an erase) all
 * show up here. Written at start too, so a worker restarted after a change still tells the truth.
 */
export function mirrorCrmConnected(db: LeadsDatabase): () => void {
  let last: boolean | undefined;
  const subscription = liveQuery(async () => isCrmConnected(await readConnection(db, 'hubspot'))).subscribe({
    next: (connected) => {
      if (connected === last) return;
      last = connected;
      void browser.storage.local.set({ [CRM_CONNECTED_KEY]: connected }).catch(() => undefined);
    },
    // The database failed to open: the lookup says "not connected" anyway; the flag keeps what it had.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
