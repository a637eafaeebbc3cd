import { z } from 'zod';
import { Id } from '../schema/id';
import { cleanLine, LIMITS } from '../schema/clean-text';
import { epochMs, multiline } from '../schema/text';

/**
 * Follow-up sequences: ordered steps the rep works through, and each lead's
 * enrolment in one. The extension reminds and records; it never sends anything.
 */

export const SEQUENCE_CHANNELS = ['linkedin-invite', 'linkedin-message', 'email', 'call', 'task'] as const;
export const SequenceChannel = z.enum(SEQUENCE_CHANNELS);
export type SequenceChannel = z.infer<typeof SequenceChannel>;

/** Longest delay between two steps, in days: a year. More is a typo, not a cadence. */
export const MAX_DELAY_DAYS = 365;
export const MAX_STEPS = 20;

export const SequenceStepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  channel: SequenceChannel,
  /** Days after the previous step was done or skipped (after enrolment for the first step). */
  delayDays: z.number().int().min(0).max(MAX_DELAY_DAYS),
  /** Count Monday to Friday only. */
  businessDays: z.boolean(),
  title: z.string().trim().min(1).max(120),
  /** Message with placeholders such as {firstName} and {company}. */
  template: multiline(4_000).default(''),
  /** The rep typed the shipped English title (`renamed`) or template (`rewritten`) in another language: show it as typed (lib/i18n/default-names.ts). */
  renamed: z.boolean().optional(),
  rewritten: z.boolean().optional(),
});
export type SequenceStep = z.infer<typeof SequenceStepSchema>;

export const SequenceTriggerSchema = z.discriminatedUnion('kind', [
  // Cleaned as a lead's tags are (lib/schema/text.ts): a double space or a pasted no-break space
  // in the trigger would otherwise never equal the tag as stored on the lead.
  z.object({ kind: z.literal('tag-added'), tag: z.string().transform((tag) => cleanLine(tag, 1_000).toLowerCase()).pipe(z.string().min(1).max(LIMITS.tag)) }),
  z.object({ kind: z.literal('stage-entered'), stageId: z.string().max(40) }),
  z.object({ kind: z.literal('became-sql') }),
]);
export type SequenceTrigger = z.infer<typeof SequenceTriggerSchema>;

export const SequenceSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(80),
  steps: z.array(SequenceStepSchema).min(1).max(MAX_STEPS),
  triggers: z.array(SequenceTriggerSchema).max(10),
  createdAt: epochMs,
  updatedAt: epochMs,
  /** A deleted sequence is kept (hidden) so its enrolments' history still names it. */
  deletedAt: epochMs.optional(),
  /** As a step's `renamed`, for the name. */
  renamed: z.boolean().optional(),
});
export type Sequence = z.infer<typeof SequenceSchema>;

export const STOP_REASONS = ['completed', 'reply', 'won', 'lost', 'manual', 'sequence-deleted', 'erased'] as const;
export const StopReason = z.enum(STOP_REASONS);
export type StopReason = z.infer<typeof StopReason>;

export const StepOutcomeSchema = z.object({
  stepId: z.string().max(40),
  outcome: z.enum(['done', 'skipped']),
  at: epochMs,
  /** When the step was due, so lateness can be measured. */
  dueAt: epochMs,
});
export type StepOutcome = z.infer<typeof StepOutcomeSchema>;

export const EnrolmentSchema = z.object({
  id: Id,
  leadId: Id,
  sequenceId: Id,
  enrolledAt: epochMs,
  /** How the lead got here: by hand, in bulk, or by a trigger. */
  via: z.enum(['manual', 'bulk', 'tag-added', 'stage-entered', 'became-sql']),
  status: z.enum(['active', 'ended']),
  /** Index of the step to do next (steps.length once all are done). */
  stepIndex: z.number().int().min(0).max(MAX_STEPS),
  /** When the current step is due; set only while active (the reminders index). */
  dueAt: epochMs.optional(),
  /** The due time a reminder was already sent for: a clock jump never repeats one. */
  remindedDueAt: epochMs.optional(),
  /**
   * `dueAt` while its reminder is still to be sent, absent otherwise: the index the
   * background reads due reminders from, so reminded steps never stand in the way.
   * Derived: the write layer sets it on every write (lib/sequences/reminders.ts).
   */
  remindAt: epochMs.optional(),
  history: z.array(StepOutcomeSchema).max(MAX_STEPS * 4),
  endedAt: epochMs.optional(),
  stopReason: StopReason.optional(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;
