/**
 * When sequence steps fall due, in the rep's local time. Day arithmetic goes
 * through local calendar dates (never "+ 24 h"), so a step due "in 2 days at
 * 9:00" is at 9:00 on that day whatever daylight-saving change lies between.
 */

/** Steps delayed by a day or more are due at this local hour, when the rep starts work. */
export const DUE_HOUR = 9;

function isWeekend(date: Date): boolean {
  const day = date.getDay();
  return day === 0 || day === 6;
}

/** Local date `days` calendar days (or Monday–Friday days) after `from`'s date, at DUE_HOUR. */
function dayAfter(from: number, days: number, businessDays: boolean): Date {
  const start = new Date(from);
  const date = new Date(start.getFullYear(), start.getMonth(), start.getDate(), DUE_HOUR, 0, 0, 0);
  if (!businessDays) {
    date.setDate(date.getDate() + days);
    return date;
  }
  let left = days;
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    if (!isWeekend(date)) left -= 1;
  }
  while (isWeekend(date)) date.setDate(date.getDate() + 1);
  return date;
}

/**
 * When a step is due, given when the previous one was done or skipped (or the
 * lead was enrolled). No delay: at once, except that a business-days step
 * reached on a weekend waits for Monday morning.
 */
export function dueAfter(from: number, delayDays: number, businessDays: boolean): number {
  if (delayDays <= 0) {
    if (!businessDays || !isWeekend(new Date(from))) return from;
    return dayAfter(from, 0, true).getTime();
  }
  return dayAfter(from, delayDays, businessDays).getTime();
}

export type QuietHours = { enabled: boolean; startHour: number; endHour: number };

/**
 * The first moment at or after `at` outside quiet hours (a window such as 20:00–08:00
 * that may cross midnight). Reminders that fall inside wait for its end.
 */
export function outsideQuietHours(at: number, quiet: QuietHours): number {
  if (!quiet.enabled || quiet.startHour === quiet.endHour) return at;
  const d = new Date(at);
  const hour = d.getHours() + d.getMinutes() / 60;
  const crossesMidnight = quiet.startHour > quiet.endHour;
  const inside = crossesMidnight ? hour >= quiet.startHour || hour < quiet.endHour : hour >= quiet.startHour && hour < quiet.endHour;
  if (!inside) return at;
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate(), quiet.endHour, 0, 0, 0);
  if (end.getTime() <= at) end.setDate(end.getDate() + 1);
  return end.getTime();
}
