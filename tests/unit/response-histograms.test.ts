import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../lib/metrics/figures/contributions';
import { bucketError, bucketOf, bucketRange, BUCKET_EDGES, summarizeHistogram } from '../../lib/metrics/figures/histogram';
import { responseFromFigures } from '../../lib/metrics/figures/read';
import { leadMeasures, responseTimes, type Touch } from '../../lib/metrics/response-times';
import { dayNumber } from '../../lib/metrics/daily-totals';
import { leadRecord } from './helpers/lead';
import { rowsOfDelta } from './helpers/figures';

/**
 * Response times are kept as per-day histograms. Their resolution, stated in
 * lib/metrics/figures/histogram.ts, is tested here against the exact figures:
 * counts, rates and the within-5-min/1-h/1-day shares are exact; a median or p90
 * is off by at most half the width of the buckets its ranks fall in (a minute
 * wide up to an hour, 15 minutes up to a day, an hour up to a week, a day up to
 * 90 days, a week beyond).
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 5, 10, 12, 0, 0).getTime();

describe('duration buckets', () => {
  it('are a minute wide up to an hour, then 15 minutes, an hour, a day and a week', () => {
    expect(bucketRange(0)).toEqual([0, MIN]);
    expect(bucketRange(bucketOf(59.5 * MIN))).toEqual([59 * MIN, 60 * MIN]);
    expect(bucketRange(bucketOf(61 * MIN))).toEqual([60 * MIN, 75 * MIN]);
    expect(bucketRange(bucketOf(23.9 * HOUR))[1] - bucketRange(bucketOf(23.9 * HOUR))[0]).toBe(15 * MIN);
    expect(bucketRange(bucketOf(3 * DAY))[1] - bucketRange(bucketOf(3 * DAY))[0]).toBe(HOUR);
    expect(bucketRange(bucketOf(30 * DAY))[1] - bucketRange(bucketOf(30 * DAY))[0]).toBe(DAY);
    expect(bucketRange(bucketOf(200 * DAY))[1] - bucketRange(bucketOf(200 * DAY))[0]).toBe(7 * DAY);
    expect(bucketOf(10 * 365 * DAY)).toBe(BUCKET_EDGES.length);
  });

  it('put each limit of the shares at a bucket edge, so "within" is exact', () => {
    expect(summarizeHistogram({ [bucketOf(5 * MIN)]: 1, [bucketOf(5 * MIN + 1)]: 1 }).within5m).toBe(0.5);
    expect(summarizeHistogram({ [bucketOf(HOUR)]: 1, [bucketOf(HOUR + 1)]: 3 }).within1h).toBe(0.25);
    expect(summarizeHistogram({ [bucketOf(DAY)]: 2, [bucketOf(DAY + 1)]: 2 }).within1d).toBe(0.5);
    expect(summarizeHistogram({})).toEqual({ count: 0 });
  });
});

const touch = fc.record({
  kind: fc.constantFrom('email-sent', 'linkedin-message', 'call', 'invite-sent', 'invite-accepted', 'reply-received', 'email-opened', 'note'),
  inbound: fc.boolean(),
  /** Minutes after the lead was created (negative: before it was saved). */
  at: fc.oneof(fc.integer({ min: -600, max: 120 }), fc.integer({ min: 0, max: 60 * 24 * 40 })),
  step: fc.constantFrom(undefined, 'one', 'two'),
});
const lead = fc.record({ createdDaysAgo: fc.integer({ min: 0, max: 40 }), touches: fc.array(touch, { maxLength: 8 }) });

/** Nearest-rank value (0-based) of sorted durations. */
const rank = (sorted: number[], r: number) => sorted[Math.min(sorted.length - 1, Math.max(0, r))]!;

