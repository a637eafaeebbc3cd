import { describe, expect, it } from 'vitest';
import { importRuleSet } from '../../lib/scoring/rules-file';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { RULESET_FORMAT_VERSION, type RuleSet } from '../../lib/scoring/schema';
import { formFromRuleSet, validateForm } from '../../lib/ui/scoring-editor-store';

/**
 * A lead keeps the times of its latest 50 activities of each kind (what scoring reads), so
 * "at least 60 e-mails opened" could never match. The editor and the rules-file import
 * refuse such a count, saying why, instead of saving a rule that silently never fires.
 */

const withCount = (atLeast: number): RuleSet => ({
  ...DEFAULT_RULESET,
  rules: [{ id: 'opens', name: 'Opened a lot', enabled: true, condition: { kind: 'activity', activity: 'email-opened', atLeast, withinDays: 365 }, points: 5, per: 'match' }],
});
const file = (ruleSet: RuleSet) => JSON.stringify({ format: 'prospecting-assistant/scoring-rules', version: RULESET_FORMAT_VERSION, exportedAt: '2026-12-01T00:00:00.000Z', ruleSet });

describe('an activity rule asking for more than a lead keeps', () => {
  it('the editor refuses it next to the count, saying why', () => {
    const validation = validateForm(formFromRuleSet(withCount(51)));
    expect(validation.ok).toBe(false);
    expect(validation.errors['rules.0.condition.atLeast']).toBe('At most 50: a lead keeps only its latest 50 activities of each kind, so a higher count could never be reached.');
  });

  it('the editor accepts the most that is kept', () => {
    expect(validateForm(formFromRuleSet(withCount(50))).ok).toBe(true);
  });

  it('the rules-file import refuses it with the rule named', () => {
    const result = importRuleSet(file(withCount(60)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'rules[0].condition.atLeast', ruleName: 'Opened a lot' });
    expect(result.problems[0]!.message).toContain('At most 50');
    expect(importRuleSet(file(withCount(50))).ok).toBe(true);
  });
});
