import { DAY_MS, decayFactor, lastActivityAt } from './decay';
import { LeadView, type ActivityKindName } from './lead-view';
import { compilePersona, matchCompiledPersona } from './persona';
import type { Condition, Rule, RuleContribution, RuleSet, ScoreLabel, ScoreResult, ScoringInput } from './schema';
import { anyTextHolds, compileTextTest, textHolds, type TextTest } from './text-match';
import { freezeRuleSet } from './freeze';

// Its own module, so what only reads rule sets (the shipped defaults, settings) loads no engine.
export { freezeRuleSet };

/**
 * The scoring engine: a lead and a rule set in, a score with its explanation
 * out. Pure (the clock is an argument; the fold caches are keyed by text and
 * cannot change an answer), linear in the lead's data, and total:
 * it never throws for a rule set that passes RuleSetSchema, and tolerates
 * malformed leads (missing values count as missing).
 *
 * - A rule whose condition holds is listed with its points; a rule whose
 *   condition fails, and a disabled rule, is not listed at all.
 * - Fit rules (text, number, persona) give their points once, whatever `per`
 *   says: "occurrence" only has a meaning for activities.
 * - Engagement rules count the activity's times in the window (now - D days, now]:
 *   an activity exactly D days old is OUTSIDE, one in the future is ignored.
 *   per "occurrence" gives points x count, per "match" gives points once.
 * - The cap applies first, then decay (decay.ts): a capped "+15" that has faded
 *   by a quarter shows 11.3, and decay is never hidden behind the cap.
 * - Each contribution is rounded to one decimal (half away from zero); the
 *   total is summed in integer tenths, so it always equals the sum of the
 *   contributions shown, to the last digit.
 */

type Category = RuleContribution['category'];

type CompiledRule = {
  rule: Rule;
  category: Category;
  /** 0 when the condition fails; otherwise 1 for fit rules, the count in the window for engagement rules. */
  evaluate: (lead: LeadContext) => number;
};

type LeadContext = { view: LeadView; now: number; personaFits: boolean };

export type CompiledRuleSet = {
  rules: readonly CompiledRule[];
  persona: ReturnType<typeof compilePersona>;
  decay: RuleSet['decay'];
  thresholds: RuleSet['thresholds'];
};

export type Scorer = (input: ScoringInput, now: number) => ScoreResult;

function textRule(test: TextTest, field: Extract<Condition, { kind: 'text' }>['field']): CompiledRule['evaluate'] {
  if (field === 'tags') return ({ view }) => (anyTextHolds(test, view.tags()) ? 1 : 0);
  return ({ view }) => (textHolds(test, view.text(field)) ? 1 : 0);
}

function numberRule(condition: Extract<Condition, { kind: 'number' }>): CompiledRule['evaluate'] {
  // Only companySize exists today; an unknown field is a missing value.
  const valueOf = (view: LeadView) => (condition.field === 'companySize' ? view.companySize() : undefined);
  switch (condition.op) {
    case 'greaterThan':
      return ({ view }) => {
        const v = valueOf(view);
        return v !== undefined && v > condition.value ? 1 : 0;
      };
    case 'lessThan':
      return ({ view }) => {
        const v = valueOf(view);
        return v !== undefined && v < condition.value ? 1 : 0;
      };
    case 'between':
      // Inclusive at both ends: "between 51 and 200" includes a "51-200" band.
      return ({ view }) => {
        const v = valueOf(view);
        return v !== undefined && v >= condition.min && v <= condition.max ? 1 : 0;
      };
    default:
      return () => 0;
  }
}

function activityRule(condition: Extract<Condition, { kind: 'activity' }>): CompiledRule['evaluate'] {
  const kind: ActivityKindName = condition.activity;
  const windowMs = condition.withinDays * DAY_MS;
  const atLeast = condition.atLeast;
  return ({ view, now }) => {
    const from = now - windowMs;
    let count = 0;
    for (const t of view.times(kind)) {
      // (now - D days, now]; NaN and non-numbers fail both comparisons.
      if (typeof t === 'number' && t > from && t <= now) count++;
    }
    return count >= atLeast ? count : 0;
  };
}

function compileRule(rule: Rule): CompiledRule | undefined {
  if (typeof rule !== 'object' || rule === null || rule.enabled !== true || !Number.isFinite(rule.points)) return undefined;
  const condition: unknown = rule.condition;
  if (typeof condition !== 'object' || condition === null) return undefined;
  const c = condition as Condition;
  switch (c.kind) {
    case 'text':
      return { rule, category: 'fit', evaluate: textRule(compileTextTest(c), c.field) };
    case 'number':
      return { rule, category: 'fit', evaluate: numberRule(c) };
    case 'persona':
      return { rule, category: 'fit', evaluate: ({ personaFits }) => (personaFits ? 1 : 0) };
    case 'activity':
      return { rule, category: 'engagement', evaluate: activityRule(c) };
    default:
      return undefined; // a condition kind this engine does not know contributes nothing
  }
}

