import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem, exportFileName, exportRuleSet, importRuleSet, MAX_RULES_FILE_BYTES, type ImportResult } from '../../lib/scoring/rules-file';
import { RULESET_FORMAT_VERSION, RuleSetSchema, type RuleSet } from '../../lib/scoring/schema';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

const RULES: RuleSet = RuleSetSchema.parse({
  rules: [
    { id: 'pricing', name: 'Visited pricing', enabled: true, condition: { kind: 'activity', activity: 'pricing-visited', atLeast: 1, withinDays: 30 }, points: 10, per: 'match' },
    { id: 'opened', name: 'E-mail opened', enabled: true, condition: { kind: 'activity', activity: 'email-opened', atLeast: 1, withinDays: 30 }, points: 1, per: 'occurrence', cap: 10 },
    { id: 'sales-title', name: 'Sales title', enabled: false, condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' }, points: 4, per: 'match' },
    { id: 'big', name: 'Big company', enabled: true, condition: { kind: 'number', field: 'companySize', op: 'between', min: 50, max: 5000 }, points: 3, per: 'match' },
    { id: 'industries', name: 'Target industries', enabled: true, condition: { kind: 'text', field: 'industry', op: 'isOneOf', values: ['software', 'fintech'] }, points: 2, per: 'match' },
    { id: 'no-email', name: 'No e-mail', enabled: true, condition: { kind: 'text', field: 'email', op: 'isEmpty' }, points: -5, per: 'match' },
    { id: 'persona', name: 'Fits persona', enabled: true, condition: { kind: 'persona' }, points: 5, per: 'match' },
  ],
  persona: { name: 'Sales leader', titles: ['head of sales', 'vp sales'], industries: ['software'], sizeBands: ['51-200'], locations: [] },
  decay: { enabled: true, quietDays: 30, weeklyLossPercent: 10 },
  thresholds: { mql: 20, sql: 40 },
});

function fileOf(ruleSet: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'prospecting-assistant/scoring-rules', version: RULESET_FORMAT_VERSION, exportedAt: new Date(NOW).toISOString(), ruleSet, ...extra });
}

/** A deep copy of the fixture, as plain JSON, to break on purpose. */
function plain(): { rules: Record<string, unknown>[]; persona: Record<string, unknown>; decay: Record<string, unknown>; thresholds: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(RULES)) as ReturnType<typeof plain>;
}

function refused(result: ImportResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('exportRuleSet', () => {
  it('writes pretty, versioned JSON with the export date', () => {
    const text = exportRuleSet(RULES, NOW);
    expect(text).toContain('\n  "format": "prospecting-assistant/scoring-rules"');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'prospecting-assistant/scoring-rules', version: RULESET_FORMAT_VERSION, exportedAt: '2026-11-23T12:00:00.000Z' });
    expect(file.ruleSet).toEqual(RULES);
  });

  it('names the file after the date', () => {
    expect(exportFileName(new Date(2026, 10, 23, 9).getTime())).toBe('scoring-rules-2026-11-23.json');
  });
});

