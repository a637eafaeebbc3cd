import type { LeadsDatabase } from '../db/database';
import { TransferJob } from '../db/jobs';

/**
 * An import or a backup restore is all or nothing: its records are written in one
 * transaction, so a page closed while it runs (or a browser that quits) aborts it and
 * nothing is written. But the rep would not know whether it happened. So each one leaves
 * a note in `jobs` when it starts, and the transaction that writes its records deletes
 * the note (`end`, called inside it): the note outlives only a transfer that never
 * committed. The options page takes the note when it opens and says so, once.
 *
 * A transfer holds a Web Lock for as long as it runs (a closed page's lock goes with it,
 * a moment after the page), and the note is taken under the same lock, waiting for it: a
 * page opened while a transfer runs in another tab never mistakes it for one cut short,
 * and learns how it ended once it has.
 */
export type TransferKind = TransferJob['kind'];

const LOCK = 'prospecting-assistant-transfer';

type Locks = { request<T>(name: string, options: object, run: () => Promise<T>): Promise<T> };
/** Web Locks where the platform has them (pages and workers of both browsers; not jsdom). */
const locks = (): Locks | undefined => (globalThis.navigator as { locks?: Locks } | undefined)?.locks;

/**
 * Run a transfer: the note is written first, and `write` must call `end` inside the
 * transaction that writes the records. A failure the page sees (and tells the rep) clears
 * the note, since nothing was written and the rep is told so there and then.
 */
export async function runTransfer<T>(db: LeadsDatabase, kind: TransferKind, now: number, write: (end: () => Promise<void>) => Promise<T>): Promise<T> {
  const run = async () => {
    const note: TransferJob = { key: 'transfer', kind, startedAt: now };
    await db.jobs.put(note);
    try {
      return await write(() => db.jobs.delete(note.key));
    } catch (error) {
      await db.jobs.delete(note.key).catch(() => undefined);
      throw error;
    }
  };
  const api = locks();
  return api ? api.request(LOCK, {}, run) : run();
}

/**
 * The note of a transfer of this kind that started and never committed, taken (deleted)
 * so it is told once; undefined when there is none. Waits for a transfer still running.
 */
export async function takeUnfinishedTransfer(db: LeadsDatabase, kind: TransferKind): Promise<TransferJob | undefined> {
  const take = () =>
    db.transaction('rw', db.jobs, async () => {
      const note = TransferJob.safeParse(await db.jobs.get('transfer'));
      if (!note.success || note.data.kind !== kind) return undefined;
      await db.jobs.delete('transfer');
      return note.data;
    });
  const api = locks();
  return api ? api.request(LOCK, {}, take) : take();
}