/** Fold every term and drop disabled rules once per rule set, not once per lead. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const rules: CompiledRule[] = [];
  if (!isObject(ruleSet)) return { rules, persona: compilePersona(NO_PERSONA), decay: NO_DECAY, thresholds: NO_THRESHOLDS };
  if (Array.isArray(ruleSet.rules)) {
    for (const rule of ruleSet.rules) {
      const compiled = compileRule(rule);
      if (compiled) rules.push(compiled);
    }
  }
  // A schema-valid rule set always has these; the fallbacks only keep a malformed one from throwing.
  const decay = isObject(ruleSet.decay) ? ruleSet.decay : NO_DECAY;
  const thresholds = isObject(ruleSet.thresholds) ? ruleSet.thresholds : NO_THRESHOLDS;
  return { rules, persona: compilePersona(ruleSet.persona), decay, thresholds };
}

const NO_PERSONA: RuleSet['persona'] = { name: 'none', titles: [], industries: [], sizeBands: [], locations: [] };
const NO_DECAY: RuleSet['decay'] = { enabled: false, quietDays: 3650, weeklyLossPercent: 0 };
const NO_THRESHOLDS: RuleSet['thresholds'] = { mql: Number.POSITIVE_INFINITY, sql: Number.POSITIVE_INFINITY };
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Round to tenths, half away from zero; the small nudge absorbs binary error (112.49999… from 15 × 0.75 is 112.5). */
function toTenths(value: number): number {
  const tenths = Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-7);
  return tenths === 0 ? 0 : tenths; // no -0 in the explanation
}

export function labelFor(total: number, thresholds: RuleSet['thresholds']): ScoreLabel {
  if (total >= thresholds.sql) return 'sql';
  if (total >= thresholds.mql) return 'mql';
  return 'cold';
}

export function scoreCompiled(compiled: CompiledRuleSet, input: ScoringInput, now: number): ScoreResult {
  const view = new LeadView(input);
  const persona = matchCompiledPersona(view, compiled.persona);
  const lead: LeadContext = { view, now, personaFits: persona.fits };
  const contributions: RuleContribution[] = [];
  let totalTenths = 0;
  let decay: number | undefined; // computed on the first engagement rule that holds

  for (const { rule, category, evaluate } of compiled.rules) {
    const count = evaluate(lead);
    if (count === 0) continue;
    let points = category === 'engagement' && rule.per === 'occurrence' ? rule.points * count : rule.points;
    let capped = false;
    if (typeof rule.cap === 'number' && rule.cap >= 0 && Math.abs(points) > rule.cap) {
      points = Math.sign(points) * rule.cap;
      capped = true;
    }
    const contribution: RuleContribution = { ruleId: rule.id, name: rule.name, points: 0, category };
    if (category === 'engagement') {
      decay ??= decayFactor(lastActivityAt(view.activity(), now), now, compiled.decay);
      points *= decay;
      contribution.occurrences = count;
      contribution.decay = decay;
    }
    if (capped) contribution.capped = true;
    const tenths = toTenths(points);
    contribution.points = tenths / 10;
    totalTenths += tenths;
    contributions.push(contribution);
  }

  const total = totalTenths / 10;
  return { total, label: labelFor(total, compiled.thresholds), contributions, persona };
}

/** A scorer for one rule set: compile once, score many (a rescore). The rule set must not be mutated while in use. */
export function createScorer(ruleSet: RuleSet): Scorer {
  const compiled = compileRuleSet(ruleSet);
  return (input, now) => scoreCompiled(compiled, input, now);
}

// Compiled rule sets, kept only for DEEPLY FROZEN rule sets: a frozen object can never
// change, so caching by identity cannot serve stale rules. (DEFAULT_RULESET is frozen;
// freezeRuleSet freezes any other.) A rule set that is not frozen is compiled per call.
const compiledFrozen = new WeakMap<object, CompiledRuleSet>();

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const child of Object.values(value)) if (!isDeepFrozen(child)) return false;
  return true;
}

function compiledFor(ruleSet: RuleSet): CompiledRuleSet {
  if (!isObject(ruleSet)) return compileRuleSet(ruleSet);
  const hit = compiledFrozen.get(ruleSet);
  if (hit) return hit;
  const compiled = compileRuleSet(ruleSet);
  if (isDeepFrozen(ruleSet)) compiledFrozen.set(ruleSet, compiled);
  return compiled;
}

/**
 * Score one lead. A deeply frozen rule set (DEFAULT_RULESET, or one passed
 * through freezeRuleSet) is compiled once and reused; any other is compiled
 * on every call (a few µs for the default rules), so a rule set edited in
 * place is never scored by stale rules. For many leads with an unfrozen rule
 * set, createScorer compiles once.
 */
export function scoreLead(input: ScoringInput, ruleSet: RuleSet, now: number): ScoreResult {
  return scoreCompiled(compiledFor(ruleSet), input, now);
}
