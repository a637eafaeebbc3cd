import * as z from 'zod/mini';
import { ID_PATTERN } from '../schema/id-pattern';
import type { BackgroundRequest } from './protocol';

/**
 * The LinkedIn content script's part of the one messaging protocol (lib/messaging/protocol.ts,
 * which re-exports all of it): what it receives (ContentRequest), the answers it parses, and the
 * envelope. Written with Zod's small build, zod/mini, and importing nothing that uses classic Zod:
 * the content script runs on every LinkedIn page and has a size budget (docs/benchmarks.md).
 * Classic and mini schemas share zod/v4/core, so protocol.ts mixes them and z.infer reads both.
 */

/** Record ids as lib/schema/id.ts checks them. */
const Id = z.string().check(z.regex(ID_PATTERN));
const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.nonnegative());

// ---- answers from the background to what the content script asks ----------------
/**
 * "Already in your CRM" for one person. The link is the CRM's record page, built by the
 * background from the connected account (never from page data); https only.
 */
export const CrmLookupAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('not-connected') }),
  z.object({ status: z.literal('not-found') }),
  z.object({
    status: z.literal('found'),
    name: text(400),
    owner: z.optional(text(400)),
    lifecycleStage: z.optional(text(100)),
    /** The portal's name for a stage of its own (HubSpot's defaults are named in the rep's language instead). */
    lifecycleStageLabel: z.optional(text(100)),
    url: z.string().check(z.maxLength(2048), z.regex(/^https:\/\/[a-z0-9.-]+\//i)),
  }),
  /** busy: over the lookups-a-minute limit (ours or the CRM's); reconnect: the CRM refused the token. */
  z.object({ status: z.literal('unavailable'), reason: z.enum(['busy', 'error', 'reconnect', 'scopes']) }),
]);
export type CrmLookupAnswer = z.infer<typeof CrmLookupAnswer>;

export const SavedSummary = z.object({
  kind: z.enum(['person', 'company']),
  status: z.enum(['created', 'updated']),
  id: Id,
  name: text(400),
});
export type SavedSummary = z.infer<typeof SavedSummary>;

/** The answers the LinkedIn content script parses, by the request it sent (lib/messaging/senders.ts says what it may send). */
export const ContentScriptResponses = {
  'capture.save': SavedSummary,
  /** How many of the people made a new lead and how many merged into one (the duplicate rules of an import). */
  'capture.saveList': z.object({ created: count(), merged: count() }),
  'capture.diagnostic': z.object({ kept: z.literal(true) }),
  /** The page looked up (the tab's URL when the message arrived) and its saved lead, if any. */
  'lead.lookup': z.object({ url: text(4096), lead: z.nullable(z.object({ id: Id, name: text(400) })) }),
  /** The lead the touch was logged on, or null when the profile is not saved. */
  'touch.record': z.nullable(z.object({ id: Id, name: text(400), completedStep: z.optional(text(120)) })),
  'i18n.content': z.object({ locale: z.string().check(z.regex(/^[a-z]{2,3}$/)), messages: z.record(text(200), text(2000)) }),
  /** 'refused': the browser would not open the panel and a fallback tab was opened too recently. */
  'panel.open': z.object({ opened: z.enum(['panel', 'tab', 'refused']) }),
  /** The profile looked up (canonical; the tab's URL when the content script asked) and what the CRM has. */
  'crm.lookup': z.object({ page: text(4096), answer: CrmLookupAnswer }),
  /** The LinkedIn extractors are loaded in the sender's tab (lib/content/reader.ts). */
  'linkedin.reader': z.object({ loaded: z.literal(true) }),
} satisfies { [T in BackgroundRequest['type']]?: z.core.$ZodType };
/** What the LinkedIn content script may send (and parse the answer of). */
export type ContentScriptRequest = Extract<BackgroundRequest, { type: keyof typeof ContentScriptResponses }>;
export type ContentScriptResponse<T extends ContentScriptRequest['type']> = z.infer<(typeof ContentScriptResponses)[T]>;

// ---- to a content script --------------------------------------------------------
export const ContentRequest = z.discriminatedUnion('type', [
  /** Extract the lead on this page now (keyboard shortcut). */
  z.object({ type: z.literal('page.extract') }),
  /** Tell the rep, in the page, what happened to a shortcut capture. */
  z.object({
    type: z.literal('page.notice'),
    notice: z.enum(['saved', 'updated', 'no-lead', 'error']),
    name: z.optional(text(400)),
    leadId: z.optional(Id),
    errorCode: z.optional(text(40)),
    /** The page that was read and saved: the rep may have moved on (in the page) before the answer came. */
    url: z.optional(text(4096)),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

// ---- envelope -------------------------------------------------------------------
/** forbidden: the sender may not ask this (a content script asking for a privileged change). */
/** reload: the extension was updated or reloaded while the page stayed open; the content script reaches nothing until the page is reloaded. */
export const ErrorCode = z.enum(['bad-request', 'forbidden', 'quota', 'upgrade', 'blocked', 'unavailable', 'invalid', 'no-tab', 'reload', 'unknown']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, detail: z.optional(text(500)) }) }),
]);
export type Envelope = z.infer<typeof Envelope>;

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

/** Unwrap an answer: parse the envelope and the payload (a classic or a mini schema), or throw a MessageError. */
export function unwrap<S extends z.core.$ZodType>(schema: S, raw: unknown): z.infer<S> {
  const envelope = z.safeParse(Envelope, raw);
  if (!envelope.success) throw new MessageError('bad-request', 'malformed answer');
  if (!envelope.data.ok) throw new MessageError(envelope.data.error.code, envelope.data.error.detail);
  const payload = z.safeParse(schema, envelope.data.data);
  if (!payload.success) throw new MessageError('bad-request', 'malformed payload');
  return payload.data;
}
