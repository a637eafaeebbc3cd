/**
 * Decay: engagement points fade after quietDays without any activity, by
 * weeklyLossPercent per week (the first moment past the limit already costs a
 * week's share); fit points never fade.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { DAY_MS, decayFactor, lastActivityAt, WEEK_MS } from '../../lib/scoring/decay';
import { scoreLead } from '../../lib/scoring/engine';
import { RuleSetSchema, type RuleSet, type ScoringInput } from '../../lib/scoring/schema';

const NOW = Date.UTC(2026, 5, 1, 12);
const ON = { enabled: true, quietDays: 30, weeklyLossPercent: 25 };

describe('decayFactor', () => {
  it.each([
    ['active today', 0, 1],
    ['29 days quiet', 29 * DAY_MS, 1],
    ['exactly 30 days quiet', 30 * DAY_MS, 1],
    ['30 days and 1 ms', 30 * DAY_MS + 1, 0.75],
    ['36 days (still the first week)', 36 * DAY_MS, 0.75],
    ['37 days (second week starts)', 37 * DAY_MS, 0.5625],
    ['30 days + 4 weeks', 30 * DAY_MS + 4 * WEEK_MS, 0.75 ** 5],
    ['a year', 365 * DAY_MS, 0.75 ** 48],
  ])('%s → %s', (_, quiet, factor) => {
    expect(decayFactor(NOW - quiet, NOW, ON)).toBeCloseTo(factor, 12);
  });

  it('is 1 when decay is off, when there is no activity, or when the loss is 0 %', () => {
    expect(decayFactor(NOW - 400 * DAY_MS, NOW, { ...ON, enabled: false })).toBe(1);
    expect(decayFactor(undefined, NOW, ON)).toBe(1);
    expect(decayFactor(NOW - 400 * DAY_MS, NOW, { ...ON, weeklyLossPercent: 0 })).toBe(1);
  });

  it('reaches 0 and never goes negative with a 100 % loss', () => {
    expect(decayFactor(NOW - 31 * DAY_MS, NOW, { ...ON, weeklyLossPercent: 100 })).toBe(0);
  });

  it('survives absurd clocks', () => {
    expect(decayFactor(0, Number.MAX_VALUE, ON)).toBe(0);
    expect(decayFactor(NOW, Number.NaN, ON)).toBe(1);
  });
});

describe('lastActivityAt', () => {
  it('takes the latest prospect activity, ignoring the rep\'s own touches, the future and junk', () => {
    const activity = {
      'email-opened': [NOW - 10 * DAY_MS, NOW - 50 * DAY_MS],
      note: [NOW - 3 * DAY_MS],
      'email-sent': [NOW - 2 * DAY_MS],
      'pricing-visited': [NOW + DAY_MS, Number.NaN],
    };
    expect(lastActivityAt(activity, NOW)).toBe(NOW - 10 * DAY_MS);
    expect(lastActivityAt({ ...activity, 'reply-received': [NOW - DAY_MS] }, NOW)).toBe(NOW - DAY_MS);
    expect(lastActivityAt({}, NOW)).toBeUndefined();
    expect(lastActivityAt({ 'email-opened': [NOW + 1] }, NOW)).toBeUndefined();
    expect(lastActivityAt({ 'email-opened': [NOW] }, NOW)).toBe(NOW);
  });
});

describe('decay in the engine', () => {
  const set = (decay = ON): RuleSet =>
    RuleSetSchema.parse({
      rules: [
        { id: 'click', name: 'Clicked', enabled: true, condition: { kind: 'activity', activity: 'link-clicked', atLeast: 1, withinDays: 365 }, points: 4, per: 'occurrence', cap: 12 },
        { id: 'title', name: 'Sales title', enabled: true, condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' }, points: 8, per: 'match' },
      ],
      persona: { name: 'P', titles: [], industries: [], sizeBands: [], locations: [] },
      decay,
      thresholds: { mql: 10, sql: 20 },
    });
  const quietFor = (days: number, clicks = 1, extra: ScoringInput['activity'] = {}): ScoringInput => ({
    title: 'Head of Sales',
    tags: [],
    activity: { 'link-clicked': Array.from({ length: clicks }, () => NOW - days * DAY_MS), ...extra },
  });

  it('before the quiet limit nothing fades', () => {
    const result = scoreLead(quietFor(30), set(), NOW);
    expect(result.contributions).toEqual([
      { ruleId: 'click', name: 'Clicked', points: 4, category: 'engagement', occurrences: 1, decay: 1 },
      { ruleId: 'title', name: 'Sales title', points: 8, category: 'fit' },
    ]);
    expect(result.total).toBe(12);
  });

  it('past it, only engagement fades; fit points stay whole', () => {
    const result = scoreLead(quietFor(31), set(), NOW);
    expect(result.contributions.map((c) => [c.ruleId, c.points, c.decay])).toEqual([
      ['click', 3, 0.75],
      ['title', 8, undefined],
    ]);
    expect(result.total).toBe(11);
  });

  it('several weeks compound', () => {
    // 30 + 2 weeks + 1 day: three weeks' share lost, 4 × 0.75³ = 1.6875 → 1.7.
    const result = scoreLead(quietFor(30 + 14 + 1), set(), NOW);
    expect(result.contributions[0]).toMatchObject({ points: 1.7, decay: 0.421875 });
    expect(result.total).toBe(9.7);
  });

  it('the cap applies before decay, so a capped rule still shows its fade', () => {
    const result = scoreLead(quietFor(31, 5), set(), NOW);
    expect(result.contributions[0]).toMatchObject({ points: 9, capped: true, occurrences: 5, decay: 0.75 });
  });

  it('a later prospect activity, even of a kind no rule scores, keeps engagement fresh', () => {
    const result = scoreLead(quietFor(60, 1, { 'invite-accepted': [NOW - DAY_MS] }), set(), NOW);
    expect(result.contributions[0]).toMatchObject({ points: 4, decay: 1 });
  });

  it('the rep\'s own touches do not keep a silent lead warm', () => {
    const result = scoreLead(quietFor(60, 1, { note: [NOW - DAY_MS], 'email-sent': [NOW - DAY_MS] }), set(), NOW);
    expect(result.contributions[0]?.decay).toBeLessThan(1);
  });

  it('disabled decay never fades', () => {
    const result = scoreLead(quietFor(300), set({ ...ON, enabled: false }), NOW);
    expect(result.contributions[0]).toMatchObject({ points: 4, decay: 1 });
  });

  it('with the default rules, the seed lead drops from SQL to MQL after five quiet weeks', () => {
    const lead = (quietDays: number): ScoringInput => ({
      title: 'Head of Sales',
      sizeBand: '51-200 employees',
      tags: [],
      activity: {
        'pricing-visited': [NOW - quietDays * DAY_MS],
        'email-opened': [NOW - quietDays * DAY_MS, NOW - quietDays * DAY_MS],
        'link-clicked': [NOW - quietDays * DAY_MS],
      },
    });
    expect(scoreLead(lead(1), DEFAULT_RULESET, NOW)).toMatchObject({ total: 20, label: 'sql' });
    // 35 days: one week's share gone: 7.5 + 1.5 + 2.3 + 5 = 16.3.
    expect(scoreLead(lead(35), DEFAULT_RULESET, NOW)).toMatchObject({ total: 16.3, label: 'mql' });
  });
});
