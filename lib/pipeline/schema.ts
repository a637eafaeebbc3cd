import { z } from 'zod';
import { Id } from '../schema/id';
import { Currency } from './settings-schema';
import { epochMs, line, multiline } from '../schema/text';

/**
 * The pipeline: stages with a probability each, the history of every stage
 * change (so time-in-stage, conversion and cycle length can be computed), and
 * what a rep records while qualifying a lead.
 */

export { StageKind, StageSchema, StagesSchema, Currency, PipelineSettingsSchema, type Stage, type PipelineSettings } from './settings-schema';

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
  currency: z.optional(Currency),
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
  currency: z.optional(Currency),
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
