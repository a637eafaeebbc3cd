// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { realAnswersSetup, request, type Rewrite } from './helpers/hubspot-real';
import type { Activity } from '../../lib/schema/records';
import { CrmError } from '../../lib/crm/errors';
import { leadRecord } from './helpers/lead';

/**
 * The push against real answers: a 409 for an e-mail another contact holds (its id in the
 * message), and 207 multi-status batch answers with per-input errors (the documents' 207
 * `BatchResponse…WithErrors` of batch create, update and upsert): what they refused is reported
 * `refused`, the rest pushed.
 */

const hubspot = hubSpotServerPerTest();
const setup = (rewrite?: Rewrite) => realAnswersSetup(hubspot, rewrite);

describe('HubSpot push against real answers', () => {
  it('links a contact HubSpot says already holds the e-mail (409, its id in the message), filling only what it lacks', async () => {
    const { server, connector, mapping } = await setup();
    // A teammate's contact, made a moment ago: HubSpot's search does not find it yet.
    server.store.searchLagMs = 60_000;
    const theirs = server.store.create('contacts', { email: 'dup@team.example', firstname: 'Dana' }, 'CRM_UI');
    const outcome = await connector.push(
      request(mapping, {
        leads: [
          { lead: leadRecord({ id: 'lead-0002', email: 'DUP@team.example', firstName: 'Danuta', title: 'CFO' }) },
          { lead: leadRecord({ id: 'lead-0003', email: 'other@example.com', firstName: 'Olga' }) },
        ],
      }),
    );
    expect(outcome.contacts['lead-0002']).toBe(theirs.id);
    expect(outcome.contacts['lead-0003']).toBeDefined();
    expect(server.store.live('contacts')).toHaveLength(2);
    expect(theirs.properties).toMatchObject({ firstname: 'Dana', jobtitle: 'CFO' });
    // Never claimed as ours.
    expect(theirs.properties.prospecting_record_id).toBeUndefined();
  });

  it('reports as refused, not pushed, what a 207 answer says failed (an error naming no input), and the rest as pushed', async () => {
    const failing: Rewrite = (path, status, body) => {
      if (!path.endsWith('/contacts/batch/upsert') || status !== 200) return undefined;
      const answer = body as { results: { id: string; properties: Record<string, string> }[] } & Record<string, unknown>;
      const [first, ...rest] = answer.results;
      // HubSpot did not make the one that failed.
      if (first) hubspot.server.store.table('contacts').delete(first.id);
      return {
        status: 207,
        body: { ...answer, results: rest, numErrors: 1, errors: [{ status: 'error', category: 'VALIDATION_ERROR', message: `Property values were not valid for ${first?.properties.prospecting_record_id}`, context: {}, errors: [], links: {} }] },
      };
    };
    const { connector, mapping } = await setup(failing);
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0004', email: 'x@example.com' }) }, { lead: leadRecord({ id: 'lead-0005', email: 'y@example.com' }) }] }));
    expect(outcome.contacts['lead-0004']).toBeUndefined();
    expect(outcome.contacts['lead-0005']).toBeDefined();
    expect(outcome.refused).toEqual([{ kind: 'contact', localId: 'lead-0004', message: 'Property values were not valid for lead-0004' }]);
  });

  it('a 207 whose errors name inputs by our trace id refuses those only', async () => {
    const failing: Rewrite = (path, status, body) => {
      if (!path.endsWith('/contacts/batch/upsert') || status !== 200) return undefined;
      const answer = body as { results: { id: string; properties: Record<string, string> }[] } & Record<string, unknown>;
      const bad = answer.results.find((r) => r.properties.prospecting_record_id === 'lead-0008')!;
      hubspot.server.store.table('contacts').delete(bad.id);
      const error = { status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid: [{"isValid":false,"message":"1 is not a valid phone","error":"INVALID_PHONE","name":"phone"}]', context: { objectWriteTraceId: ['lead-0008'] }, errors: [], links: {} };
      return { status: 207, body: { ...answer, results: answer.results.filter((r) => r !== bad), numErrors: 1, errors: [error] } };
    };
    const { connector, mapping } = await setup(failing);
    const outcome = await connector.push(request(mapping, { leads: ['lead-0007', 'lead-0008', 'lead-0009'].map((id, i) => ({ lead: leadRecord({ id, email: `p${i}@example.com` }) })) }));
    expect(Object.keys(outcome.contacts).sort()).toEqual(['lead-0007', 'lead-0009']);
    expect(outcome.refused).toEqual([{ kind: 'contact', localId: 'lead-0008', message: '1 is not a valid phone' }]);
  });

  it('a 207 naming no input, to an answer that does not say which it made, still fails the push (which were refused is unknown)', async () => {
    const failing: Rewrite = (path, status, body) => {
      if (!path.endsWith('/contacts/batch/upsert') || status !== 200) return undefined;
      const answer = body as { results: { id: string; properties: Record<string, string> }[] } & Record<string, unknown>;
      const results = answer.results.slice(1).map((r) => ({ ...r, properties: {} }));
      return { status: 207, body: { ...answer, results, numErrors: 1, errors: [{ status: 'error', category: 'VALIDATION_ERROR', message: 'bad', context: {}, errors: [], links: {} }] } };
    };
    const { connector, mapping } = await setup(failing);
    const push = connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0010', email: 'a@example.com' }) }, { lead: leadRecord({ id: 'lead-0011', email: 'b@example.com' }) }] }));
    await expect(push).rejects.toSatisfy((e: unknown) => e instanceof CrmError && e.kind === 'rejected');
  });

  it('reports as refused the notes a 207 answer to their create says failed, the others as pushed', async () => {
    const failing: Rewrite = (path, status, body) => {
      if (!path.endsWith('/notes/batch/create') || status !== 201) return undefined;
      const answer = body as { results: { id: string }[] } & Record<string, unknown>;
      const [first] = answer.results;
      if (first) hubspot.server.store.table('notes').delete(first.id);
      return { status: 207, body: { ...answer, results: answer.results.slice(1), numErrors: 1, errors: [{ status: 'error', category: 'VALIDATION_ERROR', message: 'bad note', context: {}, errors: [], links: {} }] } };
    };
    const { connector, mapping } = await setup(failing);
    const touch = (id: string): Activity => ({ id, leadId: 'lead-0006', kind: 'call', direction: 'outbound', at: Date.UTC(2026, 0, 4), note: id, createdAt: Date.UTC(2026, 0, 4) });
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0006', email: 'z@example.com' }) }], touches: [{ activity: touch('t1') }, { activity: touch('t2') }] }));
    expect(Object.keys(outcome.notes)).toEqual(['t2']);
    expect(outcome.refused).toEqual([{ kind: 'note', localId: 't1', message: 'bad note' }]);
  });
});
