import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { openRescoreJob } from '../db/settings';
import { RESCORE_CHUNK, runRescore } from '../db/rescore';

/** Kick the rescore; `busy` says whether a run is under way (checks that can wait for its end ask it). */
export type Rescorer = { (): Promise<void>; busy(): boolean };

/**
 * One rescore at a time. A rule change while one runs opens a new job (new
 * revision); the running loop takes it up on its next chunk, and runs again if
 * asked meanwhile. `onFinished` runs after each run (the leads it made
 * sales-qualified are notified then, as one summary, and the steps its SQL-trigger
 * enrolments made due are reminded): checks that ask `busy` skip the chunks, which
 * then never wait behind their transactions.
 */
export function createRescorer(db: LeadsDatabase, now: () => number, onFinished: () => void = () => undefined, chunk = RESCORE_CHUNK): Rescorer {
  let running: Promise<void> | undefined;
  let again = false;
  let active = false;
  const run = async () => {
    do {
      again = false;
      active = true;
      try {
        await runRescore(db, now, { chunk });
      } finally {
        // A run that failed does not tell: the listeners' own minute ticks pick up what waited.
        active = false;
      }
      onFinished();
    } while (again);
  };
  const kick = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = undefined));
    return running;
  };
  return Object.assign(kick, { busy: () => active });
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
