import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DUE_HOUR, dueAfter, outsideQuietHours } from '../../lib/sequences/schedule';

/**
 * Properties of due times and quiet hours in the reps' zones, over years with their
 * daylight-saving changes (Moscow has none): a delayed step is due at DUE_HOUR local on
 * the right day, never on a weekend when business days count, never before it was
 * reached; a reminder held by quiet hours is released outside them, within a day.
 */

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;
/** Weekdays strictly after `from`'s local date, up to and including `to`'s. */
function weekdaysBetween(from: number, to: number): number {
  const d = new Date(from);
  const day = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const end = new Date(to);
  let n = 0;
  for (;;) {
    day.setDate(day.getDate() + 1);
    if (day.getFullYear() > end.getFullYear() || (day.getFullYear() === end.getFullYear() && (day.getMonth() > end.getMonth() || (day.getMonth() === end.getMonth() && day.getDate() > end.getDate())))) return n;
    if (!isWeekend(day)) n += 1;
  }
}

for (const zone of ['Europe/Warsaw', 'Europe/Bucharest', 'Europe/Moscow', 'America/New_York']) {
  describe(`in ${zone}`, () => {
    const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) });

    it('a step delayed by days is due at the start of the working day, that many (business) days on', () => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(instant, fc.integer({ min: 1, max: 30 }), fc.boolean(), (from, days, business) => {
          const due = dueAfter(from, days, business);
          const d = new Date(due);
          expect(due).toBeGreaterThan(from);
          expect([d.getHours(), d.getMinutes()]).toEqual([DUE_HOUR, 0]);
          if (business) {
            expect(isWeekend(d)).toBe(false);
            expect(weekdaysBetween(from, due)).toBe(days);
          } else {
            const f = new Date(from);
            expect(new Date(f.getFullYear(), f.getMonth(), f.getDate() + days).getDate()).toBe(d.getDate());
          }
        }),
        { numRuns: 2_000 },
      );
    });

    it('quiet hours hold a reminder until they end, never longer than a day', () => {
      process.env.TZ = zone;
      fc.assert(
        fc.property(instant, fc.integer({ min: 17, max: 23 }), fc.integer({ min: 5, max: 10 }), (at, startHour, endHour) => {
          const out = outsideQuietHours(at, { enabled: true, startHour, endHour });
          const d = new Date(out);
          const hour = d.getHours() + d.getMinutes() / 60;
          expect(out).toBeGreaterThanOrEqual(at);
          expect(out - at).toBeLessThanOrEqual(24 * 3_600_000);
          expect(hour >= startHour || hour < endHour).toBe(false);
        }),
        { numRuns: 2_000 },
      );
    });
  });
}
