import type { z } from 'zod';
import { CrmError, type CrmErrorDetail } from '../errors';
import { HubSpotErrorSchema, RateLimitErrorSchema } from './schemas';

/**
 * HubSpot over `fetch`: Bearer auth, JSON, pacing under the documented limit, retries.
 *
 * - Requests are paced to at most `pace.max` in any `pace.windowMs` (HubSpot: about 100
 *   per 10 s per app), so a long push waits instead of meeting 429s; searches besides to
 *   `searchPace` (HubSpot: five a second per account), so a pull paging through thousands
 *   of changes does not meet a 429 (and its 10 s wait) page after page.
 * - A 429 was not applied: it is sent again after Retry-After (any request), up to
 *   `retry.rateLimitWaits` times.
 * - Network errors and 5xx are retried with exponential backoff, but only for requests
 *   that are safe to send twice (reads, searches, updates, upserts, associations). A
 *   create that fails without an answer throws `ambiguous-write`: the caller runs its
 *   whole step again, which finds what the lost request made.
 * - 401/403 throw `reconnect` at once, but a 403 MISSING_SCOPES throws `missing-scopes`
 *   with the scopes HubSpot names (the token is good; its app lacks them).
 * Every answer is parsed with the Zod schema the caller gives: it is outside data.
 */

export type Clock = { now(): number; sleep(ms: number): Promise<void> };

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type HubSpotHttpOptions = {
  token: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  clock?: Clock;
  retry?: { attempts: number; baseDelayMs: number; maxDelayMs: number; rateLimitWaits: number };
  pace?: { max: number; windowMs: number };
  searchPace?: { max: number; windowMs: number };
};

export const HUBSPOT_BASE_URL = 'https://api.hubapi.com';
export const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, rateLimitWaits: 10 };
export const DEFAULT_PACE = { max: 100, windowMs: 10_000 };
/** HubSpot's search endpoints: five requests a second per account (its search guide). */
export const DEFAULT_SEARCH_PACE = { max: 5, windowMs: 1_000 };

export type RequestOptions<T> = {
  body?: unknown;
  query?: Record<string, string>;
  schema: z.ZodType<T>;
  /** Safe to send twice (the default for everything but creates). */
  idempotent?: boolean;
};

export class HubSpotHttp {
  private readonly sent: number[] = [];
  private readonly searches: number[] = [];
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;
  readonly clock: Clock;
  private readonly retry: typeof DEFAULT_RETRY;
  private readonly pace: typeof DEFAULT_PACE;
  private readonly searchPace: typeof DEFAULT_SEARCH_PACE;

  constructor(private readonly options: HubSpotHttpOptions) {
    this.baseUrl = (options.baseUrl ?? HUBSPOT_BASE_URL).replace(/\/$/, '');
    // Called unbound, a page's fetch throws "Illegal invocation".
    const f = options.fetch ?? globalThis.fetch;
    this.fetch = (input, init) => f(input, init);
    this.clock = options.clock ?? realClock;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.pace = options.pace ?? DEFAULT_PACE;
    this.searchPace = options.searchPace ?? DEFAULT_SEARCH_PACE;
  }

