import { endOfDay } from '../calendar';
import { outsideQuietHours, type QuietHours } from './schedule';
import type { Enrolment } from './schema';

/**
 * Which due steps to remind about now, and when to look again. A step is reminded
 * once per due time (`remindedDueAt`), so a clock that jumps forward (the machine
 * slept) sends each overdue reminder once, not once per missed check. In quiet
 * hours nothing is sent; the next look is when they end.
 */
export function planReminders(
  due: readonly Pick<Enrolment, 'id' | 'dueAt' | 'remindedDueAt'>[],
  nextDueAt: number | undefined,
  now: number,
  quiet: QuietHours,
): { send: string[]; nextCheckAt: number } {
  const quietUntil = outsideQuietHours(now, quiet);
  const pending = due.filter((e) => e.dueAt !== undefined && e.dueAt <= now && e.remindedDueAt !== e.dueAt);
  const send = quietUntil > now ? [] : pending.map((e) => e.id);
  const candidates = [endOfDay(now), ...(nextDueAt !== undefined && nextDueAt > now ? [nextDueAt] : []), ...(quietUntil > now && pending.length ? [quietUntil] : [])];
  return { send, nextCheckAt: Math.min(...candidates) };
}
