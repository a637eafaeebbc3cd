import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ContractRequest, HubSpotContract, type MatchedOperation, type Violation } from './contract';
import { handleObjects } from './objects';
import { handleAccount, handleAssociations, handleOwners, handlePipelines, handleProperties } from './portal';
import { type Reply, apiError } from './reply';
import { HubSpotStore, objectTypeOf } from './store';
import { missingScope, requiredScope } from './scopes';

/**
 * A local, stateful HubSpot for tests, on 127.0.0.1 at a random port.
 *
 * Every request is matched to an operation of HubSpot's OpenAPI documents and checked
 * against it; one the documents reject answers 400 and is recorded in `violations`, and
 * so is every response of ours the documents reject (a bug in this server). Tests call
 * `assertNoViolations()`. Beyond the contract it behaves as HubSpot documents: Bearer
 * tokens (a revoked one answers 401), about 100 requests per 10 s (429 with Retry-After),
 * 100 inputs a batch. Faults can be injected (429 storms, 5xx, connections dropped before
 * or after the request is applied), and requests are counted by endpoint.
 */

export type Fault =
  /** Answer with this status (429 carries Retry-After) instead of handling the request. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  /** Close the connection before handling: nothing was applied. */
  | { kind: 'drop' }
  /** Handle the request, then close the connection without answering: it was applied. */
  | { kind: 'drop-response' }
  /** Handle the request, say so (`applied`), and answer only once `release` settles: a test acts while the answer is held. */
  | { kind: 'hold'; applied: () => void; release: Promise<void> };

type QueuedFault = { fault: Fault; times: number; when?: (endpoint: string) => boolean };

export type RateLimit = { max: number; windowMs: number };

export type HubSpotServerOptions = {
  /** The server's clock (rate limit, timestamps); Date.now when not given. */
  now?: () => number;
  /** Tokens that are valid from the start. */
  tokens?: string[];
  /** The scopes the tokens' private app has (scopes.ts); every scope when not given. */
  scopes?: string[];
  rateLimit?: RateLimit;
};

export type RequestRecord = { method: string; path: string; endpoint: string; status: number };

/** HubSpot's documented limit for private apps. */
export const HUBSPOT_RATE_LIMIT: RateLimit = { max: 100, windowMs: 10_000 };

export class HubSpotTestServer {
  readonly store: HubSpotStore;
  readonly violations: Violation[] = [];
  readonly requests: RequestRecord[] = [];
  readonly tokens: Set<string>;
  /** The private app's scopes (a test adds one as the rep would in HubSpot); undefined: all. */
  scopes: Set<string> | undefined;
  rateLimit: RateLimit;
  private readonly faults: QueuedFault[] = [];
  private readonly recent: number[] = [];
  private readonly now: () => number;
  private readonly server = createServer((req, res) => void this.serve(req, res));
  private port = 0;

  private constructor(
    private readonly contract: HubSpotContract,
    options: HubSpotServerOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.store = new HubSpotStore(this.now);
    this.tokens = new Set(options.tokens ?? ['test-token']);
    this.scopes = options.scopes ? new Set(options.scopes) : undefined;
    this.rateLimit = options.rateLimit ?? HUBSPOT_RATE_LIMIT;
  }

  static async start(options: HubSpotServerOptions = {}): Promise<HubSpotTestServer> {
    const server = new HubSpotTestServer(await contractOnce(), options);
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    server.port = (server.server.address() as AddressInfo).port;
    return server;
  }

  /** Where to send what would go to https://api.hubapi.com. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  /** The next `times` requests (to endpoints `when` accepts) meet this fault. */
  inject(fault: Fault, times = 1, when?: (endpoint: string) => boolean): void {
    this.faults.push({ fault, times, when });
  }

  /**
   * Hold the answer of the next request `when` accepts: `applied` resolves once the server has
   * applied it (the client has no answer yet), and the answer goes out after `release()`.
   */
  holdNext(when: (endpoint: string) => boolean): { applied: Promise<void>; release: () => void } {
    let applied!: () => void;
    let release!: () => void;
    const appliedP = new Promise<void>((resolve) => (applied = resolve));
    const releaseP = new Promise<void>((resolve) => (release = resolve));
    this.inject({ kind: 'hold', applied, release: releaseP }, 1, when);
    return { applied: appliedP, release };
  }

