/**
 * The scoring engine, operator by operator: text conditions (case, accents,
 * tags, missing values), number conditions on the company size, engagement
 * windows, per match / per occurrence, caps, rounding, thresholds, the default
 * rule set and the seed's example lead (10 + 2 + 3 + 5 = 20, SQL).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULESET, defaultRuleSet, newRule } from '../../lib/scoring/defaults';
import { createScorer, freezeRuleSet, labelFor, scoreLead } from '../../lib/scoring/engine';
import { RuleSchema, RuleSetSchema, type Condition, type Rule, type RuleSet, type ScoringInput } from '../../lib/scoring/schema';

const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;

const lead = (fields: Partial<ScoringInput> = {}): ScoringInput => ({ tags: [], activity: {}, ...fields });

let nextId = 0;
function rule(condition: Condition, points = 10, extra: Partial<Rule> = {}): Rule {
  nextId += 1;
  return { id: `r${nextId}`, name: `Rule ${nextId}`, enabled: true, condition, points, per: 'match', ...extra };
}

/** A valid rule set (checked against the schema) with no persona and no decay unless given. */
function rules(list: Rule[], extra: Partial<RuleSet> = {}): RuleSet {
  return RuleSetSchema.parse({
    rules: list,
    persona: { name: 'Nobody', titles: [], industries: [], sizeBands: [], locations: [] },
    decay: { enabled: false, quietDays: 30, weeklyLossPercent: 25 },
    thresholds: { mql: 10, sql: 20 },
    ...extra,
  });
}

/** Does a single-rule set's condition hold for the lead? */
function holds(condition: Condition, input: ScoringInput): boolean {
  return scoreLead(input, rules([rule(condition)]), NOW).contributions.length === 1;
}

function text(field: Extract<Condition, { kind: 'text' }>['field'], op: 'equals' | 'contains' | 'startsWith', value: string): Condition {
  // One branch per operator: the schema's condition type is a union discriminated by `op`.
  switch (op) {
    case 'equals':
      return { kind: 'text', field, op, value };
    case 'contains':
      return { kind: 'text', field, op, value };
    case 'startsWith':
      return { kind: 'text', field, op, value };
  }
}

