import { ACTIVITY_KINDS } from '../schema/records';
import { companySizeOf } from './company-size';
import type { FIT_TEXT_FIELDS, ScoringInput } from './schema';
import { seniorityOfFolded } from './seniority';
import { foldValue } from './text-match';

/**
 * One lead as the rules see it: each field folded at most once however many
 * rules and persona parts read it (a rescore of 100,000 leads folds each title
 * once, not once per rule). Tolerates a malformed input (a non-string title, no
 * tags array, a non-array of times): such values count as missing.
 */

export type TextField = Exclude<(typeof FIT_TEXT_FIELDS)[number], 'tags'>;
type PlainField = Exclude<TextField, 'seniority'>;
export type ActivityKindName = (typeof ACTIVITY_KINDS)[number];

const UNSET = Symbol('unset');
const EMPTY: readonly number[] = [];

export class LeadView {
  private readonly input: Partial<ScoringInput>;
  private readonly folded = new Map<TextField, string | undefined>();
  private foldedTags: readonly string[] | undefined;
  private size: number | undefined | typeof UNSET = UNSET;

  constructor(input: ScoringInput) {
    this.input = typeof input === 'object' && input !== null ? input : {};
  }

  /** The folded value of a single-valued field; undefined when missing or blank. */
  text(field: TextField): string | undefined {
    if (this.folded.has(field)) return this.folded.get(field);
    const value = field === 'seniority' ? seniorityOfFolded(this.text('title')) : foldValue(this.input[field as PlainField]);
    this.folded.set(field, value);
    return value;
  }

  /** Folded, non-blank tags. */
  tags(): readonly string[] {
    if (this.foldedTags === undefined) {
      const out: string[] = [];
      const tags: unknown = this.input.tags;
      if (Array.isArray(tags)) {
        for (const tag of tags) {
          const folded = foldValue(tag);
          if (folded !== undefined) out.push(folded);
        }
      }
      this.foldedTags = out;
    }
    return this.foldedTags;
  }

  /** Lower bound of employees from the size band (see company-size.ts). */
  companySize(): number | undefined {
    if (this.size === UNSET) this.size = companySizeOf(this.text('sizeBand'));
    return this.size;
  }

  /** The raw activity map (may be malformed; see activityTimes). */
  activity(): ScoringInput['activity'] | undefined {
    return this.input.activity;
  }

  /** Times of one activity kind (possibly containing junk: callers check each value). */
  times(kind: ActivityKindName): readonly unknown[] {
    return activityTimes(this.input.activity, kind);
  }
}

/** The times array of one kind from an activity map, or an empty one when either is malformed. */
export function activityTimes(activity: unknown, kind: ActivityKindName): readonly unknown[] {
  if (typeof activity !== 'object' || activity === null) return EMPTY;
  const times: unknown = (activity as Record<string, unknown>)[kind];
  return Array.isArray(times) ? times : EMPTY;
}
