/**
 * Properties the engine keeps on ANY rule set the schema accepts and ANY lead:
 * it never throws, the total is exactly the sum of the parts shown (compared in
 * tenths, as integers), the label agrees with the thresholds, disabled rules
 * never appear, caps hold, and the answer does not depend on how it was asked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../lib/schema/records';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { createScorer, labelFor, scoreLead } from '../../lib/scoring/engine';
import { FIT_TEXT_FIELDS, RuleSetSchema, SENIORITIES, type Condition, type RuleSet, type ScoringInput } from '../../lib/scoring/schema';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const RUNS = 300;

// ---- arbitraries -------------------------------------------------------------

const realisticTerm = fc.constantFrom(
  'sales', 'Head of Sales', 'vp', 'Dyrektor Sprzedaży', 'ŁÓDŹ', 'poland', 'software', '51-200', '10,001+', 'inaccurate data', 'c-level',
  'manager', 'entry', '@acme.com', '+48', 'linkedin', 'Geschäftsführer', 'Генеральный директор', 'x', '\u0301', 'SMB',
);
/** What the schema's `term` accepts: 1-100 characters after trimming. */
const term = fc.oneof(
  { weight: 4, arbitrary: realisticTerm },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0) },
);
const terms = (max: number) => fc.array(term, { minLength: 1, maxLength: max });

const textCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...FIT_TEXT_FIELDS), fc.constantFrom('equals' as const, 'contains' as const, 'startsWith' as const), fc.oneof(term, fc.constantFrom(...SENIORITIES)))
    .map(([field, op, value]): Condition => {
      // One branch per operator: the schema's condition type is a union discriminated by `op`.
      if (op === 'equals') return { kind: 'text', field, op, value };
      if (op === 'contains') return { kind: 'text', field, op, value };
      return { kind: 'text', field, op, value };
    }),
  fc.record({ kind: fc.constant('text' as const), field: fc.constantFrom(...FIT_TEXT_FIELDS), op: fc.constant('isOneOf' as const), values: terms(5) }),
  fc.record({ kind: fc.constant('text' as const), field: fc.constantFrom(...FIT_TEXT_FIELDS), op: fc.constantFrom('isEmpty' as const, 'isNotEmpty' as const) }),
);
const bound = fc.oneof(fc.integer({ min: -10, max: 20_000 }), fc.double({ min: -1e12, max: 1e12, noNaN: true }));
const numberCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ kind: fc.constant('number' as const), field: fc.constant('companySize' as const), op: fc.constantFrom('greaterThan' as const, 'lessThan' as const), value: bound }),
  fc
    .tuple(bound, bound)
    .map(([a, b]): Condition => ({ kind: 'number', field: 'companySize', op: 'between', min: Math.min(a, b), max: Math.max(a, b) })),
);
const activityCondition: fc.Arbitrary<Condition> = fc.record({
  kind: fc.constant('activity' as const),
  activity: fc.constantFrom(...ACTIVITY_KINDS),
  atLeast: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 1000 }) }),
  withinDays: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(7, 30, 90, 365) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3650 }) }),
});
const condition: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 3, arbitrary: textCondition },
  { weight: 1, arbitrary: numberCondition },
  { weight: 1, arbitrary: fc.constant({ kind: 'persona' as const }) },
  { weight: 3, arbitrary: activityCondition },
);

const rule = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    name: fc.constantFrom('A rule', 'Pricing', 'Opened', 'Persona'),
    enabled: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    condition,
    points: fc.oneof(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -1000, max: 1000 })),
    per: fc.constantFrom('match' as const, 'occurrence' as const),
    cap: fc.integer({ min: 1, max: 100_000 }),
  },
  { requiredKeys: ['id', 'name', 'enabled', 'condition', 'points', 'per'] },
);

