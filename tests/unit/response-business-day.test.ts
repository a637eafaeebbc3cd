import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../components/format';
import { dayNumber } from '../../lib/metrics/daily-totals';
import { figuresOf } from '../../lib/metrics/figures/contributions';
import { responseFromFigures } from '../../lib/metrics/figures/read';
import { responseTimes, type Touch } from '../../lib/metrics/response-times';
import { rowsOfDelta } from './helpers/figures';
import { inTimeZone } from './helpers/time-zone';

/**
 * With business hours on, a day is a working day (8 business hours, 9:00–17:00): an
 * answer two and a half working days later is not "within 1 day", though it took fewer
 * than 24 business hours; and a duration is never shown in 24-hour days.
 */

inTimeZone('Europe/Warsaw');

const HOUR = 3_600_000;

describe('response times counted in business hours', () => {
  // An e-mail on Monday 2 November 2026 at 10:00, the prospect's reply on Wednesday at 12:00:
  // 7 + 8 + 3 = 18 business hours, more than two working days.
  const sent = new Date(2026, 10, 2, 10).getTime();
  const reply = new Date(2026, 10, 4, 12).getTime();
  const lead = { id: 'a', createdAt: sent - HOUR };
  const touches: Touch[] = [
    { leadId: 'a', kind: 'email-sent', direction: 'outbound', at: sent },
    { leadId: 'a', kind: 'reply-received', direction: 'inbound', at: reply },
  ];

  it('an answer after 18 business hours is not within one (working) day, exactly or from the kept histograms', () => {
    const period = { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 10, 30).getTime() };
    const exact = responseTimes({ leads: [lead], touches, period, businessHours: true });
    expect(exact.prospectReply.times.median).toBe(18 * HOUR);
    expect(exact.prospectReply.times.within1d).toBe(0);
    const { put } = rowsOfDelta(
      figuresOf([{ ...lead, stageId: 'new', stageChangedAt: lead.createdAt, reactivations: 0, activitySummary: {} }], () => touches),
      reply,
    );
    const kept = responseFromFigures(
      put.response.filter((r) => r.day >= dayNumber(period.from)),
      true,
    );
    expect(kept.prospectReply.times.within1d).toBe(0);
    // On the wall clock it was 50 hours: not within a day either way.
    expect(responseTimes({ leads: [lead], touches, period, businessHours: false }).prospectReply.times.within1d).toBe(0);
  });

  it('an answer within 8 business hours (overnight) is within one working day', () => {
    const evening = [touches[0]!, { ...touches[1]!, at: new Date(2026, 10, 3, 11).getTime() }];
    const period = { from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 10, 30).getTime() };
    expect(responseTimes({ leads: [lead], touches: evening, period, businessHours: true }).prospectReply.times.within1d).toBe(1);
  });

  it('business-hour durations are shown in hours, then in working days of 8, never in 24-hour days', () => {
    expect(formatDuration(12 * HOUR, { businessHours: true })).toBe('12 hr');
    expect(formatDuration(60 * HOUR, { businessHours: true })).toBe('7.5 working days');
    expect(formatDuration(16 * HOUR, { businessHours: true })).toBe('2 working days');
    expect(formatDuration(60 * HOUR)).toBe('2.5 days');
  });
});
