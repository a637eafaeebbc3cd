/**
 * One sync round at a time, across the extension's contexts, with the Web Locks API: the
 * browser releases a lock whose holder stopped (a service worker ended mid-round), so a
 * stopped round never blocks the next; the checkpoint it saved is already persistent.
 * Where the API is missing (tests in Node), a flag of this context stands in.
 */
const NAME = 'crm-sync-round';
let held = false;
/** The fallback's queue: rounds run one after another; `queued` counts those running or waiting. */
let tail: Promise<unknown> = Promise.resolve();
let queued = 0;

type Locks = { request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T> };

function locks(): Locks | undefined {
  return (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
}

/** Run `fn` holding the sync lock. `wait`: queue behind a running round; else skip (undefined) when one runs. */
export async function withSyncLock<T>(fn: () => Promise<T>, { wait }: { wait: boolean }): Promise<T | undefined> {
  const api = locks();
  const run = async () => {
    held = true;
    try {
      return await fn();
    } finally {
      held = false;
    }
  };
  if (api) return api.request(NAME, { ifAvailable: !wait }, async (lock) => (lock === null ? undefined : run()));
  if (queued > 0 && !wait) return undefined;
  queued++;
  const next = tail.then(run).finally(() => queued--);
  tail = next.catch(() => undefined);
  return next;
}

/** Whether a round runs in this context now. */
export function syncRunning(): boolean {
  return held;
}