describe('text conditions', () => {
  it.each([
    // field, op, value, lead value, holds
    ['title', 'equals', 'head of sales', 'Head of Sales', true],
    ['title', 'equals', 'head of sales', 'Head of Sales EMEA', false],
    ['title', 'equals', 'HEAD  OF   SALES', '  head of sales ', true],
    ['title', 'contains', 'sales', 'VP of Sales', true],
    ['title', 'contains', 'sprzedazy', 'Dyrektor Sprzedaży', true],
    ['title', 'contains', 'sprzedaży', 'DYREKTOR SPRZEDAZY', true],
    ['location', 'contains', 'lodz', 'Łódź, Poland', true],
    ['location', 'contains', 'KRAKÓW', 'krakow', true],
    ['companyName', 'equals', 'müller gmbh', 'MULLER GmbH', true],
    ['industry', 'contains', 'strasse', 'Straße', true],
    ['title', 'startsWith', 'head', 'Head of Sales', true],
    ['title', 'startsWith', 'sales', 'Head of Sales', false],
    ['email', 'contains', '@acme.com', 'jan@ACME.com', true],
    ['phone', 'startsWith', '+48', '+48 600 000 000', true],
    ['source', 'equals', 'linkedin', 'linkedin', true],
    ['headline', 'contains', 'saas', 'Helping SaaS teams sell', true],
    ['sizeBand', 'equals', '51-200 employees', '51-200 Employees', true],
    // Punctuation is not folded: "vp, sales" is not "vp sales".
    ['title', 'contains', 'vp sales', 'VP, Sales', false],
    // Romanian (comma or cedilla s), Russian (case, ё = е).
    ['title', 'contains', 'director vanzari si marketing', 'Director Vânzări şi Marketing', true],
    ['title', 'contains', 'ОТДЕЛА ПРОДАЖ', 'Руководитель отдела продаж', true],
    ['title', 'contains', 'менеджер по работе с клиентами', 'Менеджёр по работе с клиентами', true],
    // й is a letter, not an accented и: "ИИ" (AI) is not in every "-ий" adjective.
    ['title', 'contains', 'ИИ', 'Коммерческий директор', false],
    ['title', 'contains', 'ИИ', 'Руководитель направления ИИ', true],
    ['title', 'contains', 'главный', 'ГЛАВНЫЙ ИНЖЕНЕР', true],
  ] as const)('%s %s %j vs %j → %s', (field, op, value, leadValue, expected) => {
    expect(holds(text(field, op, value), lead({ [field]: leadValue }))).toBe(expected);
  });

  it('isOneOf holds when the value equals any term, folded', () => {
    const c: Condition = { kind: 'text', field: 'industry', op: 'isOneOf', values: ['Software Development', 'Logística'] };
    expect(holds(c, lead({ industry: 'LOGISTICA' }))).toBe(true);
    expect(holds(c, lead({ industry: 'software development' }))).toBe(true);
    expect(holds(c, lead({ industry: 'Software' }))).toBe(false);
  });

  it('isEmpty and isNotEmpty treat missing and blank values alike', () => {
    const empty: Condition = { kind: 'text', field: 'email', op: 'isEmpty' };
    const notEmpty: Condition = { kind: 'text', field: 'email', op: 'isNotEmpty' };
    for (const email of [undefined, '', '   ']) {
      expect(holds(empty, lead({ email }))).toBe(true);
      expect(holds(notEmpty, lead({ email }))).toBe(false);
    }
    expect(holds(empty, lead({ email: 'a@b.co' }))).toBe(false);
    expect(holds(notEmpty, lead({ email: 'a@b.co' }))).toBe(true);
  });

  it('a condition on a missing value is false, except isEmpty', () => {
    const conditions: Condition[] = [
      text('title', 'equals', 'x'),
      text('title', 'contains', 'x'),
      text('title', 'startsWith', 'x'),
      { kind: 'text', field: 'title', op: 'isOneOf', values: ['x'] },
      { kind: 'text', field: 'title', op: 'isNotEmpty' },
      { kind: 'text', field: 'seniority', op: 'isOneOf', values: ['entry', 'c-level'] },
      { kind: 'number', field: 'companySize', op: 'greaterThan', value: -1 },
      { kind: 'number', field: 'companySize', op: 'lessThan', value: 1e9 },
      { kind: 'number', field: 'companySize', op: 'between', min: -1, max: 1e9 },
    ];
    for (const c of conditions) expect(holds(c, lead())).toBe(false);
    expect(holds({ kind: 'text', field: 'title', op: 'isEmpty' }, lead())).toBe(true);
    expect(holds({ kind: 'text', field: 'seniority', op: 'isEmpty' }, lead())).toBe(true);
  });

  it('a term that folds to nothing never matches (it would otherwise match everyone)', () => {
    // U+0301 alone passes the schema (it is not blank) but folds to "".
    expect(holds(text('title', 'contains', '\u0301'), lead({ title: 'Head of Sales' }))).toBe(false);
    expect(holds(text('title', 'startsWith', '\u0301'), lead({ title: 'Head of Sales' }))).toBe(false);
  });

  describe('tags: the condition holds if ANY tag satisfies it', () => {
    const oneOf: Condition = { kind: 'text', field: 'tags', op: 'isOneOf', values: ['inaccurate data', 'inaccurate-data'] };
    it.each([
      [['customer', 'Inaccurate Data'], true],
      [['INACCURATE-DATA'], true],
      [['customer'], false],
      [[], false],
    ])('isOneOf on %j → %s', (tags, expected) => {
      expect(holds(oneOf, lead({ tags }))).toBe(expected);
    });
    it('contains / startsWith / equals look at each tag', () => {
      expect(holds(text('tags', 'contains', 'event'), lead({ tags: ['vip', 'Event-2025'] }))).toBe(true);
      expect(holds(text('tags', 'startsWith', '2025'), lead({ tags: ['event-2025'] }))).toBe(false);
      expect(holds(text('tags', 'equals', 'vip'), lead({ tags: ['VIP ', 'x'] }))).toBe(true);
    });
    it('isEmpty means no tags (blank tags do not count); isNotEmpty means at least one', () => {
      const empty: Condition = { kind: 'text', field: 'tags', op: 'isEmpty' };
      const notEmpty: Condition = { kind: 'text', field: 'tags', op: 'isNotEmpty' };
      expect(holds(empty, lead({ tags: [] }))).toBe(true);
      expect(holds(empty, lead({ tags: ['', '  '] }))).toBe(true);
      expect(holds(empty, lead({ tags: ['x'] }))).toBe(false);
      expect(holds(notEmpty, lead({ tags: ['x'] }))).toBe(true);
      expect(holds(notEmpty, lead({ tags: [] }))).toBe(false);
    });
  });

  it('seniority is derived from the title', () => {
    const c: Condition = { kind: 'text', field: 'seniority', op: 'isOneOf', values: ['c-level', 'vp'] };
    expect(holds(c, lead({ title: 'Co-Founder & CEO' }))).toBe(true);
    expect(holds(c, lead({ title: 'Wiceprezes Zarządu' }))).toBe(true);
    expect(holds(c, lead({ title: 'Sales Director' }))).toBe(false);
    expect(holds({ kind: 'text', field: 'seniority', op: 'equals', value: 'C-Level' }, lead({ title: 'Geschäftsführer' }))).toBe(true);
    expect(holds({ kind: 'text', field: 'seniority', op: 'equals', value: 'entry' }, lead({ title: 'Software Engineer' }))).toBe(true);
  });
});

