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


describe('HubSpot pull against real answers: the search index trails writes', () => {
  it('finds next time a change HubSpot\'s search showed only after a newer one', async () => {
    let hidden: string | undefined;
    const lagging: Rewrite = (path, status, body) => {
      if (!path.endsWith('/deals/search') || status !== 200 || hidden === undefined) return undefined;
      const answer = body as { results: { id: string }[]; total: number };
      const results = answer.results.filter((r) => r.id !== hidden);
      return { status, body: { ...answer, results, total: results.length } };
    };
    const { server, connector, mapping, clock } = await setup(lagging);
    const outcome = await connector.push(
      request(mapping, { leads: ['lead-0011', 'lead-0012'].map((id, i) => ({ lead: leadRecord({ id, email: `${id}@example.com`, stageId: 'demo', dealValue: 100 + i }) })) }),
    );
    const since = clock.t;
    clock.t += 60_000;
    const slow = server.store.find('deals', outcome.deals['lead-0011']!)!;
    server.store.write(slow, { dealstage: 'closedwon' }, 'CRM_UI');
    clock.t += 2_000;
    server.store.write(server.store.find('deals', outcome.deals['lead-0012']!)!, { dealstage: 'closedlost' }, 'CRM_UI');
    // The first change is not in the index yet when the pull searches; the second is.
    hidden = slow.id;
    const first = await connector.pull(since);
    expect(first.deals.map((d) => d.leadId)).toEqual(['lead-0012']);
    hidden = undefined;
    clock.t += 1_000;
    const second = await connector.pull(first.until);
    expect(second.deals.map((d) => d.leadId)).toContain('lead-0011');
    expect(second.until).toBeGreaterThanOrEqual(first.until);
  });
});
