// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { forwardToHubSpot } from '../e2e/harness/hubspot/forward';
import { contractOnce, HubSpotTestServer } from '../e2e/harness/hubspot/server';

/** The HubSpot test server itself: contract checking, state, auth, limits, faults. */

let server: HubSpotTestServer | undefined;
beforeAll(() => contractOnce(), 120_000);
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function call(s: HubSpotTestServer, method: string, path: string, body?: unknown, token = 'test-token') {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${s.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

/** A value inside a JSON answer, by keys and indexes. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
}

describe('HubSpot test server: contract', () => {
  it('refuses a request the documents reject, answers 400 and records it', async () => {
    server = await HubSpotTestServer.start();
    // batch create inputs need `associations` in HubSpot's document.
    const res = await call(server, 'POST', '/crm/v3/objects/contacts/batch/create', { inputs: [{ properties: { email: 'a@example.com' } }] });
    expect(res.status).toBe(400);
    expect(server.violations).toHaveLength(1);
    expect(server.violations[0]).toMatchObject({ side: 'request', path: '/crm/v3/objects/contacts/batch/create' });
    expect(server.violations[0]?.errors.join()).toMatch(/associations/);
    expect(() => server!.assertNoViolations()).toThrow(/contract violations/);
    expect(server.store.live('contacts')).toHaveLength(0);
  });

  it('finds what is wrong in a response of ours: a bad date, a missing field, a body on a 204', async () => {
    const contract = await contractOnce();
    const create = contract.match('POST', '/crm/v3/objects/deals/batch/create')!;
    const at = '2026-01-01T00:00:00.000Z';
    expect(contract.checkResponse(create, 201, { status: 'COMPLETE', results: [], startedAt: at, completedAt: at })).toEqual([]);
    expect(contract.checkResponse(create, 201, { status: 'COMPLETE', results: [], startedAt: 'yesterday', completedAt: at }).join()).toMatch(/date-time/);
    expect(contract.checkResponse(create, 429, { message: 'slow down' }).join()).toMatch(/required property/);
    const purge = contract.match('POST', '/crm/v3/objects/contacts/gdpr-delete')!;
    expect(contract.checkResponse(purge, 204, undefined)).toEqual([]);
    expect(contract.checkResponse(purge, 204, {})).not.toEqual([]);
  });

  it('records a path no document has, and a body that is not JSON', async () => {
    server = await HubSpotTestServer.start();
    expect((await call(server, 'GET', '/crm/v3/objects/leads-of-mine')).status).toBe(404);
    const res = await fetch(`${server.url}/crm/v3/objects/contacts/search`, { method: 'POST', headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
    expect(server.violations.map((v) => v.errors.join())).toEqual([expect.stringMatching(/no operation/), expect.stringMatching(/not JSON/)]);
  });

  it('accepts deals by name though the document names them 0-3, and checks them against it', async () => {
    server = await HubSpotTestServer.start();
    const made = await call(server, 'POST', '/crm/v3/objects/deals/batch/create', { inputs: [{ properties: { dealname: 'X', dealstage: 'appointmentscheduled', pipeline: 'default' }, associations: [] }] });
    expect(made.status).toBe(201);
    const bad = await call(server, 'POST', '/crm/v3/objects/deals/batch/create', { inputs: [{ properties: { amount: 5 }, associations: [] }] });
    expect(bad.status).toBe(400);
    expect(server.violations).toHaveLength(1);
    expect(server.counts()['POST /crm/v3/objects/deals/batch/create']).toBe(2);
  });
});

describe('HubSpot test server: state', () => {
  it('round-trips contacts through create, read, search, update and association', async () => {
    server = await HubSpotTestServer.start();
    const created = await call(server, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [
        { properties: { email: 'Ada@Example.com', firstname: 'Ada' }, associations: [] },
        { properties: { email: 'bob@example.com', firstname: 'Bob' }, associations: [] },
      ],
    });
    expect(created.status).toBe(201);
    const [ada, bob] = created.body!.results as { id: string }[];
    const company = await call(server, 'POST', '/crm/v3/objects/companies', { properties: { name: 'Acme', domain: 'acme.example' }, associations: [] });
    expect(company.status).toBe(201);

    const found = await call(server, 'POST', '/crm/v3/objects/contacts/search', {
      filterGroups: [{ filters: [{ propertyName: 'email', operator: 'IN', values: ['ada@example.com', 'nobody@example.com'] }] }],
      sorts: [],
      properties: ['email', 'firstname'],
      limit: 100,
      after: '0',
    });
    expect(found.body).toMatchObject({ total: 1, results: [{ id: ada!.id, properties: { firstname: 'Ada' } }] });

    const updated = await call(server, 'POST', '/crm/v3/objects/contacts/batch/update', { inputs: [{ id: bob!.id, properties: { lastname: 'Stone' } }] });
    expect(updated.status).toBe(200);
    const read = await call(server, 'POST', '/crm/v3/objects/contacts/batch/read', { inputs: [{ id: bob!.id }, { id: '999' }], properties: ['lastname'], propertiesWithHistory: [] });
    expect(read.status).toBe(207);
    expect(read.body).toMatchObject({ results: [{ id: bob!.id, properties: { lastname: 'Stone' } }], numErrors: 1 });

    const linked = await call(server, 'POST', '/crm/v4/associations/contacts/companies/batch/associate/default', { inputs: [{ from: { id: ada!.id }, to: { id: (at(company.body, 'id') as string) } }] });
    expect(linked.status).toBe(200);
    const back = await call(server, 'POST', '/crm/v4/associations/companies/contacts/batch/read', { inputs: [{ id: (at(company.body, 'id') as string) }] });
    expect(at(back.body, 'results', 0, 'to')).toEqual([{ toObjectId: ada!.id, associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 280 }] }]);
    server.assertNoViolations();
  });

  it('keeps deal property history with the time of each change', async () => {
    let now = Date.UTC(2026, 0, 1);
    server = await HubSpotTestServer.start({ now: () => now });
    const deal = await call(server, 'POST', '/crm/v3/objects/deals', { properties: { dealname: 'D', dealstage: 'appointmentscheduled', amount: '100' }, associations: [] });
    now += 60_000;
    await call(server, 'PATCH', `/crm/v3/objects/deals/${(at(deal.body, 'id') as string)}`, { properties: { dealstage: 'closedwon' } });
    const read = await call(server, 'GET', `/crm/v3/objects/deals/${(at(deal.body, 'id') as string)}?propertiesWithHistory=dealstage,amount`);
    expect(at(read.body, 'propertiesWithHistory', 'dealstage')).toEqual([
      { value: 'closedwon', timestamp: new Date(Date.UTC(2026, 0, 1, 0, 1)).toISOString(), sourceType: 'INTEGRATION' },
      { value: 'appointmentscheduled', timestamp: new Date(Date.UTC(2026, 0, 1)).toISOString(), sourceType: 'INTEGRATION' },
    ]);
    expect(at(read.body, 'propertiesWithHistory', 'amount')).toHaveLength(1);
    server.assertNoViolations();
  });

  it('creates a contact property once, and upserts by a unique property', async () => {
    server = await HubSpotTestServer.start();
    const property = { name: 'pa_lead_id', label: 'Lead id', type: 'string', fieldType: 'text', groupName: 'contactinformation', hasUniqueValue: true };
    expect((await call(server, 'POST', '/crm/v3/properties/contacts', property)).status).toBe(201);
    expect((await call(server, 'POST', '/crm/v3/properties/contacts', property)).status).toBe(409);
    expect((await call(server, 'GET', '/crm/v3/properties/contacts/pa_lead_id')).body).toMatchObject({ name: 'pa_lead_id', hasUniqueValue: true });
    const upsert = { inputs: [{ id: 'lead-1', idProperty: 'pa_lead_id', properties: { firstname: 'Ann' } }] };
    const first = await call(server, 'POST', '/crm/v3/objects/contacts/batch/upsert', upsert);
    const second = await call(server, 'POST', '/crm/v3/objects/contacts/batch/upsert', upsert);
    expect(at(first.body, 'results', 0, 'new')).toBe(true);
    expect(at(second.body, 'results', 0)).toMatchObject({ new: false, id: at(first.body, 'results', 0, 'id') });
    expect(server.store.live('contacts')).toHaveLength(1);
    server.assertNoViolations();
  });

  it('refuses a second contact with the same e-mail, and more than 100 inputs a batch', async () => {
    server = await HubSpotTestServer.start();
    const one = { properties: { email: 'same@example.com' }, associations: [] };
    expect((await call(server, 'POST', '/crm/v3/objects/contacts/batch/create', { inputs: [one] })).status).toBe(201);
    const again = await call(server, 'POST', '/crm/v3/objects/contacts/batch/create', { inputs: [one] });
    expect(again.status).toBe(409);
    expect(at(again.body, 'message')).toMatch(/Existing ID/);
    const many = Array.from({ length: 101 }, (_, i) => ({ properties: { email: `p${i}@example.com` }, associations: [] }));
    expect((await call(server, 'POST', '/crm/v3/objects/contacts/batch/create', { inputs: many })).status).toBe(400);
    expect(server.store.live('contacts')).toHaveLength(1);
    server.assertNoViolations();
  });

  it('GDPR-deletes a contact for good', async () => {
    server = await HubSpotTestServer.start();
    const contact = await call(server, 'POST', '/crm/v3/objects/contacts', { properties: { email: 'gone@example.com' }, associations: [] });
    const res = await call(server, 'POST', '/crm/v3/objects/contacts/gdpr-delete', { objectId: 'gone@example.com', idProperty: 'email' });
    expect(res.status).toBe(204);
    expect(server.store.table('contacts').has((at(contact.body, 'id') as string))).toBe(false);
    expect((await call(server, 'GET', `/crm/v3/objects/contacts/${(at(contact.body, 'id') as string)}`)).status).toBe(404);
    server.assertNoViolations();
  });

  it('serves pipelines, owners and account details the documents accept', async () => {
    server = await HubSpotTestServer.start();
    const pipelines = await call(server, 'GET', '/crm/v3/pipelines/deals');
    expect((at(pipelines.body, 'results', 0, 'stages') as { id: string }[]).map((s) => s.id)).toContain('closedwon');
    expect(at((await call(server, 'GET', '/crm/v3/owners?limit=100')).body, 'results')).toHaveLength(2);
    expect((await call(server, 'GET', '/account-info/v3/details')).body).toMatchObject({ portalId: 4_242_424, companyCurrency: 'EUR' });
    server.assertNoViolations();
  });
});

describe('HubSpot test server: auth, limits, faults', () => {
  it('answers 401 without a token and for a revoked one', async () => {
    server = await HubSpotTestServer.start({ tokens: ['t1'] });
    expect((await call(server, 'GET', '/crm/v3/owners', undefined, '')).status).toBe(401);
    expect((await call(server, 'GET', '/crm/v3/owners', undefined, 't1')).status).toBe(200);
    server.revoke('t1');
    const revoked = await call(server, 'GET', '/crm/v3/owners', undefined, 't1');
    expect(revoked.status).toBe(401);
    expect(at(revoked.body, 'category')).toBe('INVALID_AUTHENTICATION');
    server.assertNoViolations();
  });

  it('answers 429 with Retry-After past the rate limit, until the window moves', async () => {
    let now = 1_000_000;
    server = await HubSpotTestServer.start({ now: () => now, rateLimit: { max: 3, windowMs: 10_000 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(server, 'GET', '/crm/v3/owners')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(server, 'GET', '/crm/v3/owners');
    expect(limited.headers.get('retry-after')).toBe('10');
    now += 10_000;
    expect((await call(server, 'GET', '/crm/v3/owners')).status).toBe(200);
    server.assertNoViolations();
  });

  it('injects 429 storms, 500s and dropped connections, before or after applying', async () => {
    server = await HubSpotTestServer.start();
    server.inject({ kind: 'status', status: 429, retryAfterSeconds: 2 }, 2);
    server.inject({ kind: 'status', status: 500 });
    expect((await call(server, 'GET', '/crm/v3/owners')).status).toBe(429);
    expect((await call(server, 'GET', '/crm/v3/owners')).status).toBe(429);
    expect((await call(server, 'GET', '/crm/v3/owners')).status).toBe(500);
    expect((await call(server, 'GET', '/crm/v3/owners')).status).toBe(200);

    const input = { properties: { email: 'x@example.com' }, associations: [] };
    server.inject({ kind: 'drop' });
    await expect(call(server, 'POST', '/crm/v3/objects/contacts', input)).rejects.toThrow();
    expect(server.store.live('contacts')).toHaveLength(0);
    server.inject({ kind: 'drop-response' });
    await expect(call(server, 'POST', '/crm/v3/objects/contacts', input)).rejects.toThrow();
    expect(server.store.live('contacts')).toHaveLength(1);
    server.assertNoViolations();
  });
});

describe('HubSpot test server: what a browser route forwards', () => {
  it('answers a request for api.hubapi.com as the server does, and a dropped one as dropped', async () => {
    server = await HubSpotTestServer.start();
    const answer = await forwardToHubSpot(server, { method: 'GET', url: 'https://api.hubapi.com/crm/v3/owners?limit=10', headers: { authorization: 'Bearer test-token', origin: 'chrome-extension://abc' } });
    expect(answer).not.toBe('dropped');
    if (answer === 'dropped') return;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ results: [{ id: '501' }, { id: '502' }] });
    server.inject({ kind: 'drop' });
    expect(await forwardToHubSpot(server, { method: 'GET', url: 'https://api.hubapi.com/crm/v3/owners', headers: { authorization: 'Bearer test-token' } })).toBe('dropped');
    await expect(forwardToHubSpot(server, { method: 'GET', url: 'https://example.com/', headers: {} })).rejects.toThrow(/not a HubSpot request/);
    server.assertNoViolations();
  });
});