describe('number conditions on the company size (lower bound of the band)', () => {
  const size = (band: string | undefined) => lead({ sizeBand: band });
  it('greaterThan and lessThan are strict', () => {
    const gt: Condition = { kind: 'number', field: 'companySize', op: 'greaterThan', value: 200 };
    const lt: Condition = { kind: 'number', field: 'companySize', op: 'lessThan', value: 201 };
    expect(holds(gt, size('201-500 employees'))).toBe(true);
    expect(holds(gt, size('51-200 employees'))).toBe(false); // 51, not 200
    expect(holds(gt, size('10,001+ employees'))).toBe(true);
    expect(holds(lt, size('201-500 employees'))).toBe(false);
    expect(holds(lt, size('51–200 pracowników'))).toBe(true);
  });
  it('between is inclusive at both ends', () => {
    const between: Condition = { kind: 'number', field: 'companySize', op: 'between', min: 51, max: 201 };
    expect(holds(between, size('51-200'))).toBe(true);
    expect(holds(between, size('201-500'))).toBe(true);
    expect(holds(between, size('11-50'))).toBe(false);
    expect(holds(between, size('501-1,000'))).toBe(false);
  });
  it('a band with no number is a missing value', () => {
    expect(holds({ kind: 'number', field: 'companySize', op: 'greaterThan', value: -5 }, size('SMB'))).toBe(false);
  });
});

describe('engagement conditions', () => {
  const opened = (times: number[]) => lead({ activity: { 'email-opened': times } });
  const condition = (atLeast: number, withinDays: number): Condition => ({ kind: 'activity', activity: 'email-opened', atLeast, withinDays });

  it('the window is (now - D days, now]: exactly D days ago is outside, a millisecond later inside', () => {
    expect(holds(condition(1, 7), opened([NOW - 7 * DAY]))).toBe(false);
    expect(holds(condition(1, 7), opened([NOW - 7 * DAY + 1]))).toBe(true);
    expect(holds(condition(1, 7), opened([NOW]))).toBe(true);
  });

  it('ignores activities in the future and times that are not numbers', () => {
    expect(holds(condition(1, 7), opened([NOW + 1, NOW + DAY]))).toBe(false);
    expect(holds(condition(1, 7), opened([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]))).toBe(false);
  });

  it('needs at least N activities in the window', () => {
    const times = [NOW - DAY, NOW - 2 * DAY, NOW - 40 * DAY];
    expect(holds(condition(2, 30), opened(times))).toBe(true);
    expect(holds(condition(3, 30), opened(times))).toBe(false);
    expect(holds(condition(3, 41), opened(times))).toBe(true);
  });

  it('only counts its own kind', () => {
    expect(holds(condition(1, 30), lead({ activity: { 'link-clicked': [NOW - DAY] } }))).toBe(false);
  });

  it('per match gives the points once; per occurrence gives them per activity in the window', () => {
    const times = [NOW - DAY, NOW - 2 * DAY, NOW - 3 * DAY, NOW - 400 * DAY];
    const perMatch = scoreLead(opened(times), rules([rule(condition(1, 30), 4, { per: 'match' })]), NOW);
    const perOccurrence = scoreLead(opened(times), rules([rule(condition(1, 30), 4, { per: 'occurrence' })]), NOW);
    expect(perMatch.total).toBe(4);
    expect(perMatch.contributions[0]).toMatchObject({ points: 4, occurrences: 3, category: 'engagement', decay: 1 });
    expect(perOccurrence.total).toBe(12);
    expect(perOccurrence.contributions[0]).toMatchObject({ points: 12, occurrences: 3 });
  });

  it('per occurrence on a fit rule gives the points once', () => {
    const result = scoreLead(lead({ tags: ['a', 'b'] }), rules([rule({ kind: 'text', field: 'tags', op: 'isNotEmpty' }, 3, { per: 'occurrence' })]), NOW);
    expect(result.total).toBe(3);
    expect(result.contributions[0]).toEqual({ ruleId: expect.any(String), name: expect.any(String), points: 3, category: 'fit' });
  });
});

