import { endOfDay } from '../calendar';
import { outsideQuietHours, type QuietHours } from './schedule';
import type { Enrolment } from './schema';

type Reminded = Pick<Enrolment, 'status' | 'dueAt' | 'remindedDueAt' | 'remindAt'>;

/**
 * Whether a step's reminder is still to be sent: the enrolment waits on a step, and
 * no reminder went out for that due time (`remindedDueAt`). A step is reminded once
 * per due time, so a clock that jumps forward (the machine slept) sends each
 * overdue reminder once, not once per missed check; a snoozed step (new due time)
 * is reminded again.
 */
export function reminderPending(enrolment: Reminded): boolean {
  return enrolment.status === 'active' && enrolment.dueAt !== undefined && enrolment.remindedDueAt !== enrolment.dueAt;
}

/**
 * The enrolment with `remindAt` as its other fields make it: its due time while the
 * reminder is pending, absent otherwise. The write layer applies this to every
 * enrolment it writes, so the `remindAt` index holds exactly the steps still to
 * remind, whoever wrote them. Returns the same object when nothing changes.
 */
export function withRemindAt<T extends Reminded>(enrolment: T): T {
  const remindAt = reminderPending(enrolment) ? enrolment.dueAt : undefined;
  if (remindAt === enrolment.remindAt && (remindAt !== undefined || !('remindAt' in enrolment))) return enrolment;
  const { remindAt: _stale, ...rest } = enrolment;
  return (remindAt === undefined ? rest : { ...rest, remindAt }) as T;
}

/** The enrolment once its current step's reminder is sent: it leaves the `remindAt` index. */
export function markReminded(enrolment: Enrolment): Enrolment {
  return withRemindAt({ ...enrolment, remindedDueAt: enrolment.dueAt });
}

/**
 * Whether to send the pending reminders now, and when to look again. In quiet hours
 * nothing is sent; the next look is when they end. Otherwise the next look is the
 * next step's due time, or midnight (the badge counts today's steps) if sooner.
 */
export function planReminders(input: {
  /** Some reminder is due by now (the `remindAt` index has an entry at or before now). */
  pending: boolean;
  /** The soonest pending reminder after now. */
  nextDueAt: number | undefined;
  now: number;
  quiet: QuietHours;
}): { remindNow: boolean; nextCheckAt: number } {
  const { pending, nextDueAt, now, quiet } = input;
  const quietUntil = outsideQuietHours(now, quiet);
  const held = pending && quietUntil > now;
  const candidates = [endOfDay(now), ...(nextDueAt !== undefined && nextDueAt > now ? [nextDueAt] : []), ...(held ? [quietUntil] : [])];
  return { remindNow: pending && !held, nextCheckAt: Math.min(...candidates) };
}
