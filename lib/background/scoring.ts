import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { openRescoreJob } from '../db/settings';
import { runRescore } from '../db/rescore';

/**
 * One rescore at a time. A rule change while one runs opens a new job (new
 * revision); the running loop takes it up on its next chunk, and runs again if
 * asked meanwhile. `onFinished` runs after each run (the leads it made
 * sales-qualified are notified then, as one summary).
 */
export function createRescorer(db: LeadsDatabase, now: () => number, onFinished: () => void = () => undefined) {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async () => {
    do {
      again = false;
      await runRescore(db, now);
      onFinished();
    } while (again);
  };
  return function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = undefined));
    return running;
  };
}

const FADE_ALARM = 'rescore-for-decay';

/**
 * Engagement points fade with quiet time, so scores are refreshed twice a day
 * even when nothing is written. An alarm survives the worker stopping.
 */
export function setupDecayRescore(db: LeadsDatabase, now: () => number, kick: () => Promise<void>): void {
  void browser.alarms.get(FADE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(FADE_ALARM, { periodInMinutes: 12 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FADE_ALARM) return;
    void openRescoreJob(db, now()).then(() => kick());
  });
}
