import { z } from 'zod';
import { ActivityKind } from '../schema/records';

/**
 * The scoring model, as data. A rule set is what sales-ops edits on the options
 * page, exports and imports; the engine (engine.ts) turns it and a lead into a
 * score with an explanation. No free-form regular expressions anywhere: every
 * operator is a plain string or number comparison, linear in the input.
 */

export const RULESET_FORMAT_VERSION = 1;

/** Fields a fit rule can look at: the lead's own, its company's, and derived ones. */
export const FIT_TEXT_FIELDS = ['title', 'headline', 'seniority', 'companyName', 'industry', 'sizeBand', 'location', 'source', 'email', 'phone', 'tags'] as const;
export const FIT_NUMBER_FIELDS = ['companySize'] as const;
export const FitTextField = z.enum(FIT_TEXT_FIELDS);
export const FitNumberField = z.enum(FIT_NUMBER_FIELDS);

/** Seniority derived from the title's words, most senior first. */
export const SENIORITIES = ['c-level', 'vp', 'head', 'director', 'manager', 'senior', 'entry'] as const;
export const Seniority = z.enum(SENIORITIES);

const term = z.string().trim().min(1).max(100);
const terms = z.array(term).min(1).max(50);
const finite = z.number().finite().min(-1e12).max(1e12);

/** Conditions a sales-ops person understands. Text comparisons ignore case and accents. */
export const TextCondition = z.discriminatedUnion('op', [
  z.object({ kind: z.literal('text'), field: FitTextField, op: z.literal('equals'), value: term }),
  z.object({ kind: z.literal('text'), field: FitTextField, op: z.literal('contains'), value: term }),
  z.object({ kind: z.literal('text'), field: FitTextField, op: z.literal('startsWith'), value: term }),
  z.object({ kind: z.literal('text'), field: FitTextField, op: z.literal('isOneOf'), values: terms }),
  z.object({ kind: z.literal('text'), field: FitTextField, op: z.literal('isEmpty') }),
  z.object({ kind: z.literal('text'), field: FitTextField, op: z.literal('isNotEmpty') }),
]);
export const NumberCondition = z.discriminatedUnion('op', [
  z.object({ kind: z.literal('number'), field: FitNumberField, op: z.literal('greaterThan'), value: finite }),
  z.object({ kind: z.literal('number'), field: FitNumberField, op: z.literal('lessThan'), value: finite }),
  z.object({ kind: z.literal('number'), field: FitNumberField, op: z.literal('between'), min: finite, max: finite }).refine((c) => c.min <= c.max, {
    message: 'min must not exceed max',
    path: ['max'],
  }),
]);
/** "Fits the buyer persona" (see PersonaSchema). */
export const PersonaCondition = z.object({ kind: z.literal('persona') });
/** An activity of a kind happened at least `atLeast` times within the last `withinDays` days. */
export const ActivityCondition = z.object({
  kind: z.literal('activity'),
  activity: ActivityKind,
  atLeast: z.number().int().min(1).max(1000),
  withinDays: z.number().int().min(1).max(3650),
});

export const Condition = z.union([TextCondition, NumberCondition, PersonaCondition, ActivityCondition]);
export type Condition = z.infer<typeof Condition>;

export const RuleSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean(),
  condition: Condition,
  /** Points added (or, negative, subtracted). Engagement rules with per "occurrence" give them per matching activity. */
  points: z.number().int().min(-1000).max(1000),
  per: z.enum(['match', 'occurrence']),
  /** Most this rule can contribute, in absolute value; undefined is no cap. */
  cap: z.number().int().min(1).max(100_000).optional(),
  /** The rep typed the shipped English name in another language: show it as typed (lib/i18n/default-names.ts). */
  renamed: z.boolean().optional(),
});
export type Rule = z.infer<typeof RuleSchema>;

export const PersonaSchema = z.object({
  name: z.string().trim().min(1).max(120),
  /** Each list that is not empty must match (any of its terms); empty lists are ignored. */
  titles: z.array(term).max(100),
  industries: z.array(term).max(100),
  sizeBands: z.array(term).max(50),
  locations: z.array(term).max(100),
  /** As a rule's `renamed`. */
  renamed: z.boolean().optional(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const DecaySchema = z.object({
  enabled: z.boolean(),
  /** Engagement points start to fade after this many days without any activity. */
  quietDays: z.number().int().min(1).max(3650),
  /** Share of engagement points lost per further quiet week, in percent. */
  weeklyLossPercent: z.number().min(0).max(100),
});

export const ThresholdsSchema = z
  .object({ mql: z.number().int().min(-100_000).max(100_000), sql: z.number().int().min(-100_000).max(100_000) })
  .refine((t) => t.mql < t.sql, { message: 'The MQL threshold must be below the SQL threshold', path: ['sql'] });

export const RuleSetSchema = z.object({
  rules: z.array(RuleSchema).max(200).refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, { message: 'Rule ids must be unique' }),
  persona: PersonaSchema,
  decay: DecaySchema,
  thresholds: ThresholdsSchema,
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** How many times of each activity kind a lead keeps (its activitySummary): all an activity rule can count. */
export const ACTIVITY_TIMES_KEPT = 50;

/**
 * A rule set as the editor and the rules-file import accept it: also refusing an activity
 * count above what a lead keeps, which could never match. Stored and sent rule sets are
 * read with RuleSetSchema, so a set saved before this check still loads (and the editor
 * then shows the count to fix).
 */
export const EditableRuleSetSchema = RuleSetSchema.superRefine((set, ctx) => {
  set.rules.forEach((rule, i) => {
    if (rule.condition.kind === 'activity' && rule.condition.atLeast > ACTIVITY_TIMES_KEPT) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'condition', 'atLeast'], message: `At most ${ACTIVITY_TIMES_KEPT} are kept`, input: rule.condition.atLeast });
    }
  });
});

/** The exported file: versioned, so a newer format is refused instead of misread. */
export const RuleSetFileSchema = z.object({
  format: z.literal('prospecting-assistant/scoring-rules'),
  version: z.number().int().min(1),
  exportedAt: z.string().max(40),
  ruleSet: RuleSetSchema,
});
export type RuleSetFile = z.infer<typeof RuleSetFileSchema>;

export const ScoreLabel = z.enum(['cold', 'mql', 'sql']);
export type ScoreLabel = z.infer<typeof ScoreLabel>;

/** What the engine needs to know about a lead (a projection of the stored lead and its company). */
export type ScoringInput = {
  title?: string;
  headline?: string;
  companyName?: string;
  industry?: string;
  sizeBand?: string;
  location?: string;
  source?: string;
  email?: string;
  phone?: string;
  tags: readonly string[];
  /** Times (epoch ms) of the lead's activities by kind, any order. */
  activity: Partial<Record<z.infer<typeof ActivityKind>, readonly number[]>>;
};

export type RuleContribution = {
  ruleId: string;
  name: string;
  /** Points after caps and decay, rounded to one decimal; the total is their sum. */
  points: number;
  category: 'fit' | 'engagement';
  /** For engagement rules: matching activities counted in the window. */
  occurrences?: number;
  /** Decay factor applied (1 = none). */
  decay?: number;
  capped?: boolean;
};

export type PersonaMatch = {
  fits: boolean;
  /** Which parts of the persona matched (only parts the persona specifies). */
  parts: { part: 'titles' | 'industries' | 'sizeBands' | 'locations'; matched: boolean; term?: string }[];
};

export type ScoreResult = {
  total: number;
  label: ScoreLabel;
  contributions: RuleContribution[];
  persona: PersonaMatch;
};
