/**
 * Calendar days and weeks in the rep's local time (the time zone the browser
 * runs in). Every boundary is a local date built with `new Date(y, m, d)`, never
 * "+ 24 hours": a daylight-saving day lasts 23 or 25 hours and is still one day,
 * so a step due at 23:30 on the 25-hour day is due that day. The badge, the
 * popup's and dashboard's "due today", the due steps and the list's "due today"
 * and "due this week" filters all take their boundaries from here.
 */

/**
 * The first day of the week: Monday (ISO 8601), as the reps' calendars have it
 * (Poland, Romania, Russia, most of Europe). Fixed rather than taken from the
 * UI language, so English-speaking reps see the same week as their team.
 */
export const WEEK_STARTS_ON = 1;

/** Local midnight that starts the day `at` falls in. */
export function startOfDay(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight that ends the day `at` falls in (the next day's start): "today" is [startOfDay, endOfDay). */
export function endOfDay(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * The same local time of day `days` calendar days later (earlier when negative).
 * A time that does not exist on that day (inside a spring-forward gap) moves on
 * by the gap, as the Date constructor does.
 */
export function addDays(at: number, days: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()).getTime();
}

/** Local midnight that starts the calendar week (Monday) `at` falls in. */
export function startOfWeek(at: number): number {
  const d = new Date(at);
  const back = (d.getDay() - WEEK_STARTS_ON + 7) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back).getTime();
}

/** Local midnight that ends the calendar week `at` falls in (the next Monday's start): "this week" is [startOfWeek, endOfWeek). */
export function endOfWeek(at: number): number {
  const start = new Date(startOfWeek(at));
  return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7).getTime();
}