describe('caps', () => {
  const clicks = (n: number) => lead({ activity: { 'link-clicked': Array.from({ length: n }, (_, i) => NOW - i * 1000) } });
  const clicked: Condition = { kind: 'activity', activity: 'link-clicked', atLeast: 1, withinDays: 30 };

  it('limits a positive contribution and marks it capped', () => {
    const result = scoreLead(clicks(7), rules([rule(clicked, 3, { per: 'occurrence', cap: 15 })]), NOW);
    expect(result.contributions[0]).toMatchObject({ points: 15, capped: true, occurrences: 7 });
    expect(result.total).toBe(15);
  });

  it('limits a negative contribution in absolute value', () => {
    const result = scoreLead(clicks(4), rules([rule(clicked, -10, { per: 'occurrence', cap: 25 })]), NOW);
    expect(result.contributions[0]).toMatchObject({ points: -25, capped: true });
    expect(result.total).toBe(-25);
  });

  it('a contribution at or under the cap is not marked', () => {
    const atCap = scoreLead(clicks(5), rules([rule(clicked, 3, { per: 'occurrence', cap: 15 })]), NOW);
    expect(atCap.contributions[0]?.points).toBe(15);
    expect(atCap.contributions[0]).not.toHaveProperty('capped');
  });

  it('applies to fit rules too', () => {
    const result = scoreLead(lead({ title: 'CEO' }), rules([rule(text('title', 'contains', 'ceo'), 50, { cap: 20 })]), NOW);
    expect(result.contributions[0]).toMatchObject({ points: 20, capped: true });
  });
});

