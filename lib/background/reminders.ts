import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { countDue } from '../db/sequences';
import { getQuietHours } from '../db/settings';
import { t } from '../i18n';
import { planReminders } from '../sequences/reminders';
import { endOfDay } from '../calendar';
import type { Enrolment } from '../sequences/schema';
import { commit } from '../db/write/commit';

const ALARM = 'sequence-reminders';
/** A wake-up every minute: writes made while the worker slept (a step enrolled in the popup) are seen within a minute. */
const TICK = 'sequence-reminders-tick';

type BadgeApi = { setBadgeText(details: { text: string }): Promise<void>; setBadgeBackgroundColor(details: { color: string }): Promise<void> };

function badgeApi(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/**
 * Badge, notifications and the next alarm, from the enrolments' dueAt index. Steps
 * due now and not yet reminded get one notification (named after the lead when
 * there is one), and are marked so no later check repeats it.
 */
export async function refreshReminders(db: LeadsDatabase, now: number): Promise<void> {
  const count = await countDue(db, endOfDay(now));
  const badge = badgeApi();
  await badge?.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' }).catch(() => undefined);
  await badge?.setBadgeBackgroundColor({ color: '#b91c1c' }).catch(() => undefined);

  const due = await db.enrolments.where('dueAt').belowOrEqual(now).limit(500).toArray();
  const next = await db.enrolments.where('dueAt').above(now).first();
  const plan = planReminders(due, next?.dueAt, now, await getQuietHours(db));
  if (plan.send.length > 0) {
    // Marked in one transaction that re-reads them, so two checks racing remind once.
    const sent = await commit(db, [db.enrolments.name], { origin: 'extension', now }, async (w) => {
      const fresh = (await db.enrolments.bulkGet(plan.send)).filter(
        (e): e is Enrolment => e !== undefined && e.status === 'active' && e.dueAt !== undefined && e.remindedDueAt !== e.dueAt,
      );
      await w.put('enrolments', fresh.map((e) => ({ ...e, remindedDueAt: e.dueAt })));
      return fresh;
    });
    const [first] = sent;
    if (first) {
      const lead = await db.leads.get(first.leadId);
      const sequence = await db.sequences.get(first.sequenceId);
      const step = sequence?.steps[first.stepIndex];
      await browser.notifications
        .create(sent.length === 1 ? `lead:${first.leadId}` : `due-summary:${now}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: sent.length === 1 ? t('seq.notify.one', { name: lead?.fullName ?? lead?.email ?? '' }) : t('seq.notify.many', { count: sent.length }),
          message: sent.length === 1 ? t('seq.notify.body', { step: step?.title ?? '' }) : t('seq.due.title'),
        })
        .catch(() => undefined);
    }
  }
  await browser.alarms.create(ALARM, { when: Math.max(plan.nextCheckAt, Date.now() + 1_000) });
}

export function setupReminders(db: LeadsDatabase, now: () => number): void {
  // One check at a time: a check that starts while another runs waits for it.
  let running: Promise<void> = Promise.resolve();
  const check = () => {
    running = running.then(() => refreshReminders(db, now())).catch(() => undefined);
    return running;
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === TICK) void check();
  });
  void browser.alarms.get(TICK).then((existing) => {
    if (!existing) void browser.alarms.create(TICK, { periodInMinutes: 1 });
  });
  // While the worker runs, any change to what is due updates the badge at once.
  liveQuery(() => db.enrolments.where('dueAt').below(endOfDay(now())).primaryKeys()).subscribe({ next: () => void check(), error: () => undefined });
}
