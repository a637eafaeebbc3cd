/**
 * The stages, sequences, rule names and persona the extension ships are data, written once in
 * English (migrations keep them frozen). While the rep has not changed one, it is shown in the
 * rep's language; once renamed, it is the rep's own text and shown as written. Compared with the
 * shipped English, so a rename is never overwritten and a language change applies at once.
 */
import { DEFAULT_PIPELINE } from '../pipeline/defaults';
import type { PipelineSettings } from '../pipeline/schema';
import { DEFAULT_RULESET } from '../scoring/defaults';
import type { Rule, RuleSet } from '../scoring/schema';
import { defaultSequences } from '../sequences/defaults';
import type { Sequence } from '../sequences/schema';
import { t, type MessageKey } from './runtime';

const shipped = new Map<string, string>();
for (const stage of DEFAULT_PIPELINE.stages) shipped.set(`default.stage.${stage.id}`, stage.name);
for (const sequence of defaultSequences(0)) {
  shipped.set(`default.seq.${sequence.id}`, sequence.name);
  for (const step of sequence.steps) {
    shipped.set(`default.seq.${sequence.id}.${step.id}`, step.title);
    shipped.set(`default.seq.${sequence.id}.${step.id}.template`, step.template);
  }
}
for (const rule of DEFAULT_RULESET.rules) shipped.set(`default.rule.${rule.id}`, rule.name);
shipped.set('default.persona', DEFAULT_RULESET.persona.name);
/** The shipped English texts by key (for the catalog test). */
export function shippedDefaults(): ReadonlyMap<string, string> {
  return shipped;
}

function shown(key: string, stored: string): string {
  return shipped.get(key) === stored ? t(key as MessageKey) : stored;
}

/**
 * What to store for a name the rep saw as `text`: the shipped English while it is still the
 * shipped name in the rep's language, so saving a form (a probability, the currency) does not
 * freeze the untouched names in the language it was saved in.
 */
function stored(key: string, text: string): string {
  const english = shipped.get(key);
  return english !== undefined && text === t(key as MessageKey) ? english : text;
}

/** A stage no longer in the pipeline, by its id: a shipped one in the rep's language, any other by its id. */
export function removedStageName(id: string): string {
  const key = `default.stage.${id}`;
  return shipped.has(key) ? t(key as MessageKey) : id;
}

export function stageName(stage: { id: string; name: string }): string {
  return shown(`default.stage.${stage.id}`, stage.name);
}

export function localizePipeline(pipeline: PipelineSettings): PipelineSettings {
  return { ...pipeline, stages: pipeline.stages.map((stage) => ({ ...stage, name: stageName(stage) })) };
}

export function unlocalizePipeline(pipeline: PipelineSettings): PipelineSettings {
  return { ...pipeline, stages: pipeline.stages.map((stage) => ({ ...stage, name: stored(`default.stage.${stage.id}`, stage.name) })) };
}

export function localizeSequence(sequence: Sequence): Sequence {
  const at = `default.seq.${sequence.id}`;
  return {
    ...sequence,
    name: shown(at, sequence.name),
    steps: sequence.steps.map((step) => ({
      ...step,
      title: shown(`${at}.${step.id}`, step.title),
      template: shown(`${at}.${step.id}.template`, step.template),
    })),
  };
}

/** The inverse of localizeSequence, for saving. */
export function unlocalizeSequence(sequence: Sequence): Sequence {
  const at = `default.seq.${sequence.id}`;
  return {
    ...sequence,
    name: stored(at, sequence.name),
    steps: sequence.steps.map((step) => ({
      ...step,
      title: stored(`${at}.${step.id}`, step.title),
      template: stored(`${at}.${step.id}.template`, step.template),
    })),
  };
}

export function ruleName(rule: Pick<Rule, 'id' | 'name'>): string {
  return shown(`default.rule.${rule.id}`, rule.name);
}

export function localizeRuleSet(ruleSet: RuleSet): RuleSet {
  return {
    ...ruleSet,
    rules: ruleSet.rules.map((rule) => ({ ...rule, name: ruleName(rule) })),
    persona: { ...ruleSet.persona, name: shown('default.persona', ruleSet.persona.name) },
  };
}

/** The inverse of localizeRuleSet, for saving. */
export function unlocalizeRuleSet(ruleSet: RuleSet): RuleSet {
  return {
    ...ruleSet,
    rules: ruleSet.rules.map((rule) => ({ ...rule, name: stored(`default.rule.${rule.id}`, rule.name) })),
    persona: { ...ruleSet.persona, name: stored('default.persona', ruleSet.persona.name) },
  };
}