describe('listing, totals and labels', () => {
  it('lists only enabled rules whose condition holds, in rule order', () => {
    const set = rules([
      rule(text('title', 'contains', 'sales'), 5, { id: 'a' }),
      rule(text('title', 'contains', 'sales'), 7, { id: 'off', enabled: false }),
      rule(text('title', 'contains', 'marketing'), 9, { id: 'no' }),
      rule({ kind: 'text', field: 'phone', op: 'isEmpty' }, -2, { id: 'b' }),
    ]);
    const result = scoreLead(lead({ title: 'Head of Sales' }), set, NOW);
    expect(result.contributions.map((c) => c.ruleId)).toEqual(['a', 'b']);
    expect(result.total).toBe(3);
  });

  it('a rule whose condition holds is listed even when it is worth nothing', () => {
    const result = scoreLead(lead({ title: 'x' }), rules([rule(text('title', 'equals', 'x'), 0)]), NOW);
    expect(result.contributions).toHaveLength(1);
    expect(result.contributions[0]?.points).toBe(0);
    expect(Object.is(result.contributions[0]?.points, -0)).toBe(false);
  });

  it('rounds each contribution to one decimal and totals the rounded parts exactly', () => {
    // One opened e-mail, 31 days quiet with 10 % weekly loss: 1 × 0.9 = 0.9; three such rules: 2.7, not 2.6999…
    const opened: Condition = { kind: 'activity', activity: 'email-opened', atLeast: 1, withinDays: 90 };
    const set = rules([rule(opened, 1), rule(opened, 1), rule(opened, 1), rule(opened, 7)], {
      decay: { enabled: true, quietDays: 30, weeklyLossPercent: 10 },
    });
    const result = scoreLead(lead({ activity: { 'email-opened': [NOW - 31 * DAY] } }), set, NOW);
    expect(result.contributions.map((c) => c.points)).toEqual([0.9, 0.9, 0.9, 6.3]);
    expect(result.total).toBe(9);
  });

  it('rounds half away from zero, for gains and losses alike', () => {
    // 25 % loss for one week: 3 × 0.75 = 2.25 → 2.3; -3 × 0.75 = -2.25 → -2.3.
    const clicked: Condition = { kind: 'activity', activity: 'link-clicked', atLeast: 1, withinDays: 90 };
    const set = rules([rule(clicked, 3), rule(clicked, -3)], { decay: { enabled: true, quietDays: 30, weeklyLossPercent: 25 } });
    const result = scoreLead(lead({ activity: { 'link-clicked': [NOW - 31 * DAY] } }), set, NOW);
    expect(result.contributions.map((c) => c.points)).toEqual([2.3, -2.3]);
    expect(result.total).toBe(0);
  });

  it.each([
    [9, 'cold'],
    [10, 'mql'],
    [19.9, 'mql'],
    [20, 'sql'],
    [1000, 'sql'],
    [-5, 'cold'],
  ] as const)('labelFor(%s) with mql 10 / sql 20 is %s', (total, label) => {
    expect(labelFor(total, { mql: 10, sql: 20 })).toBe(label);
  });

  it('labels by the total: reaching a threshold exactly counts', () => {
    const at = (points: number) =>
      scoreLead(lead({ title: 'x' }), rules([rule({ kind: 'text', field: 'title', op: 'isNotEmpty' }, points)]), NOW).label;
    expect(at(9)).toBe('cold');
    expect(at(10)).toBe('mql');
    expect(at(20)).toBe('sql');
  });

  it('negative thresholds work (a rule set that only subtracts)', () => {
    const set = rules([rule({ kind: 'text', field: 'email', op: 'isEmpty' }, -5)], { thresholds: { mql: -10, sql: -1 } });
    expect(scoreLead(lead(), set, NOW)).toMatchObject({ total: -5, label: 'mql' });
    expect(scoreLead(lead({ email: 'a@b.co' }), set, NOW)).toMatchObject({ total: 0, label: 'sql' });
  });

  it('an empty rule set scores 0', () => {
    expect(scoreLead(lead(), rules([]), NOW)).toEqual({ total: 0, label: 'cold', contributions: [], persona: { fits: false, parts: [] } });
  });

  it('a rule set edited in place is scored by its new rules on the next call (nothing stale is cached)', () => {
    const set = rules([rule(text('title', 'contains', 'sales'), 5)]);
    const input = lead({ title: 'Head of Sales' });
    expect(scoreLead(input, set, NOW).total).toBe(5);
    set.rules[0]!.points = 7;
    set.rules[0]!.condition = text('title', 'contains', 'marketing');
    expect(scoreLead(input, set, NOW).total).toBe(0);
    set.rules[0]!.condition = text('title', 'startsWith', 'head');
    expect(scoreLead(input, set, NOW).total).toBe(7);
  });

  it('freezeRuleSet freezes deeply and scores exactly like the unfrozen rule set', () => {
    const input = lead({ title: 'VP Sales', sizeBand: '201-500', tags: ['inaccurate data'], activity: { 'link-clicked': [NOW - DAY, NOW - 2 * DAY] } });
    const open = defaultRuleSet();
    const frozen = freezeRuleSet(defaultRuleSet());
    expect(Object.isFrozen(frozen.persona.titles)).toBe(true);
    expect(Object.isFrozen(frozen.rules[3]?.condition)).toBe(true);
    expect(scoreLead(input, frozen, NOW)).toEqual(scoreLead(input, open, NOW));
    expect(scoreLead(input, frozen, NOW)).toEqual(scoreLead(input, open, NOW)); // second call: from the compiled cache
  });

  it('createScorer gives the same result as scoreLead', () => {
    const input = lead({ title: 'VP Sales', sizeBand: '201-500', activity: { 'pricing-visited': [NOW - DAY], 'email-opened': [NOW - 2 * DAY] } });
    expect(createScorer(DEFAULT_RULESET)(input, NOW)).toEqual(scoreLead(input, DEFAULT_RULESET, NOW));
  });
});

