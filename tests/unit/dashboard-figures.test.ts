/**
 * The dashboard's figures beyond velocity, read from the kept figure rows
 * (lib/metrics/figures): a small hand-built pipeline with every figure computed
 * by hand, the empty case, acquisition cost and lifetime value, and properties
 * over random leads. Each lead's history is what it has been through (`reached`,
 * which the write layer keeps on the lead).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acquisitionCost, lifetimeValue } from '../../lib/metrics/dashboard';
import { figuresOf } from '../../lib/metrics/figures/contributions';
import { dashboardFigures, type DashboardFigures } from '../../lib/metrics/figures/read';
import { rowsOfDelta } from './helpers/figures';
import { dayNumber } from '../../lib/metrics/daily-totals';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import type { StageChange } from '../../lib/pipeline/schema';
import { LeadSchema, type Lead } from '../../lib/schema/records';
import { leadRecord } from './helpers/lead';

const DAY = 86_400_000;
/** Local noon, so whole days back never cross a calendar-day edge (even over DST). */
const NOW = new Date(2026, 2, 15, 12, 0, 0).getTime();
/** The last 30 local days, today included. */
const WINDOW = { from: dayNumber(NOW) - 29, to: dayNumber(NOW) };
const STEP_IDS = ['new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation', 'won'];

function lead(id: string, stageId: string, extra: Record<string, unknown> = {}): Lead {
  const createdAt = NOW - 100 * DAY;
  return LeadSchema.parse(
    leadRecord({ id, fullName: `Lead ${id}`, source: 'manual', words: ['lead', id], createdAt, updatedAt: NOW, stageId, stageChangedAt: NOW - 50 * DAY, ...extra }),
  );
}

type Move = Pick<StageChange, 'leadId' | 'fromStage' | 'toStage'>;
/** The history of a lead walking through `stages` in order (the first entry has no fromStage). */
function path(leadId: string, ...stages: string[]): Move[] {
  return stages.map((toStage, i) => ({ leadId, fromStage: i === 0 ? undefined : stages[i - 1], toStage }));
}

/** The figures as the dashboard reads them: the leads (with the stages their history went through) counted into kept rows, then read. */
function figures(history: Move[], leads: Lead[], pipeline = DEFAULT_PIPELINE, window = WINDOW): DashboardFigures {
  const reached = new Map<string, string[]>();
  for (const entry of history) reached.set(entry.leadId, [...(reached.get(entry.leadId) ?? []), ...(entry.fromStage ? [entry.fromStage] : []), entry.toStage]);
  const kept = leads.map((l) => ({ ...l, reached: [...(reached.get(l.id) ?? []), l.stageId] }));
  const { totals, put } = rowsOfDelta(
    figuresOf(kept, () => []),
    NOW,
  );
  return dashboardFigures(totals, put.days, pipeline, window, NOW);
}

/** `n` times, a day apart, the latest a day before `before`. */
const times = (n: number, before = NOW) => Array.from({ length: n }, (_, i) => before - (i + 1) * DAY);

/**
 * Ten leads, USD pipeline, window = last 30 days. Furthest step reached (history or current stage):
 *   L01 new (no history)                             → new
 *   L02 new→discovery→qualified→demo, now demo        → demo
 *   L03 trial, no history                             → trial
 *   L04 discovery, no history                         → discovery
 *   L05 walked every stage to won, won 5 days ago     → won
 *   L06 won on the window's first day, reactivated    → won
 *   L07 won 30 days ago (the day before the window)   → won
 *   L08 new→discovery→negotiation→demo→lost, 2 reactivations → negotiation, lost there
 *   L09 new→lost                                      → new, lost there
 *   L10 new→discovery→trial→lost→discovery (reactivated), now discovery → trial
 */
