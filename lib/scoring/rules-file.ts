import { t, type MessageKey } from '../i18n';
import { ACTIVITY_KINDS } from '../schema/records';
import { describeIssue, flattenIssues, type Path } from './form-errors';
import { EditableRuleSetSchema, FIT_NUMBER_FIELDS, FIT_TEXT_FIELDS, RULESET_FORMAT_VERSION, type RuleSet, type RuleSetFile } from './schema';

/**
 * The rule set as a versioned JSON file: export, and an import that treats the
 * file as hostile. Pure (no DOM, no storage); the editor does the download and
 * the file reading.
 */

export const RULES_FILE_FORMAT = 'prospecting-assistant/scoring-rules' as const;
/** Files above this size (in bytes, UTF-8) are refused unread. */
export const MAX_RULES_FILE_BYTES = 1024 * 1024;
/** Far deeper than any valid rule file (which nests at most 6 levels). */
const MAX_DEPTH = 32;
const MAX_PROBLEMS = 50;
const MAX_NOTES = 20;
/** Keys that could reach an object's prototype if some code merged the file naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const CONDITION_KINDS = ['text', 'number', 'persona', 'activity'];

export type ImportProblem = {
  /** Where, e.g. "rules[3].points" (inside the rule set), "version", or "" for the whole file. */
  path: string;
  /** The rule's name, when the problem is inside a rule that has one. */
  ruleName?: string;
  messageKey: MessageKey;
  values?: Record<string, string | number>;
  /** t(messageKey, values), for convenience. */
  message: string;
};

export type ImportResult = { ok: true; ruleSet: RuleSet; notes: string[] } | { ok: false; problems: ImportProblem[] };

