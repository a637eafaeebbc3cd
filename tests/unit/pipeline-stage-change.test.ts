import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, newLeadPipeline } from '../../lib/pipeline/defaults';
import { StageChangeSchema, type PipelineSettings, type StageChange } from '../../lib/pipeline/schema';
import { changeStage, isClosed, reactivate, stageOf, timeInStage, weightedValue, type StageChangeResult } from '../../lib/pipeline/stage-change';
import { LeadSchema, type Lead } from '../../lib/schema/records';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function makeLead(overrides: Partial<Lead> = {}): Lead {
  return LeadSchema.parse({
    id: 'lead-0001',
    fullName: 'Ann Lee',
    source: 'linkedin',
    words: ['ann', 'lee'],
    tags: [],
    editedFields: [],
    createdAt: T0,
    updatedAt: T0,
    score: 0,
    scoreLabel: 'cold',
    labelByHand: false,
    scoreHistory: [],
    activitySummary: {},
    ...newLeadPipeline(T0),
    ...overrides,
  });
}

function expectOk(result: StageChangeResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  // Whatever comes back must be storable as is.
  expect(() => LeadSchema.parse(result.lead)).not.toThrow();
  expect(() => StageChangeSchema.parse({ ...result.change, id: 'change-0001' })).not.toThrow();
  return result;
}

/** Run a sequence of moves, collecting the history as the store would. */
function history(lead: Lead, steps: ((lead: Lead, at: number) => StageChangeResult)[], start = T0): { lead: Lead; entries: StageChange[] } {
  const entries: StageChange[] = [];
  let current = lead;
  steps.forEach((step, i) => {
    const result = expectOk(step(current, start + (i + 1) * DAY));
    current = result.lead;
    entries.push({ ...result.change, id: `change-${String(i).padStart(4, '0')}` });
  });
  return { lead: current, entries };
}

