import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../i18n';
import type { ACTIVITY_KINDS } from '../schema/records';
import { formErrors, type FormErrors } from '../scoring/form-errors';
import { EditableRuleSetSchema, type Condition, type Rule, type RuleSet } from '../scoring/schema';

/**
 * The scoring editor's UI state: the draft as the inputs hold it (numbers and
 * lists as the text typed, so an invalid entry stays visible with its message),
 * which rule is open, and focus / announcement requests. One store per editor
 * instance. Converting the draft to a RuleSet and validating it are pure
 * functions below; nothing here is ever saved unless EditableRuleSetSchema accepts it.
 */

export type RuleKind = Condition['kind'];
export type TextOp = Extract<Condition, { kind: 'text' }>['op'];
export type NumberOp = Extract<Condition, { kind: 'number' }>['op'];
type TextField = Extract<Condition, { kind: 'text' }>['field'];
type NumberField = Extract<Condition, { kind: 'number' }>['field'];
type ActivityKindValue = (typeof ACTIVITY_KINDS)[number];

export const RULE_KINDS: readonly RuleKind[] = ['text', 'number', 'persona', 'activity'];
export const TEXT_OPS: readonly TextOp[] = ['equals', 'contains', 'startsWith', 'isOneOf', 'isEmpty', 'isNotEmpty'];
export const NUMBER_OPS: readonly NumberOp[] = ['greaterThan', 'lessThan', 'between'];

export type RuleForm = {
  id: string;
  name: string;
  /** Carried from the stored rule, so a save in English keeps a rename to the English (lib/i18n/default-names.ts). */
  renamed?: boolean;
  enabled: boolean;
  kind: RuleKind;
  // Every kind keeps its inputs, so switching the kind back and forth loses nothing.
  textField: TextField;
  textOp: TextOp;
  /** The value, or for "is one of" the comma-separated terms. */
  text: string;
  numberField: NumberField;
  numberOp: NumberOp;
  number: string;
  min: string;
  max: string;
  activity: ActivityKindValue;
  atLeast: string;
  withinDays: string;
  points: string;
  per: Rule['per'];
  /** Empty: no cap. */
  cap: string;
};

export type PersonaForm = { name: string; renamed?: boolean; titles: string; industries: string; sizeBands: string; locations: string };
export type DecayForm = { enabled: boolean; quietDays: string; weeklyLossPercent: string };
export type ThresholdsForm = { mql: string; sql: string };
export type RuleSetForm = { rules: RuleForm[]; persona: PersonaForm; decay: DecayForm; thresholds: ThresholdsForm };

// ---------- lists of terms ----------

/**
 * "a, b, \"Paris, France\"" -> ["a", "b", "Paris, France"]. A term holding a
 * comma is written in double quotes ("" inside quotes is one quote). Empty
 * terms are dropped. Linear, no regular expressions.
 */
export function parseTerms(text: string): string[] {
  const terms: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current.trim() === '') {
      current = '';
      quoted = true;
    } else if (c === ',') {
      terms.push(current.trim());
      current = '';
    } else current += c;
  }
  terms.push(current.trim());
  return terms.filter((term) => term !== '');
}

/** The inverse of parseTerms. */
export function formatTerms(terms: readonly string[]): string {
  return terms.map((term) => (term.includes(',') || term.startsWith('"') ? `"${term.replaceAll('"', '""')}"` : term)).join(', ');
}

// ---------- draft <-> rule set ----------