  async request<T>(method: string, path: string, options: RequestOptions<T>): Promise<T> {
    const idempotent = options.idempotent ?? true;
    const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : '';
    const url = `${this.baseUrl}${path}${query}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) };

    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      if (method === 'POST' && path.endsWith('/search')) await this.waitForPace(this.searches, this.searchPace);
      await this.waitForPace(this.sent, this.pace);
      let response: Response;
      try {
        response = await this.fetch(url, init);
      } catch (error) {
        if (!idempotent) throw new CrmError('ambiguous-write', `${method} ${path}: no answer (${String(error)})`);
        failures += 1;
        if (failures >= this.retry.attempts) throw new CrmError('unavailable', `${method} ${path}: ${String(error)}`);
        await this.clock.sleep(this.backoff(failures));
        continue;
      }
      if (response.status === 429) {
        // HubSpot's daily limit lasts until midnight in the portal's time zone: no wait of seconds ends it.
        if (await isDailyLimit(response)) throw new CrmError('rate-limited', `${method} ${path}: HubSpot's daily request limit is reached`, 429);
        rateLimited += 1;
        if (rateLimited > this.retry.rateLimitWaits) throw new CrmError('rate-limited', `${method} ${path}: still rate limited`, 429);
        await this.clock.sleep(retryAfterMs(response.headers.get('Retry-After')));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        const body = await errorBody(response);
        if (response.status === 403 && typeof body !== 'string' && body.scopes) throw new CrmError('missing-scopes', `${method} ${path}: ${said(body)}`, 403, body);
        throw new CrmError('reconnect', `${method} ${path}: ${said(body)}`, response.status);
      }
      if (response.status >= 500) {
        if (!idempotent) throw new CrmError('ambiguous-write', `${method} ${path}: ${response.status}`, response.status);
        failures += 1;
        if (failures >= this.retry.attempts) throw new CrmError('unavailable', `${method} ${path}: ${response.status}`, response.status);
        await this.clock.sleep(this.backoff(failures));
        continue;
      }
      if (response.status >= 400) {
        const body = await errorBody(response);
        throw new CrmError('rejected', `${method} ${path}: ${response.status} ${said(body)}`, response.status, typeof body === 'string' ? undefined : body);
      }
      return parseBody(response, options.schema, `${method} ${path}`);
    }
  }

  private backoff(failures: number): number {
    return Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (failures - 1));
  }

  /** Sliding window over our own requests: wait until one more fits. */
  private async waitForPace(sent: number[], pace: { max: number; windowMs: number }): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (sent.length > 0 && (sent[0] ?? now) <= now - pace.windowMs) sent.shift();
      const oldest = sent[0];
      if (oldest === undefined || sent.length < pace.max) {
        sent.push(now);
        return;
      }
      await this.clock.sleep(oldest + pace.windowMs - now);
    }
  }
}

/** Retry-After in seconds (HubSpot's form) or an HTTP date; 10 s (the window) when absent. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 120_000);
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.min(Math.max(0, date - now), 120_000);
  }
  return 10_000;
}

/** A 429 of the daily limit (`policyName` DAILY in HubSpot's answer), not of the ten-second window (TEN_SECONDLY_ROLLING). */
async function isDailyLimit(response: Response): Promise<boolean> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = RateLimitErrorSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.policyName === 'DAILY';
  } catch {
    return false;
  }
}

/** A scope as HubSpot spells them ("crm.objects.deals.write"): anything else in the answer is not shown. */
const SCOPE = /^[a-z][a-z0-9._-]{1,79}$/;

/**
 * HubSpot's error body (category and message; for MISSING_SCOPES the scopes it names, checked,
 * at most ten) when the answer is one, else the text, shortened.
 */
async function errorBody(response: Response): Promise<CrmErrorDetail | string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = HubSpotErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { category, message } = parsed.data;
      if (category !== 'MISSING_SCOPES') return { category, message };
      const named = (parsed.data.errors ?? []).flatMap((e) => [...(e.context?.requiredGranularScopes ?? []), ...(e.context?.requiredScopes ?? [])]);
      return { category, message, scopes: [...new Set(named.filter((s) => SCOPE.test(s)))].slice(0, 10) };
    }
  } catch {
    // Not JSON: say what there is, shortened.
  }
  return text.slice(0, 200);
}

function said(body: CrmErrorDetail | string): string {
  return typeof body === 'string' ? body : `${body.category ?? ''} ${body.message}`.trim();
}

async function parseBody<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  const text = response.status === 204 ? '' : await response.text();
  let json: unknown = undefined;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      throw new CrmError('bad-response', `${what}: the answer is not JSON`, response.status);
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CrmError('bad-response', `${what}: unexpected answer (${parsed.error.issues[0]?.message ?? 'invalid'})`, response.status);
  return parsed.data;
}
