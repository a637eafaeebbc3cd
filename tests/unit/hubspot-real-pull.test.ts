// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { isoDates, realAnswersSetup, request, type Rewrite } from './helpers/hubspot-real';
import { leadRecord } from './helpers/lead';

/**
 * The pull against real answers: date-time property values as ISO 8601 (HubSpot's documents
 * type property values as plain strings; the real API gives dates as ISO), and the search's
 * 10,000-results cap (HubSpot's search guide: paging past it answers 400).
 */

const hubspot = hubSpotServerPerTest();
const setup = (rewrite?: Rewrite) => realAnswersSetup(hubspot, rewrite);

describe('HubSpot pull against real answers', () => {
  it('moves its checkpoint on when HubSpot gives modification dates as ISO 8601', async () => {
    const { server, connector, mapping, clock } = await setup(isoDates);
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0001', email: 'a@example.com', stageId: 'demo', dealValue: 100 }) }] }));
    const since = clock.t;
    clock.t += 60_000;
    server.store.write(server.store.find('deals', outcome.deals['lead-0001']!)!, { dealstage: 'closedwon' }, 'CRM_UI');
    server.store.write(server.store.find('contacts', outcome.contacts['lead-0001']!)!, { hubspot_owner_id: '502' }, 'CRM_UI');
    const pulled = await connector.pull(since);
    expect(pulled.deals.map((d) => d.stage?.value)).toEqual(['closedwon']);
    expect(pulled.contacts).toEqual([expect.objectContaining({ leadId: 'lead-0001', ownerId: '502', modifiedAt: clock.t })]);
    // The next pull asks only for what changed after this one.
    expect(pulled.until).toBe(clock.t);
  });

  it('pulls more than the search\'s 10,000 results (a portal after the first walk of a big list)', async () => {
    const { server, connector, clock } = await setup();
    const since = clock.t;
    const count = 10_250;
    for (let i = 0; i < count; i++) {
      clock.t += 1;
      server.store.create('contacts', { email: `p${i}@example.com`, prospecting_record_id: `lead-${String(i).padStart(6, '0')}` });
    }
    const last = clock.t;
    const pulled = await connector.pull(since);
    expect(new Set(pulled.contacts.map((c) => c.leadId)).size).toBe(count);
    expect(pulled.until).toBe(last);
  }, 60_000);
});