  /** Faults injected and not met yet. */
  pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.times, 0);
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Requests by endpoint ("POST /crm/v3/objects/contacts/batch/create"), refused ones included. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.requests) counts[r.endpoint] = (counts[r.endpoint] ?? 0) + 1;
    return counts;
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `${v.side} ${v.method} ${v.path}${v.status ? ` (${v.status})` : ''}: ${v.errors.join('; ')}`);
    throw new Error(`HubSpot contract violations:\n${lines.join('\n')}`);
  }

  private takeFault(endpoint: string): Fault | undefined {
    const queued = this.faults.find((f) => f.times > 0 && (!f.when || f.when(endpoint)));
    if (!queued) return undefined;
    queued.times -= 1;
    if (queued.times === 0) this.faults.splice(this.faults.indexOf(queued), 1);
    return queued.fault;
  }

  /** Sliding window: the wait in seconds when over the limit, else undefined (and the request counts). */
  private throttle(): number | undefined {
    const now = this.now();
    while (this.recent.length > 0 && (this.recent[0] ?? now) <= now - this.rateLimit.windowMs) this.recent.shift();
    const oldest = this.recent[0];
    if (oldest !== undefined && this.recent.length >= this.rateLimit.max) return Math.max(1, Math.ceil((oldest + this.rateLimit.windowMs - now) / 1000));
    this.recent.push(now);
    return undefined;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') return this.send(res, { status: 204, headers: corsPreflight() });

    const matched = this.contract.match(method, url.pathname);
    const endpoint = `${method} ${matched ? endpointOf(matched) : url.pathname}`;
    const record: RequestRecord = { method, path: url.pathname, endpoint, status: 0 };
    this.requests.push(record);
    const finish = (reply: Reply) => {
      record.status = reply.status;
      if (matched) this.checkResponse(matched, method, url.pathname, reply);
      this.send(res, reply);
    };

    const fault = this.takeFault(endpoint);
    if (fault?.kind === 'drop') {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (!matched) {
      this.violations.push({ side: 'request', method, path: url.pathname, errors: ['no operation of the HubSpot documents matches this method and path'] });
      return finish(apiError(404, 'OBJECT_NOT_FOUND', `No route for ${method} ${url.pathname}`));
    }
    let body: unknown;
    const problems: string[] = [];
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        problems.push('the body is not JSON');
      }
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) problems.push('a body sent without Content-Type: application/json');
    }
    const request: ContractRequest = { method, path: url.pathname, query: url.search.replace(/^\?/, ''), headers: req.headers, body };
    problems.push(...(problems.length === 0 ? this.contract.checkRequest(matched, request) : []));
    if (problems.length > 0) {
      this.violations.push({ side: 'request', method, path: url.pathname, operationId: matched.operation.operationId, errors: problems });
      return finish(apiError(400, 'VALIDATION_ERROR', `Invalid input: ${problems.join('; ')}`));
    }

    const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''));
    if (!auth?.[1] || !this.tokens.has(auth[1])) {
      return finish(apiError(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found. This API supports OAuth 2.0 authentication.'));
    }
    const scope = requiredScope(method, matched);
    if (this.scopes && scope && !this.scopes.has(scope)) return finish(missingScope(scope));
    const wait = this.throttle();
    if (wait !== undefined) return finish(rateLimited(wait, this.rateLimit));
    if (fault?.kind === 'status') {
      if (fault.status === 429) return finish(rateLimited(fault.retryAfterSeconds ?? 1, this.rateLimit));
      return finish(apiError(fault.status, 'INTERNAL_ERROR', 'Injected failure'));
    }

    const reply = this.dispatch(matched, method, (body ?? {}) as Record<string, unknown>, url.searchParams);
    if (fault?.kind === 'drop-response') {
      record.status = reply.status;
      this.checkResponse(matched, method, url.pathname, reply);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hold') {
      fault.applied();
      await fault.release;
      // The client may have gone meanwhile (a stopped service worker): nobody to answer.
      if (res.destroyed || req.socket.destroyed) {
        record.status = reply.status;
        this.checkResponse(matched, method, url.pathname, reply);
        return;
      }
    }
    finish(reply);
  }

  private dispatch(matched: MatchedOperation, method: string, body: Record<string, unknown>, query: URLSearchParams): Reply {
    const now = this.now();
    const template = matched.template;
    const objects = /^\/crm\/v3\/objects\/([^/]+)(\/.*)?$/.exec(template);
    if (objects) {
      const type = objectTypeOf(objects[1] ?? '')!;
      const rest = (objects[2] ?? '').replace(/^\/\{[^}]+\}$/, `/${Object.values(matched.params)[0] ?? ''}`);
      return handleObjects(this.store, type, rest, method, body, query, now);
    }
    if (template.startsWith('/crm/v4/')) return handleAssociations(this.store, template, matched.params, body, now);
    if (template.startsWith('/crm/v3/pipelines/')) return handlePipelines(this.store, matched.params);
    if (template.startsWith('/crm/v3/properties/')) return handleProperties(this.store, method, matched.params, body, now);
    if (template === '/crm/v3/owners') return handleOwners(this.store, query);
    if (template === '/account-info/v3/details') return handleAccount(this.store);
    return apiError(501, 'NOT_IMPLEMENTED', `The test server does not implement ${method} ${template}.`);
  }

  private checkResponse(matched: MatchedOperation, method: string, path: string, reply: Reply): void {
    const errors = this.contract.checkResponse(matched, reply.status, reply.body);
    if (errors.length > 0) this.violations.push({ side: 'response', method, path, operationId: matched.operation.operationId, status: reply.status, errors });
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*', ...reply.headers };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    res.writeHead(reply.status, { ...headers, 'Content-Type': 'application/json;charset=utf-8' }).end(JSON.stringify(reply.body));
  }
}

/** The operation's path with object types filled in and record ids left as placeholders. */
function endpointOf(matched: MatchedOperation): string {
  return matched.template
    .replace('/crm/v3/objects/0-3', '/crm/v3/objects/deals')
    .replace(/\{([^}]+)\}/g, (whole, name: string) => (/objecttype$/i.test(name) ? (matched.params[name] ?? whole) : whole));
}

function rateLimited(seconds: number, limit: RateLimit): Reply {
  return apiError(429, 'RATE_LIMITS', 'You have reached your ten_secondly_rolling limit.', {
    'Retry-After': String(seconds),
    'X-HubSpot-RateLimit-Max': String(limit.max),
    'X-HubSpot-RateLimit-Interval-Milliseconds': String(limit.windowMs),
  });
}

function corsPreflight(): Record<string, string> {
  return { 'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600' };
}

// Loading and checking ten documents takes seconds: once per test process. Tests call
// this in a beforeAll with a long timeout, so no single test pays for it.
let loaded: Promise<HubSpotContract> | undefined;
export function contractOnce(): Promise<HubSpotContract> {
  loaded ??= HubSpotContract.load().then((contract) => {
    contract.warm();
    return contract;
  });
  return loaded;
}
