import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { endOfDay } from '../calendar';
import type { LeadsDatabase } from '../db/database';
import { countDue, markDueReminded, pendingReminders, settleEnrolments } from '../db/sequences';
import { getQuietHours } from '../db/settings';
import { t } from '../i18n';
import { planReminders } from '../sequences/reminders';
import type { Enrolment } from '../sequences/schema';
import { localizeSequence } from '../i18n/default-names';

const ALARM = 'sequence-reminders';
/** A wake-up every minute: writes made while the worker slept (a step enrolled in the popup) are seen within a minute. */
const TICK = 'sequence-reminders-tick';
/** Set once the enrolments an earlier version left on a removed step were moved on (settleEnrolments). */
export const ENROLMENTS_SETTLED_KEY = 'enrolmentsSettled';

/** Once per profile, before the first check: not at every wake of the worker (it reads every active enrolment). */
async function settleOnce(db: LeadsDatabase, now: number): Promise<void> {
  const stored = await browser.storage.local.get(ENROLMENTS_SETTLED_KEY);
  if (stored[ENROLMENTS_SETTLED_KEY]) return;
  await settleEnrolments(db, now);
  await browser.storage.local.set({ [ENROLMENTS_SETTLED_KEY]: true });
}

type BadgeApi = { setBadgeText(details: { text: string }): Promise<void>; setBadgeBackgroundColor(details: { color: string }): Promise<void> };

function badgeApi(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/**
 * Badge, notifications and the next alarm. The badge counts the steps due by the end
 * of today (the dueAt index). Every step due now and not yet reminded (the remindAt
 * index) is marked reminded, however many there are, and the rep gets one
 * notification for the lot: named after the lead when it is one step, a summary
 * ("2,000 follow-ups due") when it is more.
 */
export async function refreshReminders(db: LeadsDatabase, now: number): Promise<void> {
  const count = await countDue(db, endOfDay(now));
  const badge = badgeApi();
  await badge?.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' }).catch(() => undefined);
  await badge?.setBadgeBackgroundColor({ color: '#b91c1c' }).catch(() => undefined);

  const plan = planReminders({ ...(await pendingReminders(db, now)), now, quiet: await getQuietHours(db) });
  if (plan.remindNow) {
    const sent = await markDueReminded(db, now);
    await notifyDue(db, sent.count, sent.first, now);
  }
  await browser.alarms.create(ALARM, { when: Math.max(plan.nextCheckAt, Date.now() + 1_000) });
}


/** One notification for the steps just reminded; clicking opens the lead (one) or the list (several). */
async function notifyDue(db: LeadsDatabase, count: number, first: readonly Enrolment[], now: number): Promise<void> {
  const [one] = first;
  if (count === 0 || !one) return;
  const leads = await db.leads.bulkGet(first.map((e) => e.leadId));
  const names = leads.flatMap((lead) => {
    const name = lead?.fullName ?? lead?.email;
    return name ? [name] : [];
  });
  let id: string;
  let title: string;
  let message: string;
  if (count === 1) {
    const sequence = await db.sequences.get(one.sequenceId);
    id = `lead:${one.leadId}`;
    title = t('seq.notify.one', { name: names[0] ?? '' });
    message = t('seq.notify.body', { step: (sequence && localizeSequence(sequence).steps[one.stepIndex]?.title) ?? '' });
  } else {
    id = `due-summary:${now}`;
    title = t('seq.notify.many', { count });
    const rest = count - names.length;
    message = names.length === 0 ? t('seq.due.title') : rest > 0 ? t('reminders.notify.namesMore', { names: names.join(', '), count: rest }) : names.join(', ');
  }
  await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message }).catch(() => undefined);
}

/**
 * `rescoring`: whether the background's rescore runs. Its chunks enrol leads that
 * cross into SQL (a trigger), and each chunk would start a check here, whose
 * transactions (marking steps reminded is a write of enrolments) the next chunk
 * waits behind. While it runs, checks wait: the rescorer calls the returned check
 * once it ends, and the steps its chunks made due are reminded then, as one summary.
 */
export function setupReminders(db: LeadsDatabase, now: () => number, rescoring: () => boolean = () => false): () => Promise<void> {
  // One check at a time: a check that starts while another runs waits for it.
  let running: Promise<void> = settleOnce(db, now()).catch(() => undefined);
  const refresh = () => {
    running = running.then(() => refreshReminders(db, now())).catch(() => undefined);
    return running;
  };
  const check = () => (rescoring() ? running : refresh());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM || alarm.name === TICK) void check();
  });
  void browser.alarms.get(TICK).then((existing) => {
    if (!existing) void browser.alarms.create(TICK, { periodInMinutes: 1 });
  });
  // While the worker runs, any change to what is due today updates the badge and reminds at once.
  // Counted, not listed: the query re-runs after each such write, and must not read every due key.
  liveQuery(() => db.enrolments.where('dueAt').below(endOfDay(now())).count()).subscribe({ next: () => void check(), error: () => undefined });
  return refresh;
}
