import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planReminders } from '../../lib/sequences/reminders';

const originalTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/Warsaw';
});
afterEach(() => {
  process.env.TZ = originalTz;
});

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const LOUD = { enabled: false, startHour: 20, endHour: 8 };
const QUIET = { enabled: true, startHour: 20, endHour: 8 };

describe('planning reminders', () => {
  it('reminds of each due step once, however far the clock jumped', () => {
    const due = [
      { id: 'a', dueAt: at(23, 9) },
      { id: 'b', dueAt: at(24, 9) },
      { id: 'c', dueAt: at(24, 9), remindedDueAt: at(24, 9) },
    ];
    // The machine slept for two days: each overdue step once, the one already reminded not again.
    const plan = planReminders(due, undefined, at(25, 11), LOUD);
    expect(plan.send).toEqual(['a', 'b']);
    // After marking, the next check sends nothing.
    const marked = due.map((e) => ({ ...e, remindedDueAt: e.dueAt }));
    expect(planReminders(marked, undefined, at(25, 11, 1), LOUD).send).toEqual([]);
  });

  it('a snoozed step (new due time) is reminded again', () => {
    expect(planReminders([{ id: 'a', dueAt: at(24, 9), remindedDueAt: at(23, 9) }], undefined, at(24, 10), LOUD).send).toEqual(['a']);
  });

  it('waits for the end of quiet hours, and looks again then', () => {
    const plan = planReminders([{ id: 'a', dueAt: at(23, 21) }], undefined, at(23, 22), QUIET);
    expect(plan.send).toEqual([]);
    expect(plan.nextCheckAt).toBe(at(24, 0)); // midnight comes first (the badge's day changes)
    expect(planReminders([{ id: 'a', dueAt: at(23, 21) }], undefined, at(24, 1), QUIET).nextCheckAt).toBe(at(24, 8));
    expect(planReminders([{ id: 'a', dueAt: at(23, 21) }], undefined, at(24, 8), QUIET).send).toEqual(['a']);
  });

  it('looks again at the next due time, or at midnight for the badge', () => {
    expect(planReminders([], at(23, 15), at(23, 10), LOUD).nextCheckAt).toBe(at(23, 15));
    expect(planReminders([], at(25, 9), at(23, 10), LOUD).nextCheckAt).toBe(at(24, 0));
  });
});
