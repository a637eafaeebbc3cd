import type { HubSpotTestServer } from './server';

/**
 * Send a browser's request for https://api.hubapi.com to the test server, and say what
 * to answer: for a Playwright route (`context.route('https://api.hubapi.com/**', …)`,
 * registered after the harness's catch-all so it answers first) or Firefox's request
 * interception. A connection the server dropped (an injected fault) comes back as
 * 'dropped': abort the browser's request, as a network failure would.
 */

export type ForwardedRequest = { method: string; url: string; headers: Record<string, string>; body?: Buffer | string | null };
export type ForwardedAnswer = { status: number; headers: Record<string, string>; body: Buffer } | 'dropped';

export const HUBSPOT_ORIGIN = 'https://api.hubapi.com';

export async function forwardToHubSpot(server: HubSpotTestServer, request: ForwardedRequest): Promise<ForwardedAnswer> {
  const url = new URL(request.url);
  if (url.origin !== HUBSPOT_ORIGIN) throw new Error(`not a HubSpot request: ${request.url}`);
  // Hop-by-hop and browser-set headers are the browser's business, not the server's.
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !/^(host|connection|content-length|origin|referer|sec-|accept-encoding)/i.test(name)));
  try {
    const response = await fetch(`${server.url}${url.pathname}${url.search}`, { method: request.method, headers, body: typeof request.body === 'string' ? request.body : request.body ? new Uint8Array(request.body) : undefined });
    return { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) };
  } catch {
    return 'dropped';
  }
}
