/**
 * A day counted in business hours: 9:00 to 17:00, 8 hours. "Within 1 day" is within this when
 * business hours are counted, and long business-hour durations are said in these days. Its own
 * module: the popup's formatting reads it without the response-time code.
 */
export const WORKING_DAY = 8 * 3_600_000;