/** Pretty JSON of the versioned file. */
export function exportRuleSet(ruleSet: RuleSet, now: number): string {
  const file: RuleSetFile = {
    format: RULES_FILE_FORMAT,
    version: RULESET_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    ruleSet,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "scoring-rules-2026-11-23.json" (local date). */
export function exportFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `scoring-rules-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** One problem as a sentence: where (with the rule's name when known) and what. */
export function describeProblem(problem: ImportProblem): string {
  if (problem.path === '') return problem.message;
  if (problem.ruleName !== undefined) return t('scoring.problem.atRule', { path: problem.path, name: problem.ruleName, message: problem.message });
  return t('scoring.problem.at', { path: problem.path, message: problem.message });
}

/** Display path: "rules[3].condition.field". */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function quoted(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 60);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value;
}

class Problems {
  readonly list: ImportProblem[] = [];
  /** Paths (display form) already explained, with everything inside them. */
  private readonly covered: { path: string; inside: boolean }[] = [];
  constructor(private readonly rules: unknown) {}

  add(path: Path, messageKey: MessageKey, values?: Record<string, string | number>, covers?: Path): void {
    const shown = formatPath(path);
    this.covered.push({ path: formatPath(covers ?? path), inside: true });
    if (this.list.length >= MAX_PROBLEMS) return;
    const problem: ImportProblem = { path: shown, messageKey, message: t(messageKey, values) };
    if (values) problem.values = values;
    const ruleName = this.ruleName(path);
    if (ruleName !== undefined) problem.ruleName = ruleName;
    this.list.push(problem);
  }

  /** Mark a path (only itself, not what is inside it) as explained without adding a problem. */
  cover(path: Path): void {
    this.covered.push({ path: formatPath(path), inside: false });
  }

  isCovered(path: Path): boolean {
    const shown = formatPath(path);
    return this.covered.some((c) => shown === c.path || (c.inside && (shown.startsWith(`${c.path}.`) || shown.startsWith(`${c.path}[`))));
  }

  private ruleName(path: Path): string | undefined {
    if (path[0] !== 'rules' || typeof path[1] !== 'number' || !Array.isArray(this.rules)) return undefined;
    const rule: unknown = this.rules[path[1]];
    if (!isRecord(rule)) return undefined;
    const name = own(rule, 'name');
    return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 120) : undefined;
  }
}

function fail(path: Path, messageKey: MessageKey, values?: Record<string, string | number>): ImportResult {
  const problems = new Problems(undefined);
  problems.add(path, messageKey, values);
  return { ok: false, problems: problems.list };
}

/**
 * Walk the parsed JSON without recursion: refuse nesting deeper than any valid
 * file and keys that aim at prototypes (JSON.parse makes "__proto__" an own
 * key; refusing it means no later merge can ever be tricked by it).
 */
function inspectStructure(root: unknown): { path: Path; messageKey: MessageKey; values?: Record<string, string> } | undefined {
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: PropertyKey[] };
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= MAX_DEPTH) return { path: path.slice(0, 6), messageKey: 'scoring.import.tooDeep' };
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { path, messageKey: 'scoring.import.forbiddenKey', values: { key } };
      stack.push({ node: own(node as Record<string, unknown>, key), path: [...path, key] });
    }
  }
  return undefined;
}

/** Refusals a schema message would explain badly: removed fields and activities, infinite points, duplicate ids, thresholds out of order. */
function checkMeaning(ruleSet: Record<string, unknown>, problems: Problems): void {
  const rules = own(ruleSet, 'rules');
  if (Array.isArray(rules)) {
    const firstById = new Map<string, number>();
    rules.forEach((rule: unknown, i) => {
      if (!isRecord(rule)) return;
      const condition = own(rule, 'condition');
      if (isRecord(condition)) {
        const kind = own(condition, 'kind');
        const field = own(condition, 'field');
        const conditionPath = ['rules', i, 'condition'];
        if (typeof kind !== 'string' || !CONDITION_KINDS.includes(kind)) {
          problems.add([...conditionPath, 'kind'], 'scoring.import.unknownCondition', { kind: quoted(kind) }, conditionPath);
        } else if (kind === 'text' && !(typeof field === 'string' && (FIT_TEXT_FIELDS as readonly string[]).includes(field))) {
          problems.add([...conditionPath, 'field'], 'scoring.import.unknownField', { field: quoted(field) });
        } else if (kind === 'number' && !(typeof field === 'string' && (FIT_NUMBER_FIELDS as readonly string[]).includes(field))) {
          problems.add([...conditionPath, 'field'], 'scoring.import.unknownField', { field: quoted(field) });
        } else if (kind === 'activity') {
          const activity = own(condition, 'activity');
          if (!(typeof activity === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(activity))) {
            problems.add([...conditionPath, 'activity'], 'scoring.import.unknownActivity', { activity: quoted(activity) });
          }
        }
      }
      const points = own(rule, 'points');
      if (typeof points === 'number' && !Number.isFinite(points)) problems.add(['rules', i, 'points'], 'scoring.import.notFinite');
      const id = own(rule, 'id');
      if (typeof id === 'string') {
        const first = firstById.get(id);
        if (first === undefined) firstById.set(id, i);
        else {
          const firstRule: unknown = rules[first];
          const firstName = isRecord(firstRule) ? own(firstRule, 'name') : undefined;
          const other = typeof firstName === 'string' && firstName.trim() !== '' ? `rules[${first}] (“${firstName.trim().slice(0, 120)}”)` : `rules[${first}]`;
          problems.add(['rules', i, 'id'], 'scoring.import.duplicateId', { id: id.slice(0, 64), other });
          problems.cover(['rules']); // the set-level "ids must be unique" is said better per rule
        }
      }
    });
  }
  const thresholds = own(ruleSet, 'thresholds');
  if (isRecord(thresholds)) {
    const mql = own(thresholds, 'mql');
    const sql = own(thresholds, 'sql');
    if (typeof mql === 'number' && typeof sql === 'number' && Number.isFinite(mql) && Number.isFinite(sql) && mql >= sql) {
      problems.add(['thresholds', 'sql'], 'scoring.import.thresholdOrder', { mql, sql });
    }
  }
}

/** Settings the file had that the rule set does not know: dropped, and said so. */
function ignoredKeys(input: unknown, parsed: unknown, path: PropertyKey[], notes: string[]): void {
  if (Array.isArray(parsed) && Array.isArray(input)) {
    parsed.forEach((item: unknown, i) => ignoredKeys(input[i], item, [...path, i], notes));
    return;
  }
  if (!isRecord(parsed) || !isRecord(input)) return;
  for (const key of Object.keys(input)) {
    if (!Object.prototype.hasOwnProperty.call(parsed, key)) notes.push(t('scoring.import.ignoredKey', { key: key.slice(0, 60), path: formatPath(path) || t('scoring.problem.root') }));
  }
  for (const key of Object.keys(parsed)) ignoredKeys(own(input, key), parsed[key], [...path, key], notes);
}

/** The refusal of a file over the size limit, for callers that know the size before reading it. */
export function refuseIfTooLarge(bytes: number): ImportResult | undefined {
  return bytes > MAX_RULES_FILE_BYTES ? fail([], 'scoring.import.tooLarge', { max: MAX_RULES_FILE_BYTES / (1024 * 1024) }) : undefined;
}

function importChecked(text: string): ImportResult {
  const tooLarge = refuseIfTooLarge(text.length > MAX_RULES_FILE_BYTES ? text.length : new TextEncoder().encode(text).byteLength);
  if (tooLarge) return tooLarge;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return fail([], 'scoring.import.notJson');
  }
  const hostile = inspectStructure(root);
  if (hostile) return fail(hostile.path, hostile.messageKey, hostile.values);
  if (!isRecord(root)) return fail([], 'scoring.import.notObject');
  if (own(root, 'format') !== RULES_FILE_FORMAT) return fail(['format'], 'scoring.import.wrongFormat');
  const version = own(root, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(['version'], 'scoring.import.badVersion');
  if (version > RULESET_FORMAT_VERSION) {
    return fail(['version'], 'scoring.import.newerVersion', { version, supported: RULESET_FORMAT_VERSION });
  }

  const ruleSetInput = own(root, 'ruleSet');
  if (!isRecord(ruleSetInput)) return fail(['ruleSet'], 'scoring.error.section');
  const problems = new Problems(own(ruleSetInput, 'rules'));
  checkMeaning(ruleSetInput, problems);

  const parsed = EditableRuleSetSchema.safeParse(ruleSetInput);
  if (!parsed.success) {
    for (const { path, issue } of flattenIssues(parsed.error.issues)) {
      if (problems.isCovered(path)) continue;
      const { key, values } = describeIssue(issue, path, ruleSetInput);
      problems.add(path, key, values);
    }
  }
  if (problems.list.length > 0 || !parsed.success) {
    if (problems.list.length === 0) problems.add([], 'scoring.import.unexpected');
    return { ok: false, problems: problems.list };
  }

  const notes: string[] = [];
  for (const key of Object.keys(root)) {
    if (!['format', 'version', 'exportedAt', 'ruleSet'].includes(key)) notes.push(t('scoring.import.ignoredKey', { key: key.slice(0, 60), path: t('scoring.problem.root') }));
  }
  ignoredKeys(ruleSetInput, parsed.data, [], notes);
  if (notes.length > MAX_NOTES) {
    const more = notes.length - MAX_NOTES;
    notes.length = MAX_NOTES;
    notes.push(t('scoring.import.moreNotes', { count: more }));
  }
  return { ok: true, ruleSet: parsed.data, notes };
}

/**
 * Read a rule file. Never throws: anything wrong comes back as problems, each
 * saying what and where; nothing in the file can touch the rules in force.
 */
export function importRuleSet(text: string): ImportResult {
  try {
    if (typeof text !== 'string') return fail([], 'scoring.import.notJson');
    return importChecked(text);
  } catch {
    return fail([], 'scoring.import.unexpected');
  }
}