describe('importRuleSet', () => {
  it('round-trips an exported rule set', () => {
    const result = importRuleSet(exportRuleSet(RULES, NOW));
    expect(result).toEqual({ ok: true, ruleSet: RULES, notes: [] });
  });

  it('round-trips any valid rule set (property)', () => {
    const rule = fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
      enabled: fc.boolean(),
      points: fc.integer({ min: -1000, max: 1000 }),
      per: fc.constantFrom('match' as const, 'occurrence' as const),
      condition: fc.oneof(
        fc.record({ kind: fc.constant('text' as const), field: fc.constantFrom('title' as const, 'industry' as const), op: fc.constant('contains' as const), value: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '') }),
        fc.record({ kind: fc.constant('persona' as const) }),
        fc.record({ kind: fc.constant('activity' as const), activity: fc.constantFrom('email-opened' as const, 'meeting-booked' as const), atLeast: fc.integer({ min: 1, max: 5 }), withinDays: fc.integer({ min: 1, max: 365 }) }),
      ),
    });
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 8 }), fc.integer({ min: -100, max: 100 }), (rules, mql) => {
        const ruleSet = RuleSetSchema.parse({ ...RULES, rules: rules.map((r, i) => ({ ...r, id: `r${i}` })), thresholds: { mql, sql: mql + 1 } });
        expect(importRuleSet(exportRuleSet(ruleSet, NOW))).toEqual({ ok: true, ruleSet, notes: [] });
      }),
    );
  });

  it('keeps a valid file and notes settings it does not know', () => {
    const data = plain();
    data.rules[0] = { ...data.rules[0], color: 'red' };
    const result = importRuleSet(fileOf(data, { comment: 'from sales-ops' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ruleSet).toEqual(RULES);
    expect(result.notes).toEqual(['Ignored the unknown setting “comment” at the file.', 'Ignored the unknown setting “color” at rules[0].']);
  });

  it('refuses a file over 1 MB unread', () => {
    const problems = refused(importRuleSet(fileOf(plain(), { padding: 'x'.repeat(MAX_RULES_FILE_BYTES) })));
    expect(problems).toEqual([expect.objectContaining({ path: '', messageKey: 'scoring.import.tooLarge' })]);
    // Multi-byte characters count by their UTF-8 size.
    expect(refused(importRuleSet(`"${'é'.repeat(MAX_RULES_FILE_BYTES / 2 + 1)}"`))[0]?.messageKey).toBe('scoring.import.tooLarge');
  });

  it('refuses text that is not JSON, or JSON that is not a rules file', () => {
    expect(refused(importRuleSet('{"format": '))).toEqual([expect.objectContaining({ path: '', messageKey: 'scoring.import.notJson', message: 'The file is not valid JSON.' })]);
    expect(refused(importRuleSet(''))[0]?.messageKey).toBe('scoring.import.notJson');
    expect(refused(importRuleSet('[1,2]'))[0]?.messageKey).toBe('scoring.import.notObject');
    expect(refused(importRuleSet('null'))[0]?.messageKey).toBe('scoring.import.notObject');
    expect(refused(importRuleSet(JSON.stringify({ format: 'something-else', version: 1, ruleSet: RULES })))).toEqual([
      expect.objectContaining({ path: 'format', messageKey: 'scoring.import.wrongFormat' }),
    ]);
    expect(refused(importRuleSet(JSON.stringify(RULES)))[0]?.path).toBe('format');
    expect(refused(importRuleSet(fileOf(RULES, { version: '1' })))[0]).toMatchObject({ path: 'version', messageKey: 'scoring.import.badVersion' });
    expect(refused(importRuleSet(fileOf(undefined)))[0]).toMatchObject({ path: 'ruleSet', messageKey: 'scoring.error.section' });
  });

  it('refuses a file from a newer version of the extension, saying so', () => {
    const problems = refused(importRuleSet(fileOf(RULES, { version: RULESET_FORMAT_VERSION + 1 })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'version', messageKey: 'scoring.import.newerVersion' });
    expect(describeProblem(problems[0]!)).toMatch(/^version: The file comes from a newer version of the extension/);
  });

  it('refuses rules that use removed fields, activities or condition kinds, naming the rule', () => {
    const data = plain();
    data.rules[2] = { ...data.rules[2], condition: { kind: 'text', field: 'twitterHandle', op: 'contains', value: 'x' } };
    data.rules[0] = { ...data.rules[0], condition: { kind: 'activity', activity: 'fax-sent', atLeast: 1, withinDays: 30 } };
    data.rules[3] = { ...data.rules[3], condition: { kind: 'number', field: 'revenue', op: 'greaterThan', value: 5 } };
    data.rules[6] = { ...data.rules[6], condition: { kind: 'regex', pattern: '(a+)+$' } };
    const problems = refused(importRuleSet(fileOf(data)));
    expect(problems.map((p) => [p.path, p.messageKey, p.ruleName])).toEqual([
      ['rules[0].condition.activity', 'scoring.import.unknownActivity', 'Visited pricing'],
      ['rules[2].condition.field', 'scoring.import.unknownField', 'Sales title'],
      ['rules[3].condition.field', 'scoring.import.unknownField', 'Big company'],
      ['rules[6].condition.kind', 'scoring.import.unknownCondition', 'Fits persona'],
    ]);
    expect(describeProblem(problems[1]!)).toBe('rules[2].condition.field (rule “Sales title”): The rule uses the field “twitterHandle”, which does not exist (it may have been removed).');
  });

  it('refuses points that are not finite numbers, and other bad values, at their place', () => {
    const data = plain();
    data.rules[3] = { ...data.rules[3], points: '1e999' };
    const text = fileOf(data).replace('"1e999"', '1e999'); // JSON reads 1e999 as Infinity
    const problems = refused(importRuleSet(text));
    expect(problems).toEqual([expect.objectContaining({ path: 'rules[3].points', ruleName: 'Big company', messageKey: 'scoring.import.notFinite' })]);

    const more = plain();
    more.rules[1] = { ...more.rules[1], points: 10000 };
    more.rules[4] = { ...more.rules[4], name: '   ' };
    more.decay = { ...more.decay, weeklyLossPercent: 250 };
    more.persona = { ...more.persona, titles: ['ok', ''] };
    const listed = refused(importRuleSet(fileOf(more))).map((p) => describeProblem(p));
    expect(listed).toEqual([
      'rules[1].points (rule “E-mail opened”): Must be at most 1,000.',
      'rules[4].name: Enter a value.',
      'persona.titles[1]: One of the terms is empty.',
      'decay.weeklyLossPercent: Must be at most 100.',
    ]);
  });

  it('refuses thresholds in the wrong order', () => {
    const data = plain();
    data.thresholds = { mql: 40, sql: 40 };
    const problems = refused(importRuleSet(fileOf(data)));
    expect(problems).toEqual([expect.objectContaining({ path: 'thresholds.sql', messageKey: 'scoring.import.thresholdOrder', values: { mql: 40, sql: 40 } })]);
  });

  it('refuses duplicate rule ids, pointing at both rules', () => {
    const data = plain();
    data.rules[5] = { ...data.rules[5], id: 'pricing' };
    const problems = refused(importRuleSet(fileOf(data)));
    expect(problems.map(describeProblem)).toEqual(['rules[5].id (rule “No e-mail”): The rule id “pricing” is also used by rules[0] (“Visited pricing”).']);
  });

  it('refuses prototype-pollution keys without polluting anything', () => {
    const hostile = [
      fileOf(plain()).replace('"rules":', '"__proto__": {"polluted": "yes"}, "rules":'),
      `{"__proto__": {"polluted": "yes"}, ${fileOf(plain()).slice(1)}`,
      fileOf(plain()).replace('"id":"pricing"', '"id":"pricing","constructor":{"prototype":{"polluted":"yes"}}'),
    ];
    for (const text of hostile) {
      const problems = refused(importRuleSet(text));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.messageKey).toBe('scoring.import.forbiddenKey');
    }
    expect(refused(importRuleSet(hostile[0]!))[0]?.path).toBe('ruleSet');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses very deep nesting without crashing', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => importRuleSet(deep)).not.toThrow();
    expect(refused(importRuleSet(deep))[0]?.messageKey).toMatch(/tooDeep|notJson/);
    const nested = fileOf(plain()).replace('"rules":', `"extra": ${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}, "rules":`);
    expect(refused(importRuleSet(nested))[0]?.messageKey).toBe('scoring.import.tooDeep');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = importRuleSet(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  }, 20_000); // 500 random files: slow on a loaded 2-core machine, not a timing claim

  it('never throws on arbitrary JSON values, in the file or as the rule set', () => {
    const rulesFile = (ruleSet: unknown) => ({ format: 'prospecting-assistant/scoring-rules', version: 1, exportedAt: '', ruleSet });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const text of [JSON.stringify(value), JSON.stringify(rulesFile(value)), JSON.stringify(rulesFile({ ...RULES, rules: [value, ...RULES.rules] }))]) {
          const result = importRuleSet(text ?? 'undefined');
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(p.message).not.toBe('');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on rule sets with random mutations of valid parts', () => {
    const mutation = fc.record({ rule: fc.nat({ max: 6 }), key: fc.constantFrom('id', 'name', 'enabled', 'condition', 'points', 'per', 'cap'), value: fc.jsonValue({ maxDepth: 3 }) });
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (mutations) => {
        const data = plain();
        for (const m of mutations) data.rules[m.rule] = { ...data.rules[m.rule], [m.key]: m.value };
        const result = importRuleSet(fileOf(data));
        if (result.ok) expect(RuleSetSchema.safeParse(result.ruleSet).success).toBe(true);
        else for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
