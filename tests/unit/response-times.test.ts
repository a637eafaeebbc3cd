import { describe, expect, it } from 'vitest';
import { businessDuration, responseTimes, summarize, type Touch } from '../../lib/metrics/response-times';
import { inTimeZone } from './helpers/time-zone';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
inTimeZone('Europe/Warsaw');

/** Monday 23 November 2026, 10:00 local. */
const T0 = new Date(2026, 10, 23, 10).getTime();
const out = (leadId: string, kind: string, at: number, step?: string): Touch => ({
  leadId,
  kind: kind as Touch['kind'],
  direction: 'outbound',
  at,
  ...(step ? { sequenceId: 'sequence-0001', stepId: step } : {}),
});
const inb = (leadId: string, kind: string, at: number): Touch => ({ leadId, kind: kind as Touch['kind'], direction: 'inbound', at });
const ALL = { from: 0, to: Number.MAX_SAFE_INTEGER };

describe('summaries', () => {
  it('median, 90th percentile and shares within 5 min / 1 h / 1 day', () => {
    const s = summarize([2 * MIN, 30 * MIN, 2 * HOUR, 3 * DAY]);
    expect(s).toEqual({ count: 4, median: (30 * MIN + 2 * HOUR) / 2, p90: 3 * DAY, within5m: 0.25, within1h: 0.5, within1d: 0.75 });
    expect(summarize([])).toEqual({ count: 0 });
  });

  it('counts business hours only, Monday to Friday 9–17', () => {
    // Friday 16:00 to Monday 10:00 is one business hour then one more: 2 h.
    const friday = new Date(2026, 10, 27, 16).getTime();
    expect(businessDuration(friday, new Date(2026, 10, 30, 10).getTime())).toBe(2 * HOUR);
    // Inside a weekend: nothing; backwards: nothing.
    expect(businessDuration(new Date(2026, 10, 28, 10).getTime(), new Date(2026, 10, 29, 18).getTime())).toBe(0);
    expect(businessDuration(friday, friday - HOUR)).toBe(0);
  });
});

describe('response times on hand-made timelines', () => {
  const leads = [
    { id: 'a', createdAt: T0 },
    { id: 'b', createdAt: T0 },
    { id: 'c', createdAt: T0 },
  ];
  // a: invite 1 h after capture, accepted 1 day later; message; they reply 30 min later; we answer 10 min later.
  // b: first touch is theirs (inbound reply before capture... then we answer 2 h after capture); our e-mail gets no answer.
  // c: nothing from us: no speed-to-lead measure.
  const touches: Touch[] = [
    out('a', 'invite-sent', T0 + HOUR, 'invite'),
    inb('a', 'invite-accepted', T0 + HOUR + DAY),
    out('a', 'linkedin-message', T0 + 2 * DAY, 'message'),
    inb('a', 'reply-received', T0 + 2 * DAY + 30 * MIN),
    inb('a', 'reply-received', T0 + 2 * DAY + 35 * MIN),
    out('a', 'linkedin-message', T0 + 2 * DAY + 40 * MIN),
    inb('b', 'reply-received', T0 - HOUR),
    inb('b', 'email-opened', T0 + 30 * MIN),
    out('b', 'email-sent', T0 + 2 * HOUR),
  ];

  it('gives every figure', () => {
    const r = responseTimes({ leads, touches, period: ALL, businessHours: false });
    // Speed to lead: a 1 h after capture; b from its earlier inbound reply, 3 h.
    expect(r.speedToLead).toMatchObject({ count: 2, median: 2 * HOUR, within1h: 0.5 });
    // Rep reply: a's two replies count once, from the first (10 min); b's reply answered 3 h later.
    expect(r.repReply).toMatchObject({ count: 2, median: (10 * MIN + 3 * HOUR) / 2 });
    // Prospect replies: 4 outbound touches, 1 answered (the first message, in 30 min). The invite's acceptance is not a reply.
    expect(r.prospectReply).toMatchObject({ answered: 1, total: 4, times: { count: 1, median: 30 * MIN } });
    expect(r.byChannel['linkedin-message']).toMatchObject({ answered: 1, total: 2 });
    expect(r.byChannel['email-sent']).toMatchObject({ answered: 0, total: 1 });
    expect(r.byStep['sequence-0001/message']).toMatchObject({ answered: 1, total: 1 });
    expect(r.byStep['sequence-0001/invite']).toMatchObject({ answered: 0, total: 1 });
    expect(r.invites).toMatchObject({ answered: 1, total: 1, times: { median: DAY } });
  });

  it('keeps to the period the measure starts in', () => {
    const r = responseTimes({ leads, touches, period: { from: T0 + DAY, to: T0 + 3 * DAY }, businessHours: false });
    expect(r.speedToLead.count).toBe(0);
    expect(r.invites.total).toBe(0);
    expect(r.prospectReply).toMatchObject({ answered: 1, total: 2 });
    expect(r.repReply).toMatchObject({ count: 1, median: 10 * MIN });
  });

  it('can count business hours only', () => {
    // Invite accepted a day later: 8 business hours, not 24.
    const r = responseTimes({ leads, touches, period: ALL, businessHours: true });
    expect(r.invites.times.median).toBe(8 * HOUR);
  });

  it('says nothing (count 0) rather than zero when there is no data', () => {
    const r = responseTimes({ leads: [], touches: [], period: ALL, businessHours: false });
    expect(r.speedToLead).toEqual({ count: 0 });
    expect(r.prospectReply).toEqual({ answered: 0, total: 0, times: { count: 0 } });
  });
});
