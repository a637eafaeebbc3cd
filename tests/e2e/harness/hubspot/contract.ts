import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import addFormats from 'ajv-formats';
import { HUBSPOT_SPEC_DIR, HUBSPOT_SPEC_FILES } from './spec-dir';

/**
 * Contract checking against HubSpot's own OpenAPI documents, with openapi-backend.
 *
 * The documents are read as they are and adjusted in memory only where they break the
 * OpenAPI rules, never where they say what a request or response holds:
 * - `$ref` with sibling keys (`{"description": "", "$ref": ...}` in responses): OpenAPI 3.0
 *   says siblings of a `$ref` are ignored, so they are dropped; strict definition checking
 *   passes after that, so any other defect in a document fails loudly.
 * - error responses are declared for the media range `*`/`*`: openapi-backend checks only
 *   `application/json` bodies, and our errors are JSON, so the same schema is also listed
 *   under `application/json` (otherwise no error body would be checked at all).
 * Clients name deals `deals` while the deals document names its paths by the object type
 * id `0-3`; HubSpot accepts both, so a request path is mapped to the id before matching.
 */

export type ContractRequest = {
  method: string;
  /** Path without the query. */
  path: string;
  /** The raw query string (no '?'). */
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
};

export type Violation = {
  side: 'request' | 'response';
  method: string;
  path: string;
  operationId?: string;
  status?: number;
  errors: string[];
};

export type MatchedOperation = {
  api: OpenAPIBackend;
  operation: Operation;
  /** The operation's path template as the document names it. */
  template: string;
  params: Record<string, string>;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Drop siblings of `$ref` and list `*`/`*` content under application/json too (see above). */
export function normalizeDocument(value: Json): Json {
  if (Array.isArray(value)) return value.map(normalizeDocument);
  if (value === null || typeof value !== 'object') return value;
  if (typeof value.$ref === 'string') return { $ref: value.$ref };
  const out: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) out[key] = normalizeDocument(inner);
  const content = out.content;
  if (content && typeof content === 'object' && !Array.isArray(content) && content['*/*'] && !content['application/json']) {
    content['application/json'] = content['*/*'];
  }
  return out;
}

/** Request paths name deals by name; the deals document by object type id. */
export function toDocumentPath(path: string): string {
  return path.replace(/^\/crm\/v3\/objects\/deals(?=\/|$)/, '/crm/v3/objects/0-3');
}

function formatErrors(errors: readonly { instancePath?: string; message?: string }[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim());
}

/** The operations a sync uses (and the test server implements). */
const SERVED = new RegExp(
  [
    String.raw`^(GET|POST) /crm/v3/objects/(contacts|companies|0-3|notes|tasks)$`,
    String.raw`^POST /crm/v3/objects/(contacts|companies|0-3|notes|tasks)/(batch/(create|read|update|upsert|archive)|search|gdpr-delete)$`,
    String.raw`^(GET|PATCH|DELETE) /crm/v3/objects/(contacts|companies|0-3|notes|tasks)/\{[^}]+\}$`,
    String.raw`^POST /crm/v4/associations/\{fromObjectType\}/\{toObjectType\}/batch/(create|read|associate/default)$`,
    String.raw`^PUT /crm/v4/objects/\{fromObjectType\}/\{fromObjectId\}/associations/default/`,
    String.raw`^GET /crm/v3/pipelines/\{objectType\}$`,
    String.raw`^(GET|POST) /crm/v3/properties/\{objectType\}$`,
    String.raw`^GET /crm/v3/properties/\{objectType\}/\{propertyName\}$`,
    String.raw`^GET /crm/v3/owners$`,
    String.raw`^GET /account-info/v3/details$`,
  ].join('|'),
);

export class HubSpotContract {
  private constructor(private readonly apis: OpenAPIBackend[]) {}

  static async load(dir = HUBSPOT_SPEC_DIR): Promise<HubSpotContract> {
    const apis = await Promise.all(
      HUBSPOT_SPEC_FILES.map(async (file) => {
        const raw = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Json;
        const api = new OpenAPIBackend({
          definition: normalizeDocument(raw) as unknown as Document,
          strict: true,
          // Compile each operation's validators when it is first used: compiling all of
          // them up front takes seconds. The definition is still checked below.
          quick: true,
          validate: true,
          customizeAjv: (ajv) => {
            addFormats(ajv);
            return ajv;
          },
        });
        await api.init();
        // Quick mode skips the definition check: run it, strictly (it throws on a defect).
        await api.loadDocument();
        api.validateDefinition();
        return api;
      }),
    );
    return new HubSpotContract(apis);
  }

  /**
   * Compile the validators of the operations the test server serves (openapi-backend
   * compiles them on first use otherwise, which would make the first test of a file slow).
   */
  warm(): void {
    for (const api of this.apis) {
      for (const operation of api.getOperations()) {
        if (!SERVED.test(`${operation.method.toUpperCase()} ${operation.path}`)) continue;
        api.validateRequest({ method: operation.method, path: operation.path, headers: {}, body: {} }, operation);
        for (const status of Object.keys(operation.responses ?? {})) api.validateResponse({}, operation, status === 'default' ? 500 : Number(status));
      }
    }
  }

  match(method: string, path: string): MatchedOperation | undefined {
    const request = { method, path: toDocumentPath(path), headers: {} };
    for (const api of this.apis) {
      const operation = api.matchOperation(request);
      if (!operation) continue;
      const params = api.router.parseRequest(request, operation).params as Record<string, string>;
      return { api, operation, template: operation.path, params };
    }
    return undefined;
  }

  /** Errors the matched operation's document finds in the request (empty: valid). */
  checkRequest(matched: MatchedOperation, request: ContractRequest): string[] {
    const result = matched.api.validateRequest(
      { method: request.method, path: toDocumentPath(request.path), query: request.query, headers: request.headers as Record<string, string | string[]>, body: request.body },
      matched.operation,
    );
    return result.valid ? [] : formatErrors(result.errors);
  }

  /** Errors the document finds in a response body for that status (empty: valid). */
  checkResponse(matched: MatchedOperation, status: number, body: unknown): string[] {
    const responses = matched.operation.responses ?? {};
    const declared = responses[String(status)] as { content?: Record<string, unknown> } | undefined;
    if (!declared && !responses.default) return [`status ${status} is not documented for ${matched.operation.operationId}`];
    // A status declared without content (204) has no body to check, and must send none.
    if (declared && Object.keys(declared.content ?? {}).length === 0) return body === undefined ? [] : [`status ${status} is declared without a body`];
    const result = matched.api.validateResponse(body, matched.operation, status);
    return result.valid ? [] : formatErrors(result.errors);
  }
}