function numberText(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

/** '' is missing (the schema says "enter a number"); anything else is read as a number (NaN if it is not one). */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

const BLANK_RULE: Omit<RuleForm, 'id' | 'name' | 'kind'> = {
  enabled: true,
  textField: 'title',
  textOp: 'contains',
  text: '',
  numberField: 'companySize',
  numberOp: 'greaterThan',
  number: '',
  min: '',
  max: '',
  activity: 'pricing-visited',
  atLeast: '1',
  withinDays: '30',
  points: '5',
  per: 'match',
  cap: '',
};

export function ruleFormOf(rule: Rule): RuleForm {
  const form: RuleForm = { ...BLANK_RULE, id: rule.id, name: rule.name, ...(rule.renamed ? { renamed: true } : {}), enabled: rule.enabled, kind: rule.condition.kind, points: String(rule.points), per: rule.per, cap: numberText(rule.cap) };
  const c = rule.condition;
  switch (c.kind) {
    case 'text':
      form.textField = c.field;
      form.textOp = c.op;
      if (c.op === 'isOneOf') form.text = formatTerms(c.values);
      else if (c.op !== 'isEmpty' && c.op !== 'isNotEmpty') form.text = c.value;
      break;
    case 'number':
      form.numberField = c.field;
      form.numberOp = c.op;
      if (c.op === 'between') {
        form.min = String(c.min);
        form.max = String(c.max);
      } else form.number = String(c.value);
      break;
    case 'activity':
      form.activity = c.activity;
      form.atLeast = String(c.atLeast);
      form.withinDays = String(c.withinDays);
      break;
    case 'persona':
      break;
  }
  return form;
}

export function formFromRuleSet(ruleSet: RuleSet): RuleSetForm {
  const p = ruleSet.persona;
  return {
    rules: ruleSet.rules.map(ruleFormOf),
    persona: { name: p.name, ...(p.renamed ? { renamed: true } : {}), titles: formatTerms(p.titles), industries: formatTerms(p.industries), sizeBands: formatTerms(p.sizeBands), locations: formatTerms(p.locations) },
    decay: { enabled: ruleSet.decay.enabled, quietDays: String(ruleSet.decay.quietDays), weeklyLossPercent: String(ruleSet.decay.weeklyLossPercent) },
    thresholds: { mql: String(ruleSet.thresholds.mql), sql: String(ruleSet.thresholds.sql) },
  };
}

/** The condition the form describes, unvalidated. */
function conditionOf(form: RuleForm): Record<string, unknown> {
  switch (form.kind) {
    case 'text':
      if (form.textOp === 'isOneOf') return { kind: 'text', field: form.textField, op: form.textOp, values: parseTerms(form.text) };
      if (form.textOp === 'isEmpty' || form.textOp === 'isNotEmpty') return { kind: 'text', field: form.textField, op: form.textOp };
      return { kind: 'text', field: form.textField, op: form.textOp, value: form.text };
    case 'number':
      if (form.numberOp === 'between') return { kind: 'number', field: form.numberField, op: 'between', min: numberOf(form.min), max: numberOf(form.max) };
      return { kind: 'number', field: form.numberField, op: form.numberOp, value: numberOf(form.number) };
    case 'persona':
      return { kind: 'persona' };
    case 'activity':
      return { kind: 'activity', activity: form.activity, atLeast: numberOf(form.atLeast), withinDays: numberOf(form.withinDays) };
  }
}

/** The rule the form describes, unvalidated (for RuleSchema). */
export function ruleCandidate(form: RuleForm): Record<string, unknown> {
  const rule: Record<string, unknown> = { id: form.id, name: form.name, enabled: form.enabled, condition: conditionOf(form), points: numberOf(form.points), per: form.per };
  const cap = numberOf(form.cap);
  if (cap !== undefined) rule.cap = cap;
  if (form.renamed) rule.renamed = true;
  return rule;
}

/** The rule set the draft describes, unvalidated (for RuleSetSchema). */
export function candidateFromForm(form: RuleSetForm): Record<string, unknown> {
  return {
    rules: form.rules.map(ruleCandidate),
    persona: {
      name: form.persona.name,
      ...(form.persona.renamed ? { renamed: true } : {}),
      titles: parseTerms(form.persona.titles),
      industries: parseTerms(form.persona.industries),
      sizeBands: parseTerms(form.persona.sizeBands),
      locations: parseTerms(form.persona.locations),
    },
    decay: { enabled: form.decay.enabled, quietDays: numberOf(form.decay.quietDays), weeklyLossPercent: numberOf(form.decay.weeklyLossPercent) },
    thresholds: { mql: numberOf(form.thresholds.mql), sql: numberOf(form.thresholds.sql) },
  };
}

export type Validation = { ok: true; ruleSet: RuleSet; errors: FormErrors } | { ok: false; errors: FormErrors };

/** The draft checked against the schema: the parsed rule set, or a message per field. */
export function validateForm(form: RuleSetForm): Validation {
  const candidate = candidateFromForm(form);
  const parsed = EditableRuleSetSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, ruleSet: parsed.data, errors: {} };
  return { ok: false, errors: formErrors(parsed.error.issues, { input: candidate }) };
}

// ---------- the store ----------

let idSeq = 0;
function newRuleId(taken: readonly RuleForm[]): string {
  for (;;) {
    idSeq += 1;
    const id = `rule-${Date.now().toString(36)}-${idSeq.toString(36)}`;
    if (!taken.some((r) => r.id === id)) return id;
  }
}

function copyName(name: string): string {
  return t('scoring.rules.copyName', { name: name.trim() || t('scoring.rules.unnamed') }).slice(0, 120);
}

/** A DOM element to focus after the next render: which rule (or none for the add button) and which control. */
export type FocusTarget = { ruleId: string | undefined; part: 'edit' | 'up' | 'down' | 'name' | 'add'; seq: number };