function knownLeads(): { history: Move[]; leads: Lead[] } {
  const history = [
    ...path('lead-L02', 'new', 'discovery', 'qualified', 'demo'),
    ...path('lead-L05', 'new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation', 'won'),
    ...path('lead-L08', 'new', 'discovery', 'negotiation', 'demo', 'lost'),
    ...path('lead-L09', 'new', 'lost'),
    ...path('lead-L10', 'new', 'discovery', 'trial', 'lost', 'discovery'),
  ];
  const leads = [
    lead('lead-L01', 'new', { email: 'one@example.com', title: 'CEO', dealValue: 500, createdAt: NOW - 10.5 * DAY }),
    lead('lead-L02', 'demo', {
      email: 'two@example.com',
      companyName: 'Acme',
      dealValue: 2_000,
      currency: 'USD',
      createdAt: NOW - 20 * DAY,
      nextStep: { text: 'Call back' },
    }),
    lead('lead-L03', 'trial', { companyName: 'Globex', dealValue: 3_000, currency: 'EUR' }),
    lead('lead-L04', 'discovery', { nextStep: { text: 'Send the deck', dueAt: NOW + DAY } }),
    lead('lead-L05', 'won', {
      email: 'five@example.com',
      title: 'CTO',
      referredBy: 'Anna',
      dealValue: 10_000,
      stageChangedAt: NOW - 5 * DAY,
      // Outbound up to the win: 2 + 1 + 3 + 1 = 7; inbound and notes do not count, nor the onboarding call after the win.
      activitySummary: {
        'invite-sent': times(2, NOW - 5 * DAY),
        'linkedin-message': times(1, NOW - 5 * DAY),
        'email-sent': times(3, NOW - 5 * DAY),
        call: [...times(1, NOW - 5 * DAY), NOW - 2 * DAY],
        'invite-accepted': times(2),
        'reply-received': times(1),
        'meeting-booked': times(1),
        note: times(4),
        captured: times(1),
      },
    }),
    lead('lead-L06', 'won', {
      title: 'VP Sales',
      referredBy: 'Bob',
      dealValue: 1_234.5,
      currency: 'EUR',
      reactivations: 1,
      stageChangedAt: NOW - 29 * DAY,
      activitySummary: { 'email-sent': times(1, NOW - 29 * DAY), call: times(2, NOW - 29 * DAY), 'email-opened': times(3) },
    }),
    lead('lead-L07', 'won', {
      title: 'Founder',
      referredBy: 'Cy',
      dealValue: 500,
      currency: 'USD',
      stageChangedAt: NOW - 30 * DAY,
      activitySummary: { 'invite-sent': times(4, NOW - 30 * DAY) },
    }),
    lead('lead-L08', 'lost', { referredBy: 'Dee', dealValue: 0, reactivations: 2, lostReason: 'Budget' }),
    lead('lead-L09', 'lost', { lostReason: 'Timing' }),
    lead('lead-L10', 'discovery', { reactivations: 1, nextStep: { text: '', dueAt: NOW + DAY } }),
  ];
  return { history, leads };
}

