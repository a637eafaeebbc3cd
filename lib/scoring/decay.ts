import type { ACTIVITY_KINDS } from '../schema/records';
import { activityTimes } from './lead-view';
import type { RuleSet, ScoringInput } from './schema';

/**
 * Engagement fades when a lead goes quiet; fit never does (a VP of Sales stays
 * one). The clock is the lead's latest activity that came FROM the prospect
 * (opens, clicks, visits, replies, accepted invites, meetings), not in the future:
 * the rep's own sends and calls do not keep a silent lead warm. Past `quietDays` quiet days the engagement points lose
 * `weeklyLossPercent` per week, compounding:
 *
 *   factor = (1 - weeklyLossPercent / 100) ^ weeks
 *   weeks  = floor((quiet - quietDays days) / 7 days) + 1   when quiet > quietDays days
 *
 * So the first moment past the quiet limit already costs one week's share (a
 * rep sees the fade the day it starts, not a week later), exactly quietDays
 * days of quiet costs nothing, and each further full week costs one more share.
 * Compounding (not linear) means points approach zero but never go negative.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export type DecaySettings = RuleSet['decay'];

/** Activities that show the prospect's own engagement. */
export const PROSPECT_ACTIVITY_KINDS = [
  'email-opened',
  'link-clicked',
  'pricing-visited',
  'reply-received',
  'invite-accepted',
  'meeting-booked',
] as const satisfies readonly (typeof ACTIVITY_KINDS)[number][];

/** Latest finite prospect activity time at or before `now`; undefined when none. A loop, not Math.max(...): arrays may be huge. */
export function lastActivityAt(activity: ScoringInput['activity'] | undefined, now: number): number | undefined {
  let last = Number.NEGATIVE_INFINITY;
  for (const kind of PROSPECT_ACTIVITY_KINDS) {
    for (const t of activityTimes(activity, kind)) {
      if (typeof t === 'number' && t <= now && t > last) last = t;
    }
  }
  return Number.isFinite(last) ? last : undefined;
}

/** Multiplier for engagement points (1 = no decay). */
export function decayFactor(last: number | undefined, now: number, decay: DecaySettings): number {
  if (!decay.enabled || last === undefined) return 1;
  const quietLimit = decay.quietDays * DAY_MS;
  const quiet = now - last;
  if (!(quiet > quietLimit)) return 1; // also false for NaN settings
  const weeks = Math.floor((quiet - quietLimit) / WEEK_MS) + 1;
  const keep = 1 - Math.min(100, Math.max(0, decay.weeklyLossPercent)) / 100;
  const factor = keep ** weeks;
  return Number.isFinite(factor) && factor >= 0 ? factor : 1;
}
