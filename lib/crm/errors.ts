/**
 * What can go wrong talking to a CRM, as one typed error with a kind the sync acts on:
 * - `reconnect`: the token was refused (401/403): stop, keep the outbox, ask the rep.
 * - `missing-scopes`: the token is good but its app lacks a scope the call needs (HubSpot's
 *   403 MISSING_SCOPES): connecting again with it cannot help; the rep adds the scopes
 *   (`scopes`, as the CRM names them) to the app, and the same token then works.
 * - `rate-limited`: still limited after waiting as told (Retry-After) the allowed times.
 * - `unavailable`: network errors or 5xx after the retries.
 * - `ambiguous-write`: a create that is not safe to resend failed without an answer: it
 *   may have been applied. Run the whole push again: it finds what was made.
 * - `rejected`: the CRM refused the request (4xx other than the above): a bug or bad data.
 * - `bad-response`: the answer did not have the shape we read (outside data is parsed).
 */
export type CrmErrorKind = 'reconnect' | 'missing-scopes' | 'rate-limited' | 'unavailable' | 'ambiguous-write' | 'rejected' | 'bad-response';

/**
 * What the CRM said of a refused request, as it said it (outside data: text only); for
 * `missing-scopes`, the scopes it named (checked against a scope's spelling).
 */
export type CrmErrorDetail = { category?: string; message: string; scopes?: string[] };

export class CrmError extends Error {
  constructor(
    readonly kind: CrmErrorKind,
    message: string,
    readonly status?: number,
    /** The CRM's own error body, when it sent one: which record it refused and why is read from it. */
    readonly detail?: CrmErrorDetail,
  ) {
    super(message);
    this.name = 'CrmError';
  }

  /** For `missing-scopes`: the scopes the CRM said the call needs. */
  get scopes(): readonly string[] {
    return this.detail?.scopes ?? [];
  }
}

export function isCrmError(error: unknown, kind?: CrmErrorKind): error is CrmError {
  return error instanceof CrmError && (kind === undefined || error.kind === kind);
}
