import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { rebuildKeptTotals } from '../db/kept-metrics';

/**
 * The kept lead count, stage totals and per-day totals move in the same
 * transaction as every write, so they need no routine recount. They are rebuilt
 * once when the extension is installed or updated (an older version did not keep
 * them, or kept them differently), not at browser start or worker wake-up: a
 * rebuild walks every lead. A page that finds them disagreeing rebuilds too.
 */
export function setupKeptTotals(db: LeadsDatabase, now: () => number): void {
  browser.runtime.onInstalled.addListener(() => {
    void rebuildOnce(db, now()).catch(() => undefined);
  });
}

let running: Promise<void> | undefined;

/** One rebuild at a time: pages opened while it runs (each finding the totals stale) wait for the same one. */
export function rebuildOnce(db: LeadsDatabase, now: number): Promise<void> {
  running ??= rebuildKeptTotals(db, now).finally(() => (running = undefined));
  return running;
}
