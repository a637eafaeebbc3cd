import { CrmError } from '../errors';
import type { BatchObjects, HubSpotObject } from './schemas';

/**
 * HubSpot refusing some records of a batch write, told apart from the batch failing.
 *
 * - A 400 VALIDATION_ERROR (an INVALID_EMAIL, a value a property does not allow, an
 *   association target that is gone) refuses the whole batch for what may be one input, and
 *   applies nothing: the batch is split in halves and each sent again (`isolating`), so one bad
 *   record costs at most 2·log2(n) more calls, and the others are written.
 * - A 207 applied the rest: its errors name the inputs they refused (`context` holds our
 *   `objectWriteTraceId`s or HubSpot's `ids`); errors naming none refuse the inputs the answer
 *   does not list (`splitAnswer`).
 * Nothing else is isolated: 401/403, 429, 5xx and lost answers are thrown by http.ts before
 * any of this, and a property the portal lacks (PROPERTY_DOESNT_EXIST) fails every record
 * alike: that is the request's fault, not a record's, and the push fails as it did.
 */

/** An input HubSpot refused: our trace id for it (a local record id) and HubSpot's reason, readable. */
export type Refusal = { trace: string; message: string };

export type Written = { results: HubSpotObject[]; refused: Refusal[]; /** Ids an update named that HubSpot no longer has. */ missing: string[] };

/** What is kept of HubSpot's reason: it is outside data, shown as text, so bounded. */
export const REASON_MAX = 300;

const MISSING_PROPERTY = /PROPERTY_DOESNT_EXIST|Property "[^"]*" does not exist/i;

/** HubSpot's reason when `error` is a refusal of the records sent (a 400 with its error body), else undefined. */
export function recordRefusal(error: unknown): string | undefined {
  if (!(error instanceof CrmError) || error.kind !== 'rejected' || error.status !== 400 || error.detail?.category !== 'VALIDATION_ERROR') return undefined;
  if (MISSING_PROPERTY.test(error.detail.message)) return undefined;
  return readableReason(error.detail.message);
}

/**
 * HubSpot's message, readable: "Property values were not valid: [{…"message":"Email address x is
 * invalid"…}]" becomes the inner messages; whitespace collapsed; at most REASON_MAX characters.
 */
export function readableReason(message: string): string {
  let text = message;
  const start = message.indexOf('[{');
  if (start >= 0) {
    try {
      const inner: unknown = JSON.parse(message.slice(start, message.lastIndexOf('}]') + 2));
      const said = Array.isArray(inner) ? inner.map((i: unknown) => (i && typeof i === 'object' && typeof (i as { message?: unknown }).message === 'string' ? (i as { message: string }).message : '')).filter(Boolean) : [];
      if (said.length > 0) text = said.join('; ');
    } catch {
      // Not the JSON HubSpot usually embeds: the message as it is.
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > REASON_MAX ? `${text.slice(0, REASON_MAX - 1)}…` : text;
}

/**
 * Send the inputs; when HubSpot refuses the batch for its records (a 400, nothing applied),
 * send each half again, down to the single inputs it refuses. Safe for creates too: a 400
 * applied nothing, so nothing is sent twice that was made once.
 */
export async function isolating<I extends { trace: string }>(inputs: I[], send: (part: I[]) => Promise<Written>): Promise<Written> {
  try {
    return await send(inputs);
  } catch (error) {
    const reason = recordRefusal(error);
    if (reason === undefined) throw error;
    if (inputs.length === 1) return { results: [], refused: [{ trace: inputs[0]!.trace, message: reason }], missing: [] };
    const middle = Math.ceil(inputs.length / 2);
    const first = await isolating(inputs.slice(0, middle), send);
    const second = await isolating(inputs.slice(middle), send);
    return { results: [...first.results, ...second.results], refused: [...first.refused, ...second.refused], missing: [...first.missing, ...second.missing] };
  }
}

/** An input as a 207's errors may name it: our trace id, and the id HubSpot knows it by (the record id for an upsert, HubSpot's id for an update). */
export type Named = { trace: string; id?: string };

/**
 * A batch answer, split: what was written, what was refused, and the ids errors of the `missing`
 * category name (OBJECT_NOT_FOUND of an update). `keyOf` gives a result's trace id (its record id,
 * or HubSpot's id for an update), undefined when the answer leaves it out. Throws `rejected` when
 * errors name no input and the answer does not say which inputs it left out.
 */
export function splitAnswer(what: string, answer: BatchObjects, inputs: readonly Named[], keyOf: (object: HubSpotObject) => string | undefined, missingCategory?: string): Written {
  const written: Written = { results: answer.results, refused: [], missing: [] };
  const unnamed: string[] = [];
  const refused = new Map<string, string>();
  for (const error of answer.errors ?? []) {
    const named = [...(error.context?.objectWriteTraceId ?? []), ...(error.context?.ids ?? []), ...(error.context?.id ?? [])];
    if (missingCategory !== undefined && error.category === missingCategory) {
      written.missing.push(...named);
      continue;
    }
    const reason = readableReason(error.message);
    const hit = inputs.filter((i) => named.includes(i.trace) || (i.id !== undefined && named.includes(i.id)));
    if (hit.length === 0) unnamed.push(reason);
    for (const input of hit) if (!refused.has(input.trace)) refused.set(input.trace, reason);
  }
  if (unnamed.length > 0) {
    const keys = answer.results.map(keyOf);
    if (keys.some((k) => k === undefined)) throw new CrmError('rejected', `${what}: ${unnamed.length} refused (${unnamed[0]!.slice(0, 200)})`, 207);
    const answered = new Set(keys);
    const left = inputs.filter((i) => !answered.has(i.trace) && !refused.has(i.trace) && !(i.id !== undefined && (answered.has(i.id) || written.missing.includes(i.id))));
    for (const input of left) refused.set(input.trace, unnamed.join('; ').slice(0, REASON_MAX));
  }
  written.refused = [...refused].map(([trace, message]) => ({ trace, message }));
  return written;
}
