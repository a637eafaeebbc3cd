// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
