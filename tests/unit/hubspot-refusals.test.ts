// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CrmError } from '../../lib/crm/errors';
import { HubSpotHttp } from '../../lib/crm/hubspot/http';
import { SearchSchema } from '../../lib/crm/hubspot/schemas';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { realAnswersSetup, request } from './helpers/hubspot-real';
import { leadRecord } from './helpers/lead';

/**
 * Refusals that used to stop every later round: an e-mail changed here to one another contact
 * holds (409 on the update), and HubSpot's daily limit (a 429 no wait of seconds ends).
 */

const hubspot = hubSpotServerPerTest();

describe('HubSpot push: an e-mail another contact holds', () => {
  it('updates the rest of the contact and leaves its e-mail, instead of failing every round', async () => {
    const { server, connector, mapping } = await realAnswersSetup(hubspot);
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0021', email: 'ann@example.com' }) }, { lead: leadRecord({ id: 'lead-0022', email: 'ben@example.com' }) }] }));
    const ann = outcome.contacts['lead-0021']!;
    const ben = outcome.contacts['lead-0022']!;
    const theirs = server.store.create('contacts', { email: 'ann.new@team.example', firstname: 'Ann' }, 'CRM_UI');
    const again = await connector.push(
      request(mapping, {
        leads: [
          { lead: leadRecord({ id: 'lead-0021', email: 'ann.new@team.example', title: 'COO' }), crmId: ann },
          { lead: leadRecord({ id: 'lead-0022', email: 'ben@example.com', title: 'CTO' }), crmId: ben },
        ],
      }),
    );
    expect(again.contacts).toEqual({ 'lead-0021': ann, 'lead-0022': ben });
    expect(server.store.find('contacts', ann)!.properties).toMatchObject({ email: 'ann@example.com', jobtitle: 'COO' });
    expect(server.store.find('contacts', ben)!.properties).toMatchObject({ jobtitle: 'CTO' });
    expect(theirs.properties.jobtitle).toBeUndefined();
  });
});

describe('HubSpot client: the daily limit', () => {
  it('a 429 for the daily limit is not waited out ten times: rate-limited at once', async () => {
    const clock = { t: 1_000_000 };
    let calls = 0;
    const fetch: typeof globalThis.fetch = async () => {
      calls += 1;
      const body = { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', correlationId: 'c0ffee00-0000-4000-8000-000000000000', policyName: 'DAILY', groupName: 'app' };
      return new Response(JSON.stringify(body), { status: 429, headers: { 'Content-Type': 'application/json' } });
    };
    const http = new HubSpotHttp({ token: 'tok', fetch, clock: { now: () => clock.t, sleep: async (ms) => void (clock.t += ms) } });
    await expect(http.request('POST', '/crm/v3/objects/contacts/search', { body: {}, schema: SearchSchema })).rejects.toSatisfy((e: unknown) => e instanceof CrmError && e.kind === 'rate-limited');
    expect(calls).toBe(1);
  });
});
