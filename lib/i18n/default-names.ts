/**
 * The stages, sequences, rule names and persona the extension ships are data, written once in
 * English (migrations keep them frozen). While the rep has not changed one, it is shown in the
 * rep's language; once renamed, it is the rep's own text and shown as written. Compared with the
 * shipped English, so a rename is never overwritten and a language change applies at once. A name
 * renamed to the shipped English itself (a Polish rep's "Wygrany" to "Won", to match the team's CRM)
 * cannot be told from an untouched one by its text, so it carries a `renamed` flag (`rewritten` for
 * a step's template); items saved before the flag have none and localize as they always did.
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

function shown(key: string, stored: string, renamed?: boolean): string {
  return renamed !== true && shipped.get(key) === stored ? t(key as MessageKey) : stored;
}

/**
 * What to store for a name the rep saw as `text`: the shipped English while it is still the
 * shipped name in the rep's language, so saving a form (a probability, the currency) does not
 * freeze the untouched names in the language it was saved in. The shipped English typed where
 * the rep's language shows another name is a rename: flagged. Saved where the English is the
 * shown name (an English UI), the flag it had is kept, so switching language does not undo it.
 * Compared trimmed, as the schemas store it, and in one Unicode form: a pasted decomposed "ș"
 * reads as the shipped name and is one.
 */
function stored(key: string, text: string, renamed: boolean | undefined): { text: string; renamed: boolean } {
  const english = shipped.get(key);
  if (english === undefined) return { text, renamed: false };
  const typed = text.trim().normalize('NFC');
  const localized = t(key as MessageKey).normalize('NFC');
  if (typed === english) return { text: english, renamed: renamed === true || typed !== localized };
  if (typed === localized) return { text: english, renamed: false };
  return { text, renamed: false };
}

/** `item` with `flag` set to true, or without it (never false: stored items stay as before the flag existed). */
function flagged<T extends object>(item: T, flag: 'renamed' | 'rewritten', on: boolean): T {
  const copy = { ...item } as Record<string, unknown>;
  if (on) copy[flag] = true;
  else delete copy[flag];
  return copy as T;
}

function storedName<T extends { name: string; renamed?: boolean | undefined }>(key: string, item: T): T {
  const next = stored(key, item.name, item.renamed);
  return flagged({ ...item, name: next.text }, 'renamed', next.renamed);
}

/** A stage no longer in the pipeline, by its id: a shipped one in the rep's language, any other by its id. */
export function removedStageName(id: string): string {
  const key = `default.stage.${id}`;
  return shipped.has(key) ? t(key as MessageKey) : id;
}

export function stageName(stage: { id: string; name: string; renamed?: boolean | undefined }): string {
  return shown(`default.stage.${stage.id}`, stage.name, stage.renamed);
}

export function localizePipeline(pipeline: PipelineSettings): PipelineSettings {
  return { ...pipeline, stages: pipeline.stages.map((stage) => ({ ...stage, name: stageName(stage) })) };
}

export function unlocalizePipeline(pipeline: PipelineSettings): PipelineSettings {
  return { ...pipeline, stages: pipeline.stages.map((stage) => storedName(`default.stage.${stage.id}`, stage)) };
}

export function localizeSequence(sequence: Sequence): Sequence {
  const at = `default.seq.${sequence.id}`;
  return {
    ...sequence,
    name: shown(at, sequence.name, sequence.renamed),
    steps: sequence.steps.map((step) => ({
      ...step,
      title: shown(`${at}.${step.id}`, step.title, step.renamed),
      template: shown(`${at}.${step.id}.template`, step.template, step.rewritten),
    })),
  };
}

/** The inverse of localizeSequence, for saving. */
export function unlocalizeSequence(sequence: Sequence): Sequence {
  const at = `default.seq.${sequence.id}`;
  return {
    ...storedName(at, sequence),
    steps: sequence.steps.map((step) => {
      const title = stored(`${at}.${step.id}`, step.title, step.renamed);
      const template = stored(`${at}.${step.id}.template`, step.template, step.rewritten);
      return flagged(flagged({ ...step, title: title.text, template: template.text }, 'renamed', title.renamed), 'rewritten', template.renamed);
    }),
  };
}

export function ruleName(rule: Pick<Rule, 'id' | 'name' | 'renamed'>): string {
  return shown(`default.rule.${rule.id}`, rule.name, rule.renamed);
}

export function localizeRuleSet(ruleSet: RuleSet): RuleSet {
  return {
    ...ruleSet,
    rules: ruleSet.rules.map((rule) => ({ ...rule, name: ruleName(rule) })),
    persona: { ...ruleSet.persona, name: shown('default.persona', ruleSet.persona.name, ruleSet.persona.renamed) },
  };
}

/** The inverse of localizeRuleSet, for saving. */
export function unlocalizeRuleSet(ruleSet: RuleSet): RuleSet {
  return {
    ...ruleSet,
    rules: ruleSet.rules.map((rule) => storedName(`default.rule.${rule.id}`, rule)),
    persona: storedName('default.persona', ruleSet.persona),
  };
}
