import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endOfDay } from '../../lib/calendar';
import { DUE_HOUR, dueAfter, outsideQuietHours } from '../../lib/sequences/schedule';

/** Node re-reads TZ when it is assigned, so each test can pick the rep's zone. */
const originalTz = process.env.TZ;
function inZone(tz: string) {
  process.env.TZ = tz;
}
afterEach(() => {
  process.env.TZ = originalTz;
});

/** A local wall-clock time in the current zone. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const wall = (ms: number) => {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
};

describe('step due times', () => {
  beforeEach(() => inZone('Europe/Warsaw'));

  it('no delay is due at once', () => {
    const at = local(2026, 11, 24, 15, 30); // a Tuesday
    expect(dueAfter(at, 0, false)).toBe(at);
    expect(dueAfter(at, 0, true)).toBe(at);
  });

  it('a delay in days is due at the start of the working day, that many calendar days on', () => {
    expect(wall(dueAfter(local(2026, 11, 24, 15, 30), 2, false))).toEqual([2026, 11, 26, DUE_HOUR, 0]);
    // Across the end of a month and a year.
    expect(wall(dueAfter(local(2026, 12, 30, 23, 59), 3, false))).toEqual([2027, 1, 2, DUE_HOUR, 0]);
  });

  it('business days skip the weekend', () => {
    // Thursday + 2 business days = Monday; Friday + 1 = Monday.
    expect(wall(dueAfter(local(2026, 11, 26, 10), 2, true))).toEqual([2026, 11, 30, DUE_HOUR, 0]);
    expect(wall(dueAfter(local(2026, 11, 27, 10), 1, true))).toEqual([2026, 11, 30, DUE_HOUR, 0]);
    // Saturday + 1 business day = Monday; a no-delay business step reached on Sunday waits for Monday.
    expect(wall(dueAfter(local(2026, 11, 28, 10), 1, true))).toEqual([2026, 11, 30, DUE_HOUR, 0]);
    expect(wall(dueAfter(local(2026, 11, 29, 10), 0, true))).toEqual([2026, 11, 30, DUE_HOUR, 0]);
    // Five business days from a Monday is the next Monday.
    expect(wall(dueAfter(local(2026, 11, 23, 10), 5, true))).toEqual([2026, 11, 30, DUE_HOUR, 0]);
  });

  it('keeps 9:00 local across the spring and autumn daylight-saving changes', () => {
    // Europe: clocks go forward on 29 March 2026 and back on 25 October 2026.
    const spring = dueAfter(local(2026, 3, 28, 9), 1, false);
    expect(wall(spring)).toEqual([2026, 3, 29, DUE_HOUR, 0]);
    expect(spring - local(2026, 3, 28, 9)).toBe(23 * 3_600_000);
    const autumn = dueAfter(local(2026, 10, 24, 9), 1, false);
    expect(wall(autumn)).toEqual([2026, 10, 25, DUE_HOUR, 0]);
    expect(autumn - local(2026, 10, 24, 9)).toBe(25 * 3_600_000);
  });

  it('follows the rep’s time zone', () => {
    const instant = Date.UTC(2026, 10, 24, 23, 30); // Tuesday 23:30 UTC
    inZone('America/New_York'); // Tuesday 18:30 there
    expect(wall(dueAfter(instant, 1, false))).toEqual([2026, 11, 25, DUE_HOUR, 0]);
    inZone('Asia/Tokyo'); // already Wednesday 08:30 there
    expect(wall(dueAfter(instant, 1, false))).toEqual([2026, 11, 26, DUE_HOUR, 0]);
  });

  it('ends "today" at local midnight', () => {
    expect(wall(endOfDay(local(2026, 11, 24, 15)))).toEqual([2026, 11, 25, 0, 0]);
  });
});

describe('quiet hours', () => {
  beforeEach(() => inZone('Europe/Warsaw'));
  const quiet = { enabled: true, startHour: 20, endHour: 8 };

  it('holds a reminder that falls in quiet hours until they end, across midnight', () => {
    expect(wall(outsideQuietHours(local(2026, 11, 24, 21), quiet))).toEqual([2026, 11, 25, 8, 0]);
    expect(wall(outsideQuietHours(local(2026, 11, 25, 6, 30), quiet))).toEqual([2026, 11, 25, 8, 0]);
    expect(outsideQuietHours(local(2026, 11, 25, 12), quiet)).toBe(local(2026, 11, 25, 12));
  });

  it('does nothing when off, and handles a window within one day', () => {
    expect(outsideQuietHours(local(2026, 11, 24, 21), { ...quiet, enabled: false })).toBe(local(2026, 11, 24, 21));
    expect(wall(outsideQuietHours(local(2026, 11, 24, 12, 30), { enabled: true, startHour: 12, endHour: 13 }))).toEqual([2026, 11, 24, 13, 0]);
  });
});
