import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshReminders } from '../../lib/background/reminders';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import type { LeadsDatabase } from '../../lib/db/database';
import { savePeople } from '../../lib/db/save-capture';
import { enrolLeads, markDueReminded, saveSequence, updateEnrolment } from '../../lib/db/sequences';
import { saveQuietHours } from '../../lib/db/settings';
import { commit } from '../../lib/db/write/commit';
import type { Enrolment, Sequence } from '../../lib/sequences/schema';
import { freshDb, NOW, sequentialIds } from './helpers/db';
import { inTimeZone } from './helpers/time-zone';

/**
 * Every due step is reminded, however many are due and however many steps were
 * reminded before and are still open: the background reads the `remindAt` index
 * (reminders not yet sent), a page at a time, and tells the rep once per check.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const CADENCE: Sequence = {
  id: 'sequence-remind-1',
  name: 'Reminded cadence',
  createdAt: NOW,
  updatedAt: NOW,
  triggers: [],
  steps: [
    { id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: '' },
    { id: 'message', channel: 'linkedin-message', delayDays: 2, businessDays: false, title: 'Message', template: '' },
  ],
};

// 10:00 in Warsaw at NOW: outside the default quiet hours (20:00–08:00).
inTimeZone('Europe/Warsaw');
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** `count` leads (named "Lead 0001"…), enrolled in CADENCE at `at`: the first step is due at once. */
async function enrolled(db: LeadsDatabase, count: number, at: number, from = 1): Promise<string[]> {
  const people = Array.from({ length: count }, (_, i) => {
    const n = String(from + i).padStart(4, '0');
    return PersonCaptureSchema.parse({ fullName: `Lead ${n}`, linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`, source: 'linkedin', capturedAt: at });
  });
  // Ids in order, so "the first due" (same due time: by id) are the first leads.
  const ids = (await savePeople(db, people, at, sequentialIds(`lead-${from}`))).map((r) => r.id);
  expect(await enrolLeads(db, ids, CADENCE.id, 'bulk', at, sequentialIds(`enrolment-${from}`))).toEqual({ enrolled: count, skipped: 0 });
  return ids;
}

async function setup(): Promise<LeadsDatabase> {
  const db = freshDb();
  await saveSequence(db, CADENCE);
  return db;
}

/** The notifications shown, as [id, title, message]. */
function shown(): [string, string, string][] {
  return vi.mocked(fakeBrowser.notifications.create).mock.calls.map((call) => {
    const [id, options] = call as unknown as [string, { title: string; message: string }];
    return [id, options.title, options.message];
  });
}

const remindedCount = async (db: LeadsDatabase) => (await db.enrolments.toArray()).filter((e) => e.remindedDueAt !== undefined && e.remindedDueAt === e.dueAt).length;

describe('reminders at scale', () => {
  it('with 2,000 leads enrolled and due, every due step is reminded, in one summary notification', { timeout: 60_000 }, async () => {
    const db = await setup();
    await enrolled(db, 2_000, NOW);
    expect(await db.enrolments.where('remindAt').belowOrEqual(NOW).count()).toBe(2_000);
    vi.spyOn(fakeBrowser.notifications, 'create');

    await refreshReminders(db, NOW + MINUTE);

    expect(await remindedCount(db)).toBe(2_000);
    expect(await db.enrolments.orderBy('remindAt').count()).toBe(0);
    // One notification for the lot, not 2,000: the count, and the first few leads by name.
    expect(shown()).toEqual([[`due-summary:${NOW + MINUTE}`, '2,000 follow-ups due', 'Lead 0001, Lead 0002, Lead 0003 and 1,997 more']]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('999');

    // Checked again: nothing is reminded twice.
    await refreshReminders(db, NOW + 2 * MINUTE);
    expect(shown()).toHaveLength(1);
  });

  it('steps reminded before and still open do not block the others', { timeout: 60_000 }, async () => {
    const db = await setup();
    // 600 steps fell due two days ago and were reminded; the rep has not done them yet.
    const earlier = NOW - 2 * DAY;
    await enrolled(db, 600, earlier);
    await commit(db, [db.enrolments.name], { origin: 'extension', now: earlier + MINUTE }, async (w) => {
      await w.put('enrolments', (await db.enrolments.toArray()).map((e) => ({ ...e, remindedDueAt: e.dueAt })));
    });
    expect(await remindedCount(db)).toBe(600);
    expect(await db.enrolments.orderBy('remindAt').count()).toBe(0);
    // Three more fall due now. The old check read the 500 soonest due (all reminded) and never reached them.
    const fresh = await enrolled(db, 3, NOW, 601);
    vi.spyOn(fakeBrowser.notifications, 'create');
    let read = 0;
    const count = (e: Enrolment) => {
      read += 1;
      return e;
    };
    db.enrolments.hook('reading', count);
    try {
      await refreshReminders(db, NOW + MINUTE);
    } finally {
      db.enrolments.hook('reading').unsubscribe(count);
    }
    const reminded = await db.enrolments.where('leadId').anyOf(fresh).toArray();
    expect(reminded.map((e) => e.remindedDueAt)).toEqual([NOW, NOW, NOW]);
    expect(shown()).toEqual([[`due-summary:${NOW + MINUTE}`, '3 follow-ups due', 'Lead 0601, Lead 0602, Lead 0603']]);
    // The 600 open, already reminded steps were not even read.
    expect(read).toBeLessThan(20);
  });

  it('one step due: the notification names the lead and the step, and clicking opens that lead', async () => {
    const db = await setup();
    const [id] = await enrolled(db, 1, NOW);
    vi.spyOn(fakeBrowser.notifications, 'create');
    await refreshReminders(db, NOW + MINUTE);
    expect(shown()).toEqual([[`lead:${id}`, 'Follow-up due: Lead 0001', 'Invite']]);
  });

  it('steps due in quiet hours wait for their end, then come as one summary', async () => {
    const db = await setup();
    // The alarm is set no earlier than a second from the real clock: the clock is NOW.
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    await saveQuietHours(db, { enabled: true, startHour: 8, endHour: 12 }, NOW);
    await enrolled(db, 5, NOW);
    vi.spyOn(fakeBrowser.notifications, 'create');
    await refreshReminders(db, NOW + MINUTE); // 10:01 in Warsaw: quiet
    expect(shown()).toEqual([]);
    expect(await remindedCount(db)).toBe(0);
    expect((await fakeBrowser.alarms.get('sequence-reminders'))?.scheduledTime).toBe(new Date(2026, 10, 23, 12).getTime());
    await refreshReminders(db, new Date(2026, 10, 23, 12).getTime());
    expect(shown().map(([, title]) => title)).toEqual(['5 follow-ups due']);
    expect(await remindedCount(db)).toBe(5);
  });

  it('marks page by page, and two checks racing remind each step once', async () => {
    const db = await setup();
    await enrolled(db, 23, NOW);
    const [a, b] = await Promise.all([markDueReminded(db, NOW, { page: 4 }), markDueReminded(db, NOW, { page: 5 })]);
    expect(a.count + b.count).toBe(23);
    expect(await remindedCount(db)).toBe(23);
    expect(await db.enrolments.orderBy('remindAt').count()).toBe(0);
  });
});

describe('the remindAt index follows every write', () => {
  const indexed = async (db: LeadsDatabase) => (await db.enrolments.where('remindAt').above(0).toArray()).map((e) => [e.id, e.remindAt]);

  it('enrolled, reminded, snoozed, done, stopped', async () => {
    const db = await setup();
    const [leadId] = await enrolled(db, 1, NOW);
    const [enrolment] = await db.enrolments.toArray();
    const id = enrolment!.id;
    expect(await indexed(db)).toEqual([[id, NOW]]);
    await markDueReminded(db, NOW);
    expect(await indexed(db)).toEqual([]);
    // Snoozed: a new due time, to be reminded again then.
    await updateEnrolment(db, id, { kind: 'snooze', until: NOW + DAY }, NOW + MINUTE);
    expect(await indexed(db)).toEqual([[id, NOW + DAY]]);
    // The step done (a touch of its channel): the next step waits two days, and its reminder with it.
    await addActivity(db, { leadId: leadId!, kind: 'invite-sent', direction: 'outbound', at: NOW + 2 * MINUTE }, NOW + 2 * MINUTE, undefined, { enrolmentId: id });
    const advanced = await db.enrolments.get(id);
    expect(advanced?.stepIndex).toBe(1);
    expect(await indexed(db)).toEqual([[id, advanced?.dueAt]]);
    // Stopped: out of the index.
    await updateEnrolment(db, id, { kind: 'stop' }, NOW + 3 * MINUTE);
    expect(await indexed(db)).toEqual([]);
  });
});
