import type { core } from 'zod';
import { t, type MessageKey } from '../i18n';
import { ACTIVITY_TIMES_KEPT } from './schema';

/**
 * Zod issues of RuleSetSchema / RuleSchema, turned into messages a sales-ops
 * person understands, keyed by the path of the field they belong to
 * ("rules.2.points", "thresholds.sql", "persona.name"), so the editor can show
 * each one next to its input. Pure: no DOM, no state.
 */

export type Issue = core.$ZodIssue;
export type Path = readonly PropertyKey[];
export type IssueMessage = { key: MessageKey; values?: Record<string, string | number> };
export type LocatedIssue = { path: PropertyKey[]; issue: Issue };

/** Keys that pick a branch of a condition union: an issue there means "wrong branch", not "wrong value". */
const DISCRIMINATORS = new Set<PropertyKey>(['kind', 'op']);

function isDiscriminatorIssue(issue: Issue): boolean {
  return issue.path.length === 1 && DISCRIMINATORS.has(issue.path[0] as PropertyKey);
}

function isKindIssue(issue: Issue): boolean {
  return issue.path.length === 1 && issue.path[0] === 'kind';
}

/**
 * A union (the rule's condition) reports every branch's issues. Keep only the
 * branch the input meant: the one whose discriminators matched, else the one
 * whose kind matched; with the fewest issues among those.
 */
function pickBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const ranked = (keep: (issues: readonly Issue[]) => boolean) =>
    branches.filter((b) => b.length > 0 && keep(b)).sort((a, b) => a.length - b.length)[0];
  return ranked((b) => !b.some(isDiscriminatorIssue)) ?? ranked((b) => !b.some(isKindIssue));
}

/** Issues with full paths, union issues resolved to the branch the input meant. */
export function flattenIssues(issues: readonly Issue[], base: Path = [], depth = 0): LocatedIssue[] {
  const out: LocatedIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && depth < 8) {
      const branch = pickBranch(issue.errors);
      if (branch) {
        out.push(...flattenIssues(branch, path, depth + 1));
        continue;
      }
    }
    out.push({ path, issue });
  }
  return out;
}

/** "rules.2.points" */
export function pathKey(path: Path): string {
  return path.map((p) => String(p)).join('.');
}

/** The value at a path of an untrusted input, reading own properties only. */
export function valueAt(input: unknown, path: Path): unknown {
  let node: unknown = input;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = typeof segment === 'symbol' ? undefined : String(segment);
    if (key === undefined || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 60);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The catalog key (and values) for one issue at its full path. */
export function describeIssue(issue: Issue, path: Path, input?: unknown): IssueMessage {
  const last = path[path.length - 1];
  const prev = path[path.length - 2];
  const inTermList = typeof last === 'number';
  switch (issue.code) {
    case 'invalid_type': {
      const received = 'received' in issue ? String(issue.received) : '';
      if (issue.expected === 'number') {
        if (received === 'Infinity' || received === '-Infinity') return { key: 'scoring.error.finite' };
        return { key: 'scoring.error.number' };
      }
      if (issue.expected === 'int') return { key: 'scoring.error.wholeNumber' };
      if (issue.expected === 'string') return { key: valueAt(input, path) === undefined && input !== undefined ? 'scoring.error.required' : 'scoring.error.text' };
      if (issue.expected === 'boolean') return { key: 'scoring.error.yesNo' };
      if (issue.expected === 'array') return { key: 'scoring.error.list' };
      if (issue.expected === 'object') return { key: 'scoring.error.section' };
      return { key: 'scoring.error.invalid' };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'int') return { key: 'scoring.error.min', values: { min } };
      if (issue.origin === 'string') return { key: inTermList ? 'scoring.error.emptyTerm' : 'scoring.error.required' };
      if (issue.origin === 'array') return { key: 'scoring.error.termsRequired' };
      return { key: 'scoring.error.invalid' };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int') return { key: 'scoring.error.max', values: { max } };
      if (issue.origin === 'string') return { key: inTermList ? 'scoring.error.termTooLong' : 'scoring.error.tooLong', values: { max } };
      if (issue.origin === 'array') return { key: last === 'rules' ? 'scoring.error.tooManyRules' : 'scoring.error.tooManyTerms', values: { max } };
      return { key: 'scoring.error.invalid' };
    }
    case 'invalid_value': {
      const value = shown(valueAt(input, path));
      if (last === 'field') return { key: 'scoring.error.unknownField', values: { value } };
      if (last === 'activity') return { key: 'scoring.error.unknownActivity', values: { value } };
      if (last === 'kind') return { key: 'scoring.error.unknownCondition' };
      if (last === 'op') return { key: 'scoring.error.unknownOperator', values: { value } };
      return { key: 'scoring.error.choice' };
    }
    case 'invalid_union': {
      if (last === 'op') return { key: 'scoring.error.unknownOperator', values: { value: shown(valueAt(input, path)) } };
      if (last === 'condition') return { key: 'scoring.error.unknownCondition' };
      return { key: 'scoring.error.invalid' };
    }
    case 'invalid_format':
      return { key: last === 'id' ? 'scoring.error.id' : 'scoring.error.invalid' };
    case 'custom':
      if (last === 'sql' && prev === 'thresholds') return { key: 'scoring.error.thresholdOrder' };
      if (last === 'max') return { key: 'scoring.error.betweenOrder' };
      if (last === 'rules') return { key: 'scoring.error.duplicateIds' };
      if (last === 'atLeast') return { key: 'scoring.error.atLeastKept', values: { max: ACTIVITY_TIMES_KEPT } };
      return { key: 'scoring.error.invalid' };
    default:
      return { key: 'scoring.error.invalid' };
  }
}

export type FormErrors = Readonly<Record<string, string>>;

/**
 * Map field path -> translated message (the first issue per field wins).
 * `prefix` places the issues of a single rule (RuleSchema) at its place in the
 * set, e.g. ['rules', 2]; `input` is what was validated (for messages that quote it).
 */
export function formErrors(issues: readonly Issue[], options: { prefix?: Path; input?: unknown } = {}): FormErrors {
  const prefix = options.prefix ?? [];
  const map = new Map<string, string>();
  for (const { path, issue } of flattenIssues(issues)) {
    const key = pathKey([...prefix, ...path]);
    if (map.has(key)) continue;
    const { key: messageKey, values } = describeIssue(issue, path, options.input);
    map.set(key, t(messageKey, values));
  }
  return Object.fromEntries(map);
}

/** The message for a field: its own, else the first one of something inside it (e.g. one term of a list). */
export function errorAt(errors: FormErrors, key: string): string | undefined {
  const own = Object.prototype.hasOwnProperty.call(errors, key) ? errors[key] : undefined;
  if (own !== undefined) return own;
  const nested = Object.keys(errors).find((k) => k.startsWith(`${key}.`));
  return nested === undefined ? undefined : errors[nested];
}

/** Whether any message belongs to the field or something inside it. */
export function hasErrorUnder(errors: FormErrors, key: string): boolean {
  return Object.keys(errors).some((k) => k === key || k.startsWith(`${key}.`));
}
