import { z } from 'zod';
import { Id } from '../schema/id';
import { epochMs, line, multiline } from '../schema/text';

/**
 * The pipeline: stages with a probability each, the history of every stage
 * change (so time-in-stage, conversion and cycle length can be computed), and
 * what a rep records while qualifying a lead.
 */

export const StageKind = z.enum(['new', 'open', 'won', 'lost']);
export type StageKind = z.infer<typeof StageKind>;

export const StageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1).max(60),
  /** Chance an open deal in this stage closes as won, in percent (won 100, lost 0). */
  probability: z.number().int().min(0).max(100),
  kind: StageKind,
});
export type Stage = z.infer<typeof StageSchema>;

/** Exactly one "new" stage first, at least one open stage, one won and one lost stage. */
export const StagesSchema = z
  .array(StageSchema)
  .min(4)
  .max(30)
  .superRefine((stages, ctx) => {
    if (new Set(stages.map((s) => s.id)).size !== stages.length) ctx.addIssue({ code: 'custom', message: 'stage ids must be unique' });
    const count = (kind: StageKind) => stages.filter((s) => s.kind === kind).length;
    if (stages[0]?.kind !== 'new' || count('new') !== 1) ctx.addIssue({ code: 'custom', message: 'exactly one "new" stage, first' });
    if (count('open') < 1) ctx.addIssue({ code: 'custom', message: 'at least one open stage' });
    if (count('won') !== 1 || count('lost') !== 1) ctx.addIssue({ code: 'custom', message: 'exactly one won and one lost stage' });
  });

/** ISO 4217 currency code. */
export const Currency = z.string().regex(/^[A-Z]{3}$/);

export const PipelineSettingsSchema = z.object({
  stages: StagesSchema,
  /** The rep's currency: new deal values default to it, and totals are shown in it. */
  currency: Currency,
});
export type PipelineSettings = z.infer<typeof PipelineSettingsSchema>;

/** A deal value: money, never negative, never absurd. */
export const DealValue = z.number().finite().min(0).max(1_000_000_000_000);

export const BANT_KEYS = ['budget', 'authority', 'need', 'timeline'] as const;
export const BantItem = z.object({ checked: z.boolean(), note: line(200) });
export const BantSchema = z.object({ budget: BantItem, authority: BantItem, need: BantItem, timeline: BantItem });
export type Bant = z.infer<typeof BantSchema>;

export const NextStepSchema = z.object({ text: line(300), dueAt: epochMs.optional() });

/** One stage change of a lead. Nothing is ever deleted from this history. */
export const StageChangeSchema = z.object({
  id: Id,
  leadId: Id,
  at: epochMs,
  /** Undefined for the lead's first stage. */
  fromStage: z.string().max(40).optional(),
  toStage: z.string().max(40),
  kind: z.enum(['change', 'won', 'lost', 'reactivated', 'stage-removed']),
  /** Final value for won and lost. */
  value: DealValue.optional(),
  currency: Currency.optional(),
  reason: multiline(500),
  /** For won and lost: when the lead was created, so the sales cycle needs no other read. */
  leadCreatedAt: epochMs.optional(),
});
export type StageChange = z.infer<typeof StageChangeSchema>;

/** Pipeline fields a lead carries (schema v3). */
export const LeadPipelineFields = {
  stageId: z.string().max(40),
  stageChangedAt: epochMs,
  dealValue: DealValue.optional(),
  currency: Currency.optional(),
  expectedCloseAt: epochMs.optional(),
  referredBy: line(200),
  bant: BantSchema,
  nextStep: NextStepSchema.optional(),
  /** nextStep.dueAt, as an index for the "due" filter. */
  nextStepDueAt: epochMs.optional(),
  /** Latest touch (activity other than "captured"), for sorting by last touch. */
  lastTouchAt: epochMs.optional(),
  /** Every stage the lead has been in (kept by the write layer on each stage change; the funnel is counted from it). */
  reached: z.array(z.string().max(40)).max(30).optional(),
  /** How many times the lead was reactivated after being lost ("rescued" leads). */
  reactivations: z.number().int().min(0).max(1000),
  lostReason: line(300),
};