describe('changeStage', () => {
  it('moves a lead to an open stage, stamps the time and records a "change" entry', () => {
    const lead = makeLead();
    const now = T0 + DAY;
    const result = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'discovery', now, {}));
    expect(result.lead.stageId).toBe('discovery');
    expect(result.lead.stageChangedAt).toBe(now);
    expect(result.lead.updatedAt).toBe(now);
    expect(result.change).toEqual({ leadId: 'lead-0001', at: now, fromStage: 'new', toStage: 'discovery', kind: 'change', reason: undefined });
    // The input lead is untouched.
    expect(lead.stageId).toBe('new');
  });

  it('records every move of a lead in order', () => {
    const { lead, entries } = history(makeLead(), [
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'discovery', at, {}),
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'qualified', at, {}),
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'demo', at, { reason: 'Demo booked' }),
    ]);
    expect(entries.map((e) => [e.fromStage, e.toStage, e.kind])).toEqual([
      ['new', 'discovery', 'change'],
      ['discovery', 'qualified', 'change'],
      ['qualified', 'demo', 'change'],
    ]);
    expect(entries[2]!.reason).toBe('Demo booked');
    expect(entries.map((e) => e.at)).toEqual([T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]);
    expect(lead.stageId).toBe('demo');
  });

  it('refuses an unknown stage and the stage the lead is already in', () => {
    const lead = makeLead({ stageId: 'demo' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'nope', T0, {})).toEqual({ ok: false, error: 'unknown-stage' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'demo', T0, {})).toEqual({ ok: false, error: 'same-stage' });
  });

  it('needs a final value to mark a deal won, and records it with the currency', () => {
    const lead = makeLead({ stageId: 'negotiation' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'won', T0 + DAY, {})).toEqual({ ok: false, error: 'needs-value' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'won', T0 + DAY, { value: -1 })).toEqual({ ok: false, error: 'bad-value' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'won', T0 + DAY, { value: Number.NaN })).toEqual({ ok: false, error: 'bad-value' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'won', T0 + DAY, { value: 2e12 })).toEqual({ ok: false, error: 'bad-value' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'won', T0 + DAY, { value: 10, currency: 'dollars' })).toEqual({ ok: false, error: 'bad-value' });

    const won = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'won', T0 + DAY, { value: 12_500 }));
    expect(won.change).toMatchObject({ kind: 'won', fromStage: 'negotiation', toStage: 'won', value: 12_500, currency: 'USD' });
    expect(won.lead).toMatchObject({ stageId: 'won', dealValue: 12_500, currency: 'USD' });
  });

  it("uses the lead's currency before the pipeline's, and a given currency before both", () => {
    const lead = makeLead({ stageId: 'trial', dealValue: 900, currency: 'PLN' });
    expect(expectOk(changeStage(lead, DEFAULT_PIPELINE, 'won', T0, { value: 1000 })).change).toMatchObject({ value: 1000, currency: 'PLN' });
    const eur = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'won', T0, { value: 1000, currency: 'EUR' }));
    expect(eur.change.currency).toBe('EUR');
    expect(eur.lead.currency).toBe('EUR');
  });

  it('needs a reason to mark a deal lost, and keeps the current value in the entry', () => {
    const lead = makeLead({ stageId: 'demo', dealValue: 4000 });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'lost', T0, {})).toEqual({ ok: false, error: 'needs-reason' });
    expect(changeStage(lead, DEFAULT_PIPELINE, 'lost', T0, { reason: '  \u200b \n ' })).toEqual({ ok: false, error: 'needs-reason' });
    const lost = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'lost', T0 + DAY, { reason: '  Went with a competitor ' }));
    expect(lost.change).toMatchObject({ kind: 'lost', fromStage: 'demo', toStage: 'lost', reason: 'Went with a competitor', value: 4000, currency: 'USD' });
    expect(lost.lead).toMatchObject({ stageId: 'lost', lostReason: 'Went with a competitor', dealValue: 4000 });
  });

  it('records no value for a lost lead that never had one', () => {
    const lost = expectOk(changeStage(makeLead(), DEFAULT_PIPELINE, 'lost', T0, { reason: 'No budget' }));
    expect(lost.change.value).toBeUndefined();
    expect(lost.change.currency).toBeUndefined();
  });

  it('does not let a lost lead back into an open stage except by reactivation', () => {
    const lead = makeLead({ stageId: 'lost', lostReason: 'No budget' });
    for (const to of ['new', 'discovery', 'negotiation']) {
      expect(changeStage(lead, DEFAULT_PIPELINE, to, T0, {})).toEqual({ ok: false, error: 'use-reactivate' });
    }
    // A lost deal that is won after all may be recorded as won.
    const won = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'won', T0, { value: 500 }));
    expect(won.change.kind).toBe('won');
    expect(won.lead.lostReason).toBeUndefined();
  });

  it('lets a won lead move back to an open stage (a mistaken win) as a plain change', () => {
    const lead = makeLead({ stageId: 'won', dealValue: 3000 });
    const back = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'negotiation', T0, {}));
    expect(back.change).toMatchObject({ kind: 'change', fromStage: 'won', toStage: 'negotiation' });
    expect(back.lead.dealValue).toBe(3000);
  });

  it('moves a lead whose stage no longer exists', () => {
    const lead = makeLead({ stageId: 'removed-stage' });
    const moved = expectOk(changeStage(lead, DEFAULT_PIPELINE, 'qualified', T0, {}));
    expect(moved.change).toMatchObject({ fromStage: 'removed-stage', toStage: 'qualified', kind: 'change' });
  });

  it('cleans hostile text out of a reason', () => {
    const lost = expectOk(changeStage(makeLead(), DEFAULT_PIPELINE, 'lost', T0, { reason: 'Price\u202e<b>x</b>\u0000' }));
    expect(lost.change.reason).toBe('Price<b>x</b>');
  });
});

describe('reactivate', () => {
  it('sends a lost lead to the top of the funnel, counts it and records a "reactivated" entry', () => {
    const { lead, entries } = history(makeLead(), [
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'demo', at, {}),
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'lost', at, { reason: 'Timing' }),
      (l, at) => reactivate(l, DEFAULT_PIPELINE, at, 'New budget year'),
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'lost', at, { reason: 'Timing again' }),
      (l, at) => reactivate(l, DEFAULT_PIPELINE, at),
    ]);
    expect(lead).toMatchObject({ stageId: 'new', reactivations: 2, stageChangedAt: T0 + 5 * DAY });
    expect(lead.lostReason).toBeUndefined();
    expect(entries.map((e) => e.kind)).toEqual(['change', 'lost', 'reactivated', 'lost', 'reactivated']);
    expect(entries[2]).toMatchObject({ fromStage: 'lost', toStage: 'new', reason: 'New budget year', at: T0 + 3 * DAY });
    // "Rescued" leads are counted from the entries.
    expect(entries.filter((e) => e.kind === 'reactivated')).toHaveLength(2);
  });

  it('only reactivates a lost lead', () => {
    expect(reactivate(makeLead({ stageId: 'demo' }), DEFAULT_PIPELINE, T0)).toEqual({ ok: false, error: 'not-lost' });
    expect(reactivate(makeLead({ stageId: 'won', dealValue: 1 }), DEFAULT_PIPELINE, T0)).toEqual({ ok: false, error: 'not-lost' });
    expect(reactivate(makeLead({ stageId: 'gone' }), DEFAULT_PIPELINE, T0)).toEqual({ ok: false, error: 'not-lost' });
  });

  it('goes to the pipeline\'s "new" stage whatever it is called', () => {
    const pipeline: PipelineSettings = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.map((s) => (s.kind === 'new' ? { ...s, id: 'inbox', name: 'Inbox' } : s)) };
    const result = expectOk(reactivate(makeLead({ stageId: 'lost' }), pipeline, T0));
    expect(result.lead.stageId).toBe('inbox');
  });
});

