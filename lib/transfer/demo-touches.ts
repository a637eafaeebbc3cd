import type { Activity, Lead } from '../schema/records';
import type { Timeline } from './demo-timeline';
import type { Random } from './prng';

/**
 * The touches of one demo lead, in step with how far it got: a lead that reached
 * a demo had calls and a meeting; an early one mostly outbound messages. Times lie
 * between its creation and its close (or now).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type Touch = Pick<Activity, 'kind' | 'direction' | 'at' | 'note' | 'sequenceId' | 'stepId'>;

const REPLIES: readonly string[] = ['Interested, asked for a short deck.', 'Not now, try after the holidays.', 'Can we talk next week?', 'Forwarded to our ops lead.'];
const CALLS: readonly string[] = ['20 minutes: they forecast in spreadsheets.', 'Walked through pricing tiers.', 'Left a voicemail.'];

export function demoTouches(random: Random, t: Timeline, source: Lead['source']): Touch[] {
  const from = t.createdAt;
  const span = Math.max(0, t.activeUntil - from);
  const within = (a: number, b: number) => Math.round(from + span * random.between(a, b));
  const touches: Touch[] = [{ kind: 'captured', direction: 'none', at: from }];
  const add = (kind: Touch['kind'], direction: Touch['direction'], at: number, note?: string) => touches.push({ kind, direction, at, note });

  if (source === 'linkedin' || source === 'sales-navigator') {
    add('invite-sent', 'outbound', within(0, 0.1));
    if (random.chance(0.75)) add('invite-accepted', 'inbound', within(0.1, 0.25));
  }
  const messages = 1 + t.depth + random.int(0, 1);
  for (let i = 0; i < messages; i++) {
    const at = within(0.05, 1);
    if (random.chance(0.5)) {
      add('linkedin-message', 'outbound', at);
      continue;
    }
    add('email-sent', 'outbound', at);
    // Opens and clicks come a little after the e-mail, never after the close.
    const later = () => Math.min(t.activeUntil, at + Math.round(random.between(0.5, 30) * HOUR));
    if (random.chance(0.6)) add('email-opened', 'inbound', later());
    if (random.chance(0.25)) add('link-clicked', 'inbound', later());
  }
  if (t.depth >= 1 || random.chance(0.25)) {
    const replies = random.int(1, 2);
    for (let i = 0; i < replies; i++) add('reply-received', 'inbound', within(0.2, 1), random.pick(REPLIES));
  }
  if (t.depth >= 1) add('call', 'outbound', within(0.3, 1), random.pick(CALLS));
  if (t.depth >= 3) add('call', 'outbound', within(0.5, 1), random.pick(CALLS));
  if (t.depth >= 2) add('meeting-booked', 'inbound', within(0.3, 0.9), 'Demo booked with their team.');
  if ((t.depth >= 2 && random.chance(0.6)) || t.depth >= 4) add('pricing-visited', 'inbound', within(0.7, 1));
  // A deal still being worked was touched lately, and engaged leads open what they get.
  if ((t.outcome === 'open' || t.outcome === 'reactivated') && t.depth >= 1) {
    const at = Math.max(from, t.activeUntil - Math.round(random.between(0, 14) * DAY));
    add('email-sent', 'outbound', at);
    if (random.chance(0.7)) add('email-opened', 'inbound', Math.min(t.activeUntil, at + Math.round(random.between(0.5, 24) * HOUR)));
    if (random.chance(0.4)) add('link-clicked', 'inbound', Math.min(t.activeUntil, at + Math.round(random.between(1, 30) * HOUR)));
  }
  if (random.chance(0.15)) add('note', 'none', within(0, 1), 'Prefers a short call before any demo.');
  return touches;
}
