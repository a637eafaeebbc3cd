import { describe, expect, it } from 'vitest';
import { markReminded, planReminders, reminderPending, withRemindAt } from '../../lib/sequences/reminders';
import type { Enrolment } from '../../lib/sequences/schema';
import { inTimeZone } from './helpers/time-zone';

inTimeZone('Europe/Warsaw');

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const LOUD = { enabled: false, startHour: 20, endHour: 8 };
const QUIET = { enabled: true, startHour: 20, endHour: 8 };

const enrolment = (over: Partial<Enrolment> = {}): Enrolment => ({
  id: 'enrolment-1',
  leadId: 'lead-1',
  sequenceId: 'sequence-1',
  enrolledAt: at(20, 9),
  via: 'manual',
  status: 'active',
  stepIndex: 0,
  dueAt: at(23, 9),
  history: [],
  ...over,
});

describe('which reminders are pending', () => {
  it('a step is reminded once per due time; a snoozed step (new due time) again; an ended enrolment never', () => {
    expect(reminderPending(enrolment())).toBe(true);
    expect(reminderPending(enrolment({ remindedDueAt: at(23, 9) }))).toBe(false);
    expect(reminderPending(enrolment({ dueAt: at(24, 9), remindedDueAt: at(23, 9) }))).toBe(true);
    expect(reminderPending(enrolment({ status: 'ended', dueAt: undefined }))).toBe(false);
  });

  it('remindAt is the due time while the reminder is pending, and absent once sent', () => {
    expect(withRemindAt(enrolment())).toMatchObject({ remindAt: at(23, 9) });
    const sent = markReminded(withRemindAt(enrolment()));
    expect(sent.remindedDueAt).toBe(at(23, 9));
    expect('remindAt' in sent).toBe(false);
    // Snoozed after the reminder: pending again at the new time.
    expect(withRemindAt({ ...sent, dueAt: at(25, 9) }).remindAt).toBe(at(25, 9));
    // Ended: out of the index, whatever it said before.
    expect('remindAt' in withRemindAt({ ...enrolment({ remindAt: at(23, 9) }), status: 'ended', dueAt: undefined })).toBe(false);
    // Already right: the same object (the write layer writes nothing new).
    const right = withRemindAt(enrolment());
    expect(withRemindAt(right)).toBe(right);
  });
});

describe('planning reminders', () => {
  it('reminds now when a reminder is due and quiet hours are off', () => {
    expect(planReminders({ pending: true, nextDueAt: undefined, now: at(25, 11), quiet: LOUD }).remindNow).toBe(true);
    expect(planReminders({ pending: false, nextDueAt: undefined, now: at(25, 11), quiet: LOUD }).remindNow).toBe(false);
  });

  it('waits for the end of quiet hours, and looks again then', () => {
    const plan = planReminders({ pending: true, nextDueAt: undefined, now: at(23, 22), quiet: QUIET });
    expect(plan.remindNow).toBe(false);
    expect(plan.nextCheckAt).toBe(at(24, 0)); // midnight comes first (the badge's day changes)
    expect(planReminders({ pending: true, nextDueAt: undefined, now: at(24, 1), quiet: QUIET }).nextCheckAt).toBe(at(24, 8));
    expect(planReminders({ pending: true, nextDueAt: undefined, now: at(24, 8), quiet: QUIET }).remindNow).toBe(true);
    // Nothing pending in quiet hours: no reason to wake at their end.
    expect(planReminders({ pending: false, nextDueAt: at(24, 15), now: at(24, 1), quiet: QUIET }).nextCheckAt).toBe(at(24, 15));
  });

  it('looks again at the next due time, or at midnight for the badge', () => {
    expect(planReminders({ pending: false, nextDueAt: at(23, 15), now: at(23, 10), quiet: LOUD }).nextCheckAt).toBe(at(23, 15));
    expect(planReminders({ pending: false, nextDueAt: at(25, 9), now: at(23, 10), quiet: LOUD }).nextCheckAt).toBe(at(24, 0));
  });

  it('on the 25-hour day (clocks back, 25 October 2026) the badge rolls over at the real midnight', () => {
    const lateOnLongDay = new Date(2026, 9, 25, 23, 30).getTime();
    const plan = planReminders({ pending: false, nextDueAt: undefined, now: lateOnLongDay, quiet: LOUD });
    expect(plan.nextCheckAt).toBe(new Date(2026, 9, 26).getTime());
    expect(plan.nextCheckAt - lateOnLongDay).toBe(30 * 60_000);
  });
});
