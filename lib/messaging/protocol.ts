import { z } from 'zod';
import { CaptureSchema, CompanyCaptureSchema, PersonCaptureSchema } from '../capture/schema';
import { Id } from '../schema/records';
import { RuleSetSchema, ScoreLabel } from '../scoring/schema';

/**
 * The one messaging protocol between content scripts, background and pages.
 * Every message is a Zod schema; every receiver parses what it gets and answers
 * a malformed message with an error, never a crash.
 */

// ---- to the background --------------------------------------------------------
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** Save a capture through the one validated save path. */
  z.object({ type: z.literal('capture.save'), capture: CaptureSchema }),
  /** Is the profile at this URL saved already? (content scripts cannot read the database) */
  z.object({ type: z.literal('lead.lookup'), url: z.string().max(4096) }),
  /** Open the side panel (sidebar in Firefox), on a lead or a view if given. */
  z.object({ type: z.literal('panel.open'), leadId: Id.optional(), view: z.enum(['new', 'list']).optional() }),
  /** Store a new scoring rule set and rescore every lead in the background. */
  z.object({ type: z.literal('scoring.save'), ruleSet: RuleSetSchema }),
  /** Set a lead's label by hand (a lower score never silently demotes it). */
  z.object({ type: z.literal('lead.label'), leadId: Id, label: ScoreLabel }),
  /** Read a tab (default: the active one) for the "Save this page" form. */
  z.object({ type: z.literal('page.read'), tabId: z.number().int().nonnegative().optional() }),
  /** The rep sent a LinkedIn invite or message on this profile: log it on the saved lead (and complete its step). */
  z.object({ type: z.literal('touch.record'), url: z.string().max(4096), kind: z.enum(['invite-sent', 'linkedin-message']) }),
  /** A page found the kept totals disagreeing: rebuild them here, where closing the popup cannot cut the walk short. */
  z.object({ type: z.literal('totals.rebuild') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const SavedSummary = z.object({
  kind: z.enum(['person', 'company']),
  status: z.enum(['created', 'updated']),
  id: Id,
  name: z.string().max(400),
});
export type SavedSummary = z.infer<typeof SavedSummary>;

export const PageReadResult = z.object({
  url: z.string().max(4096),
  /** What the page offers, for the popup's confirm form. */
  person: PersonCaptureSchema.optional(),
  company: CompanyCaptureSchema.optional(),
  /** True when the page is a LinkedIn profile or company whose data is complete enough to save as is. */
  isLeadPage: z.boolean(),
  sources: z.array(z.string().max(40)).max(20),
});
export type PageReadResult = z.infer<typeof PageReadResult>;

export const BackgroundResponses = {
  'capture.save': SavedSummary,
  'lead.lookup': z.object({ id: Id, name: z.string().max(400) }).nullable(),
  /** The lead the touch was logged on, or null when the profile is not saved. */
  'touch.record': z.object({ id: Id, name: z.string().max(400), completedStep: z.string().max(120).optional() }).nullable(),
  'panel.open': z.object({ opened: z.enum(['panel', 'tab']) }),
  'page.read': PageReadResult,
  'scoring.save': z.object({ revision: z.number().int() }),
  'lead.label': z.object({ label: ScoreLabel }),
  'totals.rebuild': z.object({ rebuilt: z.literal(true) }),
} satisfies Record<BackgroundRequest['type'], z.ZodType>;

// ---- to a content script --------------------------------------------------------
export const ContentRequest = z.discriminatedUnion('type', [
  /** Extract the lead on this page now (keyboard shortcut). */
  z.object({ type: z.literal('page.extract') }),
  /** Tell the rep, in the page, what happened to a shortcut capture. */
  z.object({
    type: z.literal('page.notice'),
    notice: z.enum(['saved', 'updated', 'no-lead', 'error']),
    name: z.string().max(400).optional(),
    leadId: Id.optional(),
    errorCode: z.string().max(40).optional(),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const ContentResponses = {
  'page.extract': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), capture: CaptureSchema }),
    z.object({ ok: z.literal(false), reason: z.enum(['not-a-lead-page', 'no-identity']) }),
  ]),
  'page.notice': z.object({ shown: z.boolean() }),
} satisfies Record<ContentRequest['type'], z.ZodType>;

// ---- envelope -------------------------------------------------------------------
export const ErrorCode = z.enum(['bad-request', 'quota', 'blocked', 'unavailable', 'invalid', 'no-tab', 'unknown']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, detail: z.string().max(500).optional() }) }),
]);
export type Envelope = z.infer<typeof Envelope>;

export type BackgroundResponse<T extends BackgroundRequest['type']> = z.infer<(typeof BackgroundResponses)[T]>;
export type ContentResponse<T extends ContentRequest['type']> = z.infer<(typeof ContentResponses)[T]>;

/** An error that crossed a context boundary, with a code the UI can put into words. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MessageError';
  }
}

/** Unwrap an answer: parse the envelope and the payload, or throw a MessageError. */
export function unwrap<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) throw new MessageError('bad-request', 'malformed answer');
  if (!envelope.data.ok) throw new MessageError(envelope.data.error.code, envelope.data.error.detail);
  const payload = schema.safeParse(envelope.data.data);
  if (!payload.success) throw new MessageError('bad-request', 'malformed payload');
  return payload.data;
}