describe('odd inputs never throw', () => {
  it('tolerates non-string fields, a missing tags array, a null activity map and junk times', () => {
    const odd = { title: 42, headline: null, tags: 'vip', activity: { 'email-opened': 'yesterday', 'pricing-visited': [null, 'x', NOW - DAY] } };
    const result = scoreLead(odd as unknown as ScoringInput, DEFAULT_RULESET, NOW);
    expect(result.total).toBe(10); // only the one valid pricing visit
    expect(() => scoreLead({ activity: null } as unknown as ScoringInput, DEFAULT_RULESET, NOW)).not.toThrow();
    expect(() => scoreLead(null as unknown as ScoringInput, DEFAULT_RULESET, NOW)).not.toThrow();
  });

  it('a NaN clock scores no engagement and does not throw', () => {
    const input = lead({ title: 'Head of Sales', sizeBand: '51-200', activity: { 'pricing-visited': [NOW] } });
    const result = scoreLead(input, DEFAULT_RULESET, Number.NaN);
    expect(result.total).toBe(5);
  });

  it('scores a lead with a million activities in linear time', () => {
    const times = Array.from({ length: 1_000_000 }, (_, i) => NOW - (i % (200 * DAY)));
    const input = lead({ title: 'x'.repeat(100_000), activity: { 'email-opened': times, 'link-clicked': times } });
    const result = scoreLead(input, DEFAULT_RULESET, NOW);
    expect(result.contributions.find((c) => c.ruleId === 'email-opened')).toMatchObject({ points: 10, capped: true, occurrences: 1_000_000 });
  });
});

describe('the default rule set', () => {
  it('passes the schema and keeps exactly the seed five rules enabled', () => {
    expect(RuleSetSchema.parse(DEFAULT_RULESET)).toEqual(DEFAULT_RULESET);
    const enabled = DEFAULT_RULESET.rules.filter((r) => r.enabled).map((r) => [r.id, r.points]);
    expect(enabled).toEqual([
      ['pricing-visited', 10],
      ['email-opened', 1],
      ['link-clicked', 3],
      ['inaccurate-data', -5],
      ['fits-persona', 5],
    ]);
    expect(DEFAULT_RULESET.thresholds).toEqual({ mql: 10, sql: 20 });
    expect(DEFAULT_RULESET.decay).toEqual({ enabled: true, quietDays: 30, weeklyLossPercent: 25 });
  });

  it('is frozen; defaultRuleSet() gives an editable copy', () => {
    expect(Object.isFrozen(DEFAULT_RULESET.rules[0]?.condition)).toBe(true);
    const copy = defaultRuleSet();
    copy.rules[0]!.points = 99;
    expect(DEFAULT_RULESET.rules[0]?.points).toBe(10);
  });

  it('newRule gives a schema-valid rule of each kind', () => {
    for (const kind of ['text', 'number', 'persona', 'activity'] as const) {
      const r = newRule(kind, `new-${kind}`);
      expect(RuleSchema.parse(r)).toEqual(r);
      expect(r.condition.kind).toBe(kind);
    }
  });

  it('THE SEED EXAMPLE: pricing once, two e-mails opened, one click, fits the persona = 10 + 2 + 3 + 5 = 20, SQL', () => {
    const input = lead({
      title: 'Head of Sales',
      companyName: 'Acme',
      sizeBand: '51-200 employees',
      location: 'Warsaw, Poland',
      tags: ['webinar'],
      activity: {
        'pricing-visited': [NOW - 2 * DAY],
        'email-opened': [NOW - 5 * DAY, NOW - 3 * DAY],
        'link-clicked': [NOW - 3 * DAY],
      },
    });
    const result = scoreLead(input, DEFAULT_RULESET, NOW);
    expect(result.contributions.map((c) => [c.ruleId, c.points])).toEqual([
      ['pricing-visited', 10],
      ['email-opened', 2],
      ['link-clicked', 3],
      ['fits-persona', 5],
    ]);
    expect(result.total).toBe(20);
    expect(result.label).toBe('sql');
    expect(result.persona).toEqual({
      fits: true,
      parts: [{ part: 'titles', matched: true, term: 'head of sales' }],
    });
  });

  it('inaccurate company data subtracts 5 (either tag spelling, in any of the reps\' languages)', () => {
    for (const tag of ['Inaccurate data', 'inaccurate-data', 'Niedokładne dane', 'date inexacte', 'Неточные данные']) {
      const result = scoreLead(lead({ tags: [tag] }), DEFAULT_RULESET, NOW);
      expect(result.contributions).toEqual([{ ruleId: 'inaccurate-data', name: 'Inaccurate company data', points: -5, category: 'fit' }]);
      expect(result.total).toBe(-5);
    }
  });
});
