import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { figuresBuilt, foldPendingFigures, rebuildFigures } from '../db/write/figures-store';
import { trimChanges } from '../db/write/change-log';
import { trimCrossings } from './crossings';

/**
 * The kept figures and the change log, from the background:
 * - a long write folds its figures right after it commits; one whose page closed
 *   in between is folded here, when the worker starts;
 * - figures are built once when missing (a database upgraded from a version that
 *   kept none, or of another figures version) and whenever a page finds them
 *   disagreeing; a rebuild walks every lead and touch, so never routinely;
 * - the change log is trimmed to its kept window every hour, and SQL crossings told
 *   more than 90 days ago go.
 */

const TRIM_ALARM = 'change-log-trim';

export function setupFigures(db: LeadsDatabase, now: () => number): void {
  void foldPendingFigures(db, now()).catch(() => undefined);
  browser.runtime.onInstalled.addListener(() => {
    void figuresBuilt(db)
      .then((built) => (built ? undefined : rebuildOnce(db, now())))
      .catch(() => undefined);
  });
  void browser.alarms.get(TRIM_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(TRIM_ALARM, { periodInMinutes: 60, delayInMinutes: 5 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== TRIM_ALARM) return;
    void trimChanges(db, now()).catch(() => undefined);
    void trimCrossings(db, now()).catch(() => undefined);
  });
}

let running: Promise<void> | undefined;

/** One rebuild at a time: pages opened while it runs (each finding the figures stale) wait for the same one. */
export function rebuildOnce(db: LeadsDatabase, now: number): Promise<void> {
  running ??= rebuildFigures(db, now).finally(() => (running = undefined));
  return running;
}
