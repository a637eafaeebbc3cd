import { describe, expect, it } from 'vitest';
import { addDays, endOfDay, endOfWeek, startOfDay, startOfWeek } from '../../lib/calendar';
import { refreshReminders } from '../../lib/background/reminders';
import { dueRange } from '../../lib/leads/list-query';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from './helpers/db';
import { commit } from '../../lib/db/write/commit';
import { inTimeZone } from './helpers/time-zone';

/**
 * "Today" and "this week" are calendar days and weeks in the rep's zone, whatever
 * the clocks do. Run in Europe/Warsaw (Node re-reads TZ when it is assigned):
 * 2026-03-29 lasts 23 hours (clocks forward at 02:00), 2026-10-25 lasts 25 hours
 * (clocks back at 03:00). Both are Sundays, the last day of their week.
 */

inTimeZone('Europe/Warsaw');

const HOUR = 3_600_000;
/** A local wall-clock time in the zone under test. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const wall = (ms: number) => {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe('calendar days', () => {
  it('the zone under test really changes its clocks on those days', () => {
    expect(endOfDay(local(2026, 3, 29, 12)) - startOfDay(local(2026, 3, 29, 12))).toBe(23 * HOUR);
    expect(endOfDay(local(2026, 10, 25, 12)) - startOfDay(local(2026, 10, 25, 12))).toBe(25 * HOUR);
  });

  it('a step due at 23:30 on the 25-hour day is due today, from any hour of that day', () => {
    const due = local(2026, 10, 25, 23, 30);
    for (const now of [local(2026, 10, 25, 0, 5), local(2026, 10, 25, 2, 30), local(2026, 10, 25, 8), local(2026, 10, 25, 23, 59)]) {
      const [from, to] = dueRange('today', now);
      expect(due >= from && due < to, `seen at ${wall(now).join('-')}`).toBe(true);
      expect(wall(from)).toEqual([2026, 10, 25, 0, 0]);
      expect(wall(to)).toEqual([2026, 10, 26, 0, 0]);
    }
    // And it is not due "today" the next day or the day before.
    expect(due < dueRange('today', local(2026, 10, 26, 8))[0]).toBe(true);
    expect(due >= dueRange('today', local(2026, 10, 24, 8))[1]).toBe(true);
  });

  it('the 23-hour day ends at its own midnight, not an hour into the next day', () => {
    const [from, to] = dueRange('today', local(2026, 3, 29, 10));
    expect(wall(from)).toEqual([2026, 3, 29, 0, 0]);
    expect(wall(to)).toEqual([2026, 3, 30, 0, 0]);
    const earlyNextDay = local(2026, 3, 30, 0, 30);
    expect(earlyNextDay >= to).toBe(true);
  });

  it('a day later is the same time the next calendar day (a snooze across the change)', () => {
    expect(wall(addDays(local(2026, 10, 24, 10), 1))).toEqual([2026, 10, 25, 10, 0]);
    expect(addDays(local(2026, 10, 24, 10), 1) - local(2026, 10, 24, 10)).toBe(25 * HOUR);
    expect(wall(addDays(local(2026, 3, 28, 23, 30), 1))).toEqual([2026, 3, 29, 23, 30]);
    expect(wall(addDays(local(2026, 3, 30, 9), -1))).toEqual([2026, 3, 29, 9, 0]);
  });
});

describe('calendar weeks (Monday to Sunday)', () => {
  it('this week runs from Monday midnight to the next Monday midnight, whatever day it is', () => {
    for (const day of [19, 21, 25]) {
      const [from, to] = dueRange('week', local(2026, 10, day, 12));
      expect(wall(from)).toEqual([2026, 10, 19, 0, 0]);
      expect(wall(to)).toEqual([2026, 10, 26, 0, 0]);
      expect(to - from).toBe(7 * 24 * HOUR + HOUR); // the 25-hour Sunday is in it
    }
    const [from, to] = dueRange('week', local(2026, 3, 29, 23, 59));
    expect(wall(from)).toEqual([2026, 3, 23, 0, 0]);
    expect(wall(to)).toEqual([2026, 3, 30, 0, 0]);
  });

  it('a step due at 23:30 on the 25-hour Sunday is due this week; Monday 00:00 starts the next', () => {
    const due = local(2026, 10, 25, 23, 30);
    const [from, to] = dueRange('week', local(2026, 10, 20, 9));
    expect(due >= from && due < to).toBe(true);
    expect(local(2026, 10, 26, 0, 0)).toBe(to);
    expect(startOfWeek(local(2026, 10, 26, 0, 0))).toBe(to);
    expect(endOfWeek(local(2026, 10, 25, 23, 59))).toBe(to);
  });

  it('this week contains today (the badge and "due today" never fall outside it)', () => {
    for (let day = 20; day <= 31; day++) {
      const now = local(2026, 3, day, 7);
      const [weekFrom, weekTo] = dueRange('week', now);
      const [dayFrom, dayTo] = dueRange('today', now);
      expect(weekFrom <= dayFrom && dayTo <= weekTo).toBe(true);
      expect(new Date(weekFrom).getDay()).toBe(1);
    }
  });
});

describe('the badge counts by the same calendar day', () => {
  it('a step due at 23:30 on the 25-hour day is on the badge that morning', async () => {
    const db = freshDb();
    const [sequence] = await db.sequences.toArray();
    const now = local(2026, 10, 25, 9);
    await commit(db, [db.enrolments.name], { origin: 'rep', now }, async (w) => {
      await w.add('enrolments', [
        { id: 'enrolment-late-today', leadId: 'lead-000001', sequenceId: sequence!.id, enrolledAt: now, via: 'manual', status: 'active', stepIndex: 0, dueAt: local(2026, 10, 25, 23, 30), history: [] },
        { id: 'enrolment-tomorrow', leadId: 'lead-000002', sequenceId: sequence!.id, enrolledAt: now, via: 'manual', status: 'active', stepIndex: 0, dueAt: local(2026, 10, 26, 0, 30), history: [] },
      ]);
    });
    await refreshReminders(db, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