export type ScoringEditorState = {
  form: RuleSetForm;
  /** The rule whose form is open. */
  editing: string | undefined;
  focus: FocusTarget | undefined;
  /** Said by the polite live region after list actions. */
  announcement: string;
  load(ruleSet: RuleSet): void;
  addRule(kind: RuleKind): void;
  updateRule(id: string, patch: Partial<Omit<RuleForm, 'id'>>): void;
  toggleRule(id: string): void;
  moveRule(id: string, delta: -1 | 1): void;
  duplicateRule(id: string): void;
  deleteRule(id: string): void;
  edit(id: string | undefined): void;
  updatePersona(patch: Partial<PersonaForm>): void;
  updateDecay(patch: Partial<DecayForm>): void;
  updateThresholds(patch: Partial<ThresholdsForm>): void;
};

export type ScoringEditorStore = StoreApi<ScoringEditorState>;

export function createScoringEditorStore(initial: RuleSet): ScoringEditorStore {
  let seq = 0;
  const focus = (ruleId: string | undefined, part: FocusTarget['part']): FocusTarget => ({ ruleId, part, seq: ++seq });
  const displayName = (rule: RuleForm | undefined) => rule?.name.trim() || t('scoring.rules.unnamed');

  return createStore<ScoringEditorState>((set, get) => {
    const setRules = (rules: RuleForm[], extra: Partial<ScoringEditorState> = {}) => set({ form: { ...get().form, rules }, ...extra });
    return {
      form: formFromRuleSet(initial),
      editing: undefined,
      focus: undefined,
      announcement: '',
      load: (ruleSet) => set({ form: formFromRuleSet(ruleSet), editing: undefined }),
      addRule: (kind) => {
        const rules = get().form.rules;
        const name = t('scoring.rules.newName');
        const rule: RuleForm = { ...BLANK_RULE, id: newRuleId(rules), name, kind };
        if (kind === 'activity') rule.per = 'occurrence';
        setRules([...rules, rule], { editing: rule.id, focus: focus(rule.id, 'name'), announcement: t('scoring.announce.added', { name }) });
      },
      updateRule: (id, patch) => setRules(get().form.rules.map((r) => (r.id === id ? { ...r, ...patch } : r))),
      toggleRule: (id) => setRules(get().form.rules.map((r) => (r.id === id ? { ...r, enabled: !r.enabled } : r))),
      moveRule: (id, delta) => {
        const rules = [...get().form.rules];
        const from = rules.findIndex((r) => r.id === id);
        const to = from + delta;
        const rule = rules[from];
        if (from < 0 || to < 0 || to >= rules.length || !rule) return;
        rules.splice(from, 1);
        rules.splice(to, 0, rule);
        // Keep focus on the button pressed, or on the other one once the rule reaches an end.
        const atEnd = delta < 0 ? to === 0 : to === rules.length - 1;
        const part = delta < 0 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down';
        const key = delta < 0 ? 'scoring.announce.movedUp' : 'scoring.announce.movedDown';
        setRules(rules, { focus: focus(id, rules.length > 1 ? part : 'edit'), announcement: t(key, { name: displayName(rule), position: to + 1 }) });
      },
      duplicateRule: (id) => {
        const rules = [...get().form.rules];
        const at = rules.findIndex((r) => r.id === id);
        const rule = rules[at];
        if (!rule) return;
        const copy: RuleForm = { ...rule, id: newRuleId(rules), name: copyName(rule.name) };
        rules.splice(at + 1, 0, copy);
        setRules(rules, { focus: focus(copy.id, 'edit'), announcement: t('scoring.announce.duplicated', { name: displayName(copy) }) });
      },
      deleteRule: (id) => {
        const rules = get().form.rules;
        const at = rules.findIndex((r) => r.id === id);
        const rule = rules[at];
        if (!rule) return;
        const next = rules[at + 1] ?? rules[at - 1];
        setRules(
          rules.filter((r) => r.id !== id),
          {
            editing: get().editing === id ? undefined : get().editing,
            focus: next ? focus(next.id, 'edit') : focus(undefined, 'add'),
            announcement: t('scoring.announce.deleted', { name: displayName(rule) }),
          },
        );
      },
      edit: (id) => {
        const closing = get().editing;
        set({ editing: id, focus: id === undefined && closing !== undefined ? focus(closing, 'edit') : get().focus });
      },
      updatePersona: (patch) => set({ form: { ...get().form, persona: { ...get().form.persona, ...patch } } }),
      updateDecay: (patch) => set({ form: { ...get().form, decay: { ...get().form.decay, ...patch } } }),
      updateThresholds: (patch) => set({ form: { ...get().form, thresholds: { ...get().form.thresholds, ...patch } } }),
    };
  });
}
