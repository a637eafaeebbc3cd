import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { CrossingsJob } from '../db/jobs';
import { getRescoreJob } from '../db/settings';
import { onCommitted } from '../db/write/commit';
import { notifySql } from './notifications';

/**
 * SQL crossings are recorded by the write layer, whatever wrote the lead (a
 * capture, the side panel, a LinkedIn touch, a step card, a bulk action, an
 * import, a restore, a rescore, a label set by hand), in the write's own
 * transaction. Here they become notifications, each exactly once: the
 * checkpoint moves in the same transaction that reads the crossings after it,
 * before anything is shown, so two checks never show one twice, and a worker
 * restart resumes where the last check left off (at most once: a worker stopped
 * between that commit and the notification loses it). While a rescore runs, its
 * crossings wait for it to finish and are told as one summary.
 */
export async function takeDueCrossings(db: LeadsDatabase, now: number): Promise<{ leadIds: string[] } | undefined> {
  return db.transaction('rw', [db.crossings, db.jobs], async () => {
    const job = await getRescoreJob(db);
    if (job && !job.finished) return undefined;
    const checkpoint = CrossingsJob.safeParse(await db.jobs.get('crossings'));
    const after = checkpoint.success ? checkpoint.data.notifiedThrough : 0;
    const due = await db.crossings.where(':id').above(after).toArray();
    if (due.length === 0) return undefined;
    const row: CrossingsJob = { key: 'crossings', notifiedThrough: due.at(-1)!.seq!, updatedAt: now };
    await db.jobs.put(row);
    return { leadIds: [...new Set(due.map((c) => c.leadId))] };
  });
}

/** Crossings kept after their notification, for 90 days. */
const KEEP_TOLD_MS = 90 * 86_400_000;

/** Drop crossings told more than 90 days ago. Returns how many went. */
export async function trimCrossings(db: LeadsDatabase, now: number): Promise<number> {
  return db.transaction('rw', [db.crossings, db.jobs], async () => {
    const checkpoint = CrossingsJob.safeParse(await db.jobs.get('crossings'));
    if (!checkpoint.success) return 0;
    return db.crossings
      .where(':id')
      .belowOrEqual(checkpoint.data.notifiedThrough)
      .filter((c) => c.at < now - KEEP_TOLD_MS)
      .delete();
  });
}

/** Notify what is due: one lead by name, several as one summary. */
export async function notifyDueCrossings(db: LeadsDatabase, now: number): Promise<void> {
  const due = await takeDueCrossings(db, now);
  if (!due) return;
  const leads = (await db.leads.bulkGet(due.leadIds.slice(0, 1))).filter((l) => l !== undefined);
  notifySql(due.leadIds.length, leads[0]);
}

const TICK = 'sql-crossings-tick';

/**
 * `rescoring`: whether the background's rescore runs. Its crossings (and any other
 * write's, meanwhile) wait for its end anyway (takeDueCrossings), and the rescorer
 * checks once then: a commit during it asks nothing, so no check's transaction opens
 * between two of its chunks.
 */
export function setupSqlNotifications(db: LeadsDatabase, now: () => number, rescoring: () => boolean = () => false): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const check = () => (running = running.then(() => notifyDueCrossings(db, now())).catch(() => undefined));
  // Writes made here are told at once; writes made in a page or the import worker wake the
  // worker with a message (crossings.check); anything missed is found on start and every minute.
  onCommitted(({ crossings }) => {
    if (crossings > 0 && !rescoring()) void check();
  });
  void browser.alarms.get(TICK).then((existing) => {
    if (!existing) void browser.alarms.create(TICK, { periodInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK) void check();
  });
  void check();
  return check;
}