const ruleSet: fc.Arbitrary<RuleSet> = fc
  .record({
    rules: fc.uniqueArray(rule, { maxLength: 12, size: 'medium', selector: (r) => r.id }),
    persona: fc.record({
      name: fc.constant('Persona'),
      titles: fc.array(term, { maxLength: 4 }),
      industries: fc.array(term, { maxLength: 2 }),
      sizeBands: fc.array(fc.oneof(fc.constantFrom('51-200', '201-500', '10,001+', '2-10', '51-1000', 'SMB'), term), { maxLength: 3 }),
      locations: fc.array(term, { maxLength: 2 }),
    }),
    decay: fc.record({
      enabled: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      quietDays: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(1, 7, 30) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3650 }) }),
      weeklyLossPercent: fc.oneof(fc.constantFrom(0, 10, 25, 100), fc.double({ min: 0, max: 100, noNaN: true })),
    }),
    thresholds: fc
      .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 60 }))
      .chain(([a, b, small, gap]) =>
        fc.constantFrom(
          // Equal draws are moved apart inside the schema's range (100,000 + 1 was refused by it).
          a === b ? (a < 100_000 ? { mql: a, sql: a + 1 } : { mql: a - 1, sql: a }) : { mql: Math.min(a, b), sql: Math.max(a, b) },
          { mql: small, sql: Math.min(100_000, small + gap) },
        ),
      ),
  })
  // The property is about rule sets the schema accepts: parse (which also trims terms).
  .map((raw) => RuleSetSchema.parse(raw));