describe('kept response times against the exact figures', () => {
  it('agree exactly on counts, rates and shares, and within half a bucket on median and p90', () => {
    fc.assert(
      fc.property(fc.array(lead, { minLength: 1, maxLength: 12 }), fc.constantFrom(7, 30, 90), fc.boolean(), (specs, days, businessHours) => {
        const leads = specs.map((spec, i) => leadRecord({ id: `lead-${String(i).padStart(4, '0')}`, createdAt: NOW - spec.createdDaysAgo * DAY }));
        const touches: Touch[] = specs.flatMap((spec, i) =>
          spec.touches.map((t) => ({
            leadId: leads[i]!.id,
            kind: t.kind as Touch['kind'],
            direction: t.inbound ? ('inbound' as const) : ('outbound' as const),
            at: leads[i]!.createdAt + t.at * MIN,
            ...(t.step ? { sequenceId: 'seq-1', stepId: t.step } : {}),
          })),
        );
        const byLead = (id: string) => touches.filter((t) => t.leadId === id);
        const { put } = rowsOfDelta(figuresOf(leads, byLead), NOW);
        // The period: the last `days` local days, today included, in both.
        const today = dayNumber(NOW);
        const rows = put.response.filter((r) => r.day > today - days && r.day <= today);
        const kept = responseFromFigures(rows, businessHours);
        const from = new Date(NOW - (days - 1) * DAY).setHours(0, 0, 0, 0);
        const to = new Date(NOW + DAY).setHours(0, 0, 0, 0);
        const exact = responseTimes({ leads, touches, period: { from, to }, businessHours });

        const check = (key: string, keptSummary: typeof kept.speedToLead, exactSummary: typeof exact.speedToLead) => {
          expect(keptSummary.count, key).toBe(exactSummary.count);
          for (const share of ['within5m', 'within1h', 'within1d'] as const) expect(keptSummary[share], `${key} ${share}`).toBe(exactSummary[share]);
          if (exactSummary.count === 0) return;
          // The durations themselves, for the bound.
          const durations = leads
            .flatMap((l) => leadMeasures(l.createdAt, byLead(l.id)))
            .filter((m) => (key === 'speed' || key === 'rep' ? m.key === key : m.key === key) && m.end !== undefined && m.start >= from && m.start < to)
            .map((m) => (businessHours ? undefined : m.end! - m.start));
          if (durations.some((d) => d === undefined)) {
            // Business hours: bound by the widest bucket the exact values fall in.
            const bound = Math.max(bucketError(bucketOf(exactSummary.median!)), bucketError(bucketOf(exactSummary.p90!)), MIN / 2) * 2;
            expect(Math.abs(keptSummary.median! - exactSummary.median!)).toBeLessThanOrEqual(bound + 1);
            return;
          }
          const sorted = (durations as number[]).sort((a, b) => a - b);
          const n = sorted.length;
          const mids = n % 2 ? [rank(sorted, (n - 1) / 2)] : [rank(sorted, n / 2 - 1), rank(sorted, n / 2)];
          const medianBound = Math.max(...mids.map((d) => bucketError(bucketOf(d))));
          expect(Math.abs(keptSummary.median! - exactSummary.median!), `${key} median`).toBeLessThanOrEqual(medianBound + 1e-6);
          const p90 = rank(sorted, Math.ceil(0.9 * n) - 1);
          expect(Math.abs(keptSummary.p90! - exactSummary.p90!), `${key} p90`).toBeLessThanOrEqual(bucketError(bucketOf(p90)) + 1e-6);
        };
        check('speed', kept.speedToLead, exact.speedToLead);
        check('rep', kept.repReply, exact.repReply);
        check('prospect', kept.prospectReply.times, exact.prospectReply.times);
        check('invite', kept.invites.times, exact.invites.times);
        expect([kept.prospectReply.answered, kept.prospectReply.total]).toEqual([exact.prospectReply.answered, exact.prospectReply.total]);
        expect([kept.invites.answered, kept.invites.total]).toEqual([exact.invites.answered, exact.invites.total]);
        const rates = (r: typeof kept.byChannel) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [v.answered, v.total]]));
        expect(rates(kept.byChannel)).toEqual(rates(exact.byChannel));
        expect(rates(kept.byStep)).toEqual(rates(exact.byStep));
      }),
      { numRuns: 300 },
    );
  });
});
