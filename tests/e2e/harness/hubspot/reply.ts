import { randomUUID } from 'node:crypto';

/** What a handler answers: a status and a JSON body (none for 204), maybe headers. */
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** HubSpot's error body (the documents' `Error` schema). */
export function apiError(status: number, category: string, message: string, headers?: Record<string, string>): Reply {
  return { status, body: { status: 'error', message, correlationId: randomUUID(), category }, headers };
}

export function list(results: unknown[]): Reply {
  return { status: 200, body: { results } };
}