describe('dashboard figures on a hand-computed pipeline', () => {
  const result = () => {
    const { history, leads } = knownLeads();
    return figures(history, leads);
  };

  it('counts every lead', () => {
    expect(result().leads).toBe(10);
  });

  it('funnel: leads reaching each step (from history and the current stage), lost at the furthest step, conversions', () => {
    const { funnel, worstStep } = result();
    expect(funnel.map((f) => f.stageId)).toEqual(STEP_IDS);
    expect(funnel.map((f) => f.reached)).toEqual([10, 8, 7, 7, 6, 4, 3]);
    // L09 was lost from "new"; L08 was lost from demo but had reached negotiation before.
    // L10 was lost from trial but is open again, so it is not lost anywhere.
    expect(funnel.map((f) => f.lostHere)).toEqual([1, 0, 0, 0, 0, 1, 0]);
    const conversions = funnel.map((f) => f.conversion);
    expect(conversions[0]).toBe(8 / 10);
    expect(conversions[1]).toBe(7 / 8);
    expect(conversions[2]).toBe(1);
    expect(conversions[3]).toBe(6 / 7);
    expect(conversions[4]).toBe(4 / 6);
    expect(conversions[5]).toBe(3 / 4);
    expect(conversions[6]).toBeUndefined();
    // trial → negotiation (4 of 6) is the lowest share going on.
    expect(worstStep).toBe('trial');
  });

  it('lost is never a funnel step, and history into a stage that is not a step is ignored', () => {
    const { funnel } = figures([...path('lead-X01', 'new', 'lost'), { leadId: 'lead-X01', fromStage: 'lost', toStage: 'gone-stage' }], [lead('lead-X01', 'lost')]);
    expect(funnel.map((f) => f.reached)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(funnel.map((f) => f.lostHere)).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it('rescued leads: reactivated ones, how many progressed (open or won, not lost again) and how many were won', () => {
    // L06 (won), L08 (lost again), L10 (open in discovery).
    expect(result().rescued).toEqual({ count: 3, progressed: 2, won: 1 });
  });

  it('referrals: count, won, and revenue per currency (no currency = the pipeline currency)', () => {
    // L05 10,000 (no currency → USD) + L07 500 USD; L06 1,234.50 EUR; L08 referred but lost.
    expect(result().referrals).toEqual({ count: 4, won: 3, revenue: { USD: 10_500, EUR: 1_234.5 } });
  });

  it('a won referral with no currency counts in whatever currency the pipeline uses', () => {
    const { leads } = knownLeads();
    const pln = figures([], leads, { ...DEFAULT_PIPELINE, currency: 'PLN' });
    expect(pln.referrals.revenue).toEqual({ PLN: 10_000, USD: 500, EUR: 1_234.5 });
  });

  it('data completeness: the share of leads with each field; for the next step, of open leads (a closed deal has none to take)', () => {
    expect(result().completeness).toEqual({
      email: 3 / 10, // L01, L02, L05
      title: 4 / 10, // L01, L05, L06, L07
      company: 2 / 10, // L02, L03
      dealValue: 7 / 10, // L01, L02, L03, L05, L06, L07, and L08's 0 (a value of zero is still a value)
      // Open: L01, L02, L03, L04, L10 (L05–L07 won, L08 and L09 lost). L02 and L04 have one; L10 a due date but no text.
      nextStep: 2 / 5,
    });
  });

  it('touches per won deal: outbound touches up to the win, of deals won inside the window only', () => {
    // L05 (7 outbound) and L06 (3, won on the window's first day); L07 closed the day before the window.
    expect(result().touchesPerWon).toBe((7 + 3) / 2);
  });

  it('touches per won deal: the window is in local days, both ends included', () => {
    const { leads } = knownLeads();
    // A window of the single day L07 was won on: only its 4 invites count.
    const day = dayNumber(NOW - 30 * DAY);
    expect(figures([], leads, DEFAULT_PIPELINE, { from: day, to: day }).touchesPerWon).toBe(4);
    // From that day to 6 days ago: L07 and L06, not L05 (won 5 days ago).
    expect(figures([], leads, DEFAULT_PIPELINE, { from: day, to: dayNumber(NOW - 6 * DAY) }).touchesPerWon).toBe((3 + 4) / 2);
  });

  it('touches per won deal is undefined when nothing was won in the window', () => {
    const { leads } = knownLeads();
    const future = { from: dayNumber(NOW) + 1, to: dayNumber(NOW) + 30 };
    expect(figures([], leads, DEFAULT_PIPELINE, future).touchesPerWon).toBeUndefined();
    expect(figures([], leads.filter((l) => l.stageId !== 'won')).touchesPerWon).toBeUndefined();
  });

  it('open deals: only open (or new) leads with a value in the pipeline currency, with their age in days', () => {
    // L01 (new, 500, no currency → USD) and L02 (demo, 2,000 USD); not L03 (EUR), L04/L10 (no value), won or lost deals.
    // Kept by creation day: one entry per day, in day order, with the mean age of that day's deals.
    expect(result().openDeals).toEqual([
      { value: 2_000, ageDays: 20 },
      { value: 500, ageDays: 10.5 },
    ]);
    expect(result().openDealCount).toBe(2);
  });

  it('open deals: a lead created after `now` (clock skew) is zero days old, not negative', () => {
    const { openDeals } = figures([], [lead('lead-F01', 'demo', { dealValue: 100, createdAt: NOW + DAY })]);
    expect(openDeals).toEqual([{ value: 100, ageDays: 0 }]);
  });
});

describe('dashboard figures with nothing added', () => {
  it('gives zeros and undefined, never NaN', () => {
    const empty = figures([], []);
    expect(empty).toEqual({
      leads: 0,
      funnel: STEP_IDS.map((stageId) => ({ stageId, reached: 0, lostHere: 0, conversion: undefined })),
      worstStep: undefined,
      rescued: { count: 0, progressed: 0, won: 0 },
      referrals: { count: 0, won: 0, revenue: {} },
      completeness: { email: 0, title: 0, company: 0, dealValue: 0, nextStep: 0 },
      touchesPerWon: undefined,
      openDeals: [],
      openDealCount: 0,
    });
    const numbers: number[] = [];
    JSON.stringify(empty, (_key, value: unknown) => {
      if (typeof value === 'number') numbers.push(value);
      return value;
    });
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});

describe('customer acquisition cost', () => {
  it('is the spend over the window divided by the deals won', () => {
    expect(acquisitionCost(3_000, 90, 3)).toBe(3_000);
    expect(acquisitionCost(1_500, 30, 4)).toBe(375);
    expect(acquisitionCost(0, 90, 3)).toBe(0);
  });

  it('is undefined with no spend entered or no deal won', () => {
    expect(acquisitionCost(undefined, 90, 3)).toBeUndefined();
    expect(acquisitionCost(3_000, 90, 0)).toBeUndefined();
  });
});

describe('customer lifetime value', () => {
  it('is the average deal × margin × purchases per year × years', () => {
    expect(lifetimeValue(1_000, { marginPercent: 50, purchasesPerYear: 2, retentionYears: 3 })).toBe(3_000);
    expect(lifetimeValue(1_000, { marginPercent: 0 })).toBe(0);
  });

  it('defaults to 100 % margin, one purchase a year, one year', () => {
    expect(lifetimeValue(1_000, {})).toBe(1_000);
    expect(lifetimeValue(1_000, { marginPercent: 60 })).toBe(600);
    expect(lifetimeValue(1_000, { purchasesPerYear: 4 })).toBe(4_000);
    expect(lifetimeValue(1_000, { retentionYears: 2 })).toBe(2_000);
  });

  it('is undefined without an average deal', () => {
    expect(lifetimeValue(undefined, { marginPercent: 50, purchasesPerYear: 2, retentionYears: 3 })).toBeUndefined();
  });
});

// ---- properties ----------------------------------------------------------------

const STAGE_IDS = DEFAULT_PIPELINE.stages.map((s) => s.id);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const randomLead = fc.record({
  stageId: fc.constantFrom(...STAGE_IDS),
  email: maybe(fc.constantFrom('a@example.com', 'b.c@example.org', 'not an e-mail', '')),
  title: maybe(fc.constantFrom('CEO', 'Head of Sales', '', '   ')),
  companyName: maybe(fc.constantFrom('Acme', 'Globex', '')),
  dealValue: maybe(fc.double({ min: 0, max: 1_000_000, noNaN: true })),
  currency: maybe(fc.constantFrom('USD', 'EUR', 'PLN')),
  nextStep: maybe(fc.record({ text: maybe(fc.constantFrom('Call', 'Send deck', '')) })),
  referredBy: maybe(fc.constantFrom('Anna', '')),
  reactivations: fc.nat({ max: 3 }),
  stageDaysAgo: fc.integer({ min: -5, max: 400 }),
  /** Stages the lead went through before (its history). */
  past: fc.array(fc.constantFrom(...STAGE_IDS), { maxLength: 6 }),
});

describe('dashboard figures: properties over random leads', () => {
  it('completeness shares lie in [0, 1], the funnel never grows down the steps, and its first step holds every lead', () => {
    fc.assert(
      fc.property(fc.array(randomLead, { maxLength: 40 }), (specs) => {
        const history: Move[] = [];
        const leads = specs.map(({ past, stageDaysAgo, ...fields }, i) => {
          const id = `prop-${String(i).padStart(4, '0')}`;
          history.push(...path(id, ...past, fields.stageId));
          return lead(id, fields.stageId, { ...fields, stageChangedAt: NOW - stageDaysAgo * DAY });
        });
        const result = figures(history, leads);
        expect(result.leads).toBe(leads.length);
        for (const share of Object.values(result.completeness)) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        expect(result.funnel).toHaveLength(STEP_IDS.length);
        expect(result.funnel[0]!.reached).toBe(leads.length);
        for (let i = 1; i < result.funnel.length; i++) expect(result.funnel[i]!.reached).toBeLessThanOrEqual(result.funnel[i - 1]!.reached);
        // Every lost lead is lost at exactly one step.
        expect(result.funnel.reduce((sum, f) => sum + f.lostHere, 0)).toBe(leads.filter((l) => l.stageId === 'lost').length);
        for (const f of result.funnel) if (f.conversion !== undefined) expect(f.conversion).toBeGreaterThanOrEqual(0);
        if (result.touchesPerWon !== undefined) expect(Number.isFinite(result.touchesPerWon)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
