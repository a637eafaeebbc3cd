// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HubSpotHttp } from '../../lib/crm/hubspot/http';
import { SearchSchema } from '../../lib/crm/hubspot/schemas';

/**
 * HubSpot limits its search endpoints to five requests a second per account (its search
 * guide), apart from the 100 in 10 s of everything else: a pull paging through thousands of
 * changes must pace its searches, or meet 429s (and their 10 s waits) page after page.
 */
describe('HubSpot client: search pacing', () => {
  it('sends at most five searches in any second, and other requests unhindered', async () => {
    const clock = { t: 1_000_000 };
    const fakeClock = { now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
    const sent: { path: string; at: number }[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      sent.push({ path: new URL(String(input)).pathname, at: clock.t });
      return new Response(JSON.stringify({ total: 0, results: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const http = new HubSpotHttp({ token: 'tok', baseUrl: 'https://api.hubapi.com', fetch, clock: fakeClock });
    for (let i = 0; i < 12; i++) await http.request('POST', '/crm/v3/objects/contacts/search', { body: {}, schema: SearchSchema });
    const searches = sent.filter((s) => s.path.endsWith('/search')).map((s) => s.at);
    expect(searches).toHaveLength(12);
    for (const at of searches) expect(searches.filter((other) => other >= at && other < at + 1_000).length).toBeLessThanOrEqual(5);
    const before = clock.t;
    await http.request('GET', '/crm/v3/owners', { schema: SearchSchema });
    expect(clock.t).toBe(before);
  });
});