describe('stageOf, isClosed', () => {
  it('finds stages and tells closed ones apart', () => {
    expect(stageOf(DEFAULT_PIPELINE, 'trial')).toMatchObject({ name: 'Product trial', probability: 60 });
    expect(stageOf(DEFAULT_PIPELINE, 'nope')).toBeUndefined();
    expect(DEFAULT_PIPELINE.stages.filter(isClosed).map((s) => s.id)).toEqual(['won', 'lost']);
  });
});

describe('weightedValue', () => {
  it('counts a deal at its value times its stage probability: 1,000 in trial (60 %) is 600', () => {
    expect(weightedValue({ stageId: 'trial', dealValue: 1000 }, DEFAULT_PIPELINE)).toBe(600);
    expect(weightedValue({ stageId: 'discovery', dealValue: 1000 }, DEFAULT_PIPELINE)).toBe(100);
    expect(weightedValue({ stageId: 'won', dealValue: 1000 }, DEFAULT_PIPELINE)).toBe(1000);
    expect(weightedValue({ stageId: 'lost', dealValue: 1000 }, DEFAULT_PIPELINE)).toBe(0);
    expect(weightedValue({ stageId: 'demo', dealValue: 333.33 }, DEFAULT_PIPELINE)).toBe(133.33);
  });

  it('a won deal counts whole and a lost one not at all, whatever probability a restored pipeline gives their stages', () => {
    const odd = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.map((s) => (s.kind === 'won' ? { ...s, probability: 90 } : s.kind === 'lost' ? { ...s, probability: 10 } : s)) };
    expect(weightedValue({ stageId: 'won', dealValue: 1000 }, odd)).toBe(1000);
    expect(weightedValue({ stageId: 'lost', dealValue: 1000 }, odd)).toBe(0);
  });

  it('is 0 without a value or in a stage that no longer exists', () => {
    expect(weightedValue({ stageId: 'trial', dealValue: undefined }, DEFAULT_PIPELINE)).toBe(0);
    expect(weightedValue({ stageId: 'gone', dealValue: 1000 }, DEFAULT_PIPELINE)).toBe(0);
  });
});

describe('timeInStage', () => {
  const entry = (id: string, leadId: string, at: number, fromStage: string | undefined, toStage: string): StageChange => ({ id, leadId, at, fromStage, toStage, kind: 'change' });

  it('adds up the time between entries per stage, the last stage lasting until now', () => {
    const history = [
      entry('h-000001', 'lead-a', T0, undefined, 'new'),
      entry('h-000002', 'lead-a', T0 + 2 * HOUR, 'new', 'discovery'),
      entry('h-000003', 'lead-b', T0 + 3 * HOUR, 'new', 'demo'),
      entry('h-000004', 'lead-a', T0 + 5 * HOUR, 'discovery', 'demo'),
      entry('h-000005', 'lead-a', T0 + 6 * HOUR, 'demo', 'discovery'),
    ];
    expect(timeInStage(history, 'lead-a', T0 + 10 * HOUR)).toEqual({ new: 2 * HOUR, discovery: 3 * HOUR + 4 * HOUR, demo: HOUR });
    expect(timeInStage(history, 'lead-b', T0 + 10 * HOUR)).toEqual({ demo: 7 * HOUR });
    expect(timeInStage(history, 'lead-c', T0)).toEqual({});
  });

  it('orders entries by time and never counts negative time', () => {
    const history = [entry('h-000002', 'lead-a', T0 + HOUR, 'new', 'demo'), entry('h-000001', 'lead-a', T0, undefined, 'new')];
    expect(timeInStage(history, 'lead-a', T0 + 3 * HOUR)).toEqual({ new: HOUR, demo: 2 * HOUR });
    expect(timeInStage(history, 'lead-a', T0)).toEqual({ new: HOUR, demo: 0 });
  });

  it('works on the entries changeStage produces', () => {
    const { entries } = history(makeLead(), [
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'discovery', at, {}),
      (l, at) => changeStage(l, DEFAULT_PIPELINE, 'trial', at, {}),
    ]);
    expect(timeInStage(entries, 'lead-0001', T0 + 5 * DAY)).toEqual({ discovery: DAY, trial: 3 * DAY });
  });
});
