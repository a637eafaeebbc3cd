import type { PushRequest, StageMapping } from '../../../lib/crm/connector';
import { createHubSpotConnector } from '../../../lib/crm/hubspot/connector';
import { proposeStageMapping } from '../../../lib/crm/stages';
import { DEFAULT_PIPELINE } from '../../../lib/pipeline/defaults';
import type { hubSpotServerPerTest } from './hubspot-server';

/**
 * The connector against answers the real HubSpot gives and the test server's defaults do not
 * (tests/unit/hubspot-real-*.test.ts): the test server's answers rewritten on their way to
 * the client (the contract is still checked on the way in), with a fake clock and no pacing.
 */

export type Rewrite = (path: string, status: number, body: unknown) => { status: number; body: unknown } | undefined;

/** The test server's answers, optionally rewritten as the real HubSpot would give them (the contract is still checked on the way in). */
export function rewritingFetch(rewrite: Rewrite): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 204) return response;
    const text = await response.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const path = new URL(String(input)).pathname;
    const out = rewrite(path, response.status, body) ?? { status: response.status, body };
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(out.body === undefined ? '' : JSON.stringify(out.body), { status: out.status, headers });
  };
}

/** HubSpot gives date-time property values (lastmodifieddate, createdate…) as ISO 8601, not epoch ms. */
const DATE_PROPERTIES = new Set(['lastmodifieddate', 'hs_lastmodifieddate', 'createdate', 'hs_createdate']);
export function isoDates(_path: string, status: number, body: unknown) {
  const text = JSON.stringify(body, (key, value: unknown) => (DATE_PROPERTIES.has(key) && typeof value === 'string' && /^\d+$/.test(value) ? new Date(Number(value)).toISOString() : value));
  return { status, body: text === undefined ? undefined : (JSON.parse(text) as unknown) };
}

export async function realAnswersSetup(hubspot: ReturnType<typeof hubSpotServerPerTest>, rewrite?: Rewrite) {
  const clock = { t: Date.UTC(2026, 0, 5, 9) };
  const fakeClock = { now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
  const server = await hubspot.start({ now: fakeClock.now, tokens: ['tok'], rateLimit: { max: 1_000_000, windowMs: 10_000 } });
  const connector = createHubSpotConnector({
    token: 'tok',
    baseUrl: server.url,
    clock: fakeClock,
    pace: { max: 1_000_000, windowMs: 10_000 },
    kindLabel: (kind) => `[${kind}]`,
    ...(rewrite ? { fetch: rewritingFetch(rewrite) } : {}),
  });
  await connector.connect();
  const [pipeline] = await connector.pipelines();
  const mapping = proposeStageMapping(DEFAULT_PIPELINE.stages, pipeline!);
  return { server, connector, clock, mapping };
}

export function request(mapping: StageMapping, parts: Partial<PushRequest>): PushRequest {
  return { companies: [], leads: [], touches: [], nextSteps: [], mapping, firstStageId: 'new', ...parts };
}