const hostileText = fc.oneof(
  { weight: 4, arbitrary: realisticTerm },
  { weight: 2, arbitrary: fc.tuple(realisticTerm, realisticTerm).map(([a, b]) => `${a} ${b}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('', '   ', '201-500 employees', '10,001+ employees', '51–200 pracowników', 'x'.repeat(5000), '\u202Eevil', 'CEO & Co-Founder', 'Kierownik działu'),
  },
);
const time = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: NOW - 400 * DAY, max: NOW }) },
  { weight: 1, arbitrary: fc.integer({ min: NOW, max: NOW + 30 * DAY }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -1, NOW - 90 * DAY, NOW - 30 * DAY) },
  { weight: 1, arbitrary: fc.double() },
);
const input: fc.Arbitrary<ScoringInput> = fc.record(
  {
    title: hostileText,
    headline: hostileText,
    companyName: hostileText,
    industry: hostileText,
    sizeBand: hostileText,
    location: hostileText,
    source: hostileText,
    email: hostileText,
    phone: hostileText,
    tags: fc.array(hostileText, { maxLength: 6 }),
    activity: fc.dictionary(fc.constantFrom(...ACTIVITY_KINDS), fc.array(time, { maxLength: 12 }), { maxKeys: ACTIVITY_KINDS.length, size: 'medium' }),
  },
  { requiredKeys: ['tags', 'activity'] },
);
const now = fc.oneof({ weight: 8, arbitrary: fc.constant(NOW) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 4e12 }) }, { weight: 1, arbitrary: fc.double() });

// ---- properties --------------------------------------------------------------

const tenths = (points: number) => Math.round(points * 10);

describe('scoreLead on random rule sets and leads', () => {
  it('never throws, and the total is exactly the sum of the parts shown', () => {
    fc.assert(
      fc.property(ruleSet, input, now, (rules, lead, at) => {
        const result = scoreLead(lead, rules, at);
        expect(Number.isFinite(result.total)).toBe(true);
        let sum = 0;
        for (const c of result.contributions) {
          // Each part is a whole number of tenths…
          expect(Math.abs(c.points * 10 - tenths(c.points))).toBeLessThan(1e-6);
          sum += tenths(c.points);
        }
        // …and the total is their sum, to the last digit.
        expect(tenths(result.total)).toBe(sum);
        expect(result.total).toBe(sum / 10);
      }),
      { numRuns: RUNS },
    );
  });

  it('labels by the thresholds', () => {
    fc.assert(
      fc.property(ruleSet, input, now, (rules, lead, at) => {
        const { total, label } = scoreLead(lead, rules, at);
        expect(label).toBe(labelFor(total, rules.thresholds));
        expect(label).toBe(total >= rules.thresholds.sql ? 'sql' : total >= rules.thresholds.mql ? 'mql' : 'cold');
      }),
      { numRuns: RUNS },
    );
  });

  it('lists only enabled rules, once each, in rule order, within their caps', () => {
    fc.assert(
      fc.property(ruleSet, input, now, (rules, lead, at) => {
        const result = scoreLead(lead, rules, at);
        const enabled = rules.rules.filter((r) => r.enabled);
        const order = new Map(enabled.map((r, i) => [r.id, i]));
        let previous = -1;
        for (const c of result.contributions) {
          const index = order.get(c.ruleId);
          expect(index, `disabled or unknown rule ${c.ruleId} listed`).toBeDefined();
          expect(index!).toBeGreaterThan(previous);
          previous = index!;
          const r = enabled[index!]!;
          expect(c.name).toBe(r.name);
          if (r.cap !== undefined) expect(Math.abs(c.points)).toBeLessThanOrEqual(r.cap);
          if (c.category === 'fit') {
            expect(r.condition.kind).not.toBe('activity');
            expect(c.decay).toBeUndefined();
            expect(c.occurrences).toBeUndefined();
            expect(c.points).toBe(c.capped ? Math.sign(r.points) * r.cap! : r.points);
          } else {
            expect(r.condition.kind).toBe('activity');
            expect(c.decay).toBeGreaterThanOrEqual(0);
            expect(c.decay).toBeLessThanOrEqual(1);
            if (r.condition.kind === 'activity') expect(c.occurrences).toBeGreaterThanOrEqual(r.condition.atLeast);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fits the persona exactly when every specified part matched', () => {
    fc.assert(
      fc.property(ruleSet, input, (rules, lead) => {
        const { persona } = scoreLead(lead, rules, NOW);
        expect(persona.fits).toBe(persona.parts.length > 0 && persona.parts.every((p) => p.matched));
        const specified = (['titles', 'industries', 'sizeBands', 'locations'] as const).filter((part) => rules.persona[part].length > 0);
        expect(persona.parts.map((p) => p.part)).toEqual(specified);
        for (const p of persona.parts) if (p.matched) expect(rules.persona[p.part]).toContain(p.term);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same answer through createScorer, and on a second call', () => {
    fc.assert(
      fc.property(ruleSet, fc.array(input, { minLength: 1, maxLength: 4 }), now, (rules, leads, at) => {
        const scorer = createScorer(rules);
        for (const lead of leads) {
          const once = scoreLead(lead, rules, at);
          expect(scorer(lead, at)).toEqual(once);
          expect(scoreLead(structuredClone(lead), structuredClone(rules), at)).toEqual(once);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('turning a rule off removes exactly its contribution', () => {
    fc.assert(
      fc.property(ruleSet, input, fc.nat(), (rules, lead, pick) => {
        fc.pre(rules.rules.length > 0);
        const index = pick % rules.rules.length;
        const off: RuleSet = { ...rules, rules: rules.rules.map((r, i) => (i === index ? { ...r, enabled: false } : r)) };
        const before = scoreLead(lead, rules, NOW);
        const after = scoreLead(lead, off, NOW);
        const id = rules.rules[index]!.id;
        expect(after.contributions).toEqual(before.contributions.filter((c) => c.ruleId !== id));
      }),
      { numRuns: RUNS },
    );
  });

  it('with the default rules, a new engagement today never lowers the score', () => {
    const engaged = fc.record({
      title: fc.constantFrom('Head of Sales', 'VP of Sales', 'Software Engineer', 'Dyrektor Sprzedaży'),
      sizeBand: fc.constantFrom('51-200 employees', '201-500 employees', '10,001+ employees'),
      tags: fc.subarray(['inaccurate data', 'vip']),
      activity: fc.dictionary(
        fc.constantFrom('pricing-visited', 'email-opened', 'link-clicked', 'note'),
        fc.array(fc.integer({ min: NOW - 200 * DAY, max: NOW }), { maxLength: 8 }),
      ),
    });
    fc.assert(
      fc.property(engaged, fc.constantFrom('pricing-visited' as const, 'email-opened' as const, 'link-clicked' as const), (lead, kind) => {
        const before = scoreLead(lead, DEFAULT_RULESET, NOW);
        const more: ScoringInput = { ...lead, activity: { ...lead.activity, [kind]: [...(lead.activity[kind] ?? []), NOW] } };
        const after = scoreLead(more, DEFAULT_RULESET, NOW);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(tenths(after.total)).toBe(after.contributions.reduce((sum, c) => sum + tenths(c.points), 0));
      }),
      { numRuns: RUNS },
    );
  });
});
