import type { RuleSet } from './schema';

/** Freeze a rule set deeply (in place) so scoreLead can reuse its compiled form (engine.ts); returns it. */
export function freezeRuleSet<T extends RuleSet>(ruleSet: T): T {
  const freeze = (value: unknown) => {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const child of Object.values(value)) freeze(child);
  };
  freeze(ruleSet);
  return ruleSet;
}

