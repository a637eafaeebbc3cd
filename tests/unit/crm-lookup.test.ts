// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createCrmLookup, type CrmLookupDeps, type LookupStore } from '../../lib/background/crm-lookup';
import type { CrmAccount } from '../../lib/crm/connector';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { createLookupCache, createRateLimit, LOOKUP_LIMITS, lookupKey } from '../../lib/crm/lookup-cache';
import { lookupLine } from '../../lib/crm/lookup-text';
import { keepConnection, readConnection } from '../../lib/db/crm-connections';
import type { LeadsDatabase } from '../../lib/db/database';
import { HubSpotTestServer } from '../e2e/harness/hubspot/server';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { freshDb, NOW } from './helpers/db';
import { leadRecord } from './helpers/lead';

/**
 * "Already in your CRM": the cache and the rate limit (pure, `now` given), then the background's
 * lookup against the contract-checked HubSpot test server: only while connected and permitted,
 * each person asked once while fresh, at most `perMinute` a minute, a refused token put into
 * 'reconnect', and only profile pages looked up for the content script.
 */
const MATCH = { crmId: '1', name: 'Ida Known', url: 'https://app.hubspot.com/contacts/1/record/0-1/1' };

describe('the lookup cache', () => {
  it('keeps a match an hour and a miss ten minutes', () => {
    const cache = createLookupCache();
    cache.put('found', MATCH, NOW);
    cache.put('missing', null, NOW);
    expect(cache.get('found', NOW + LOOKUP_LIMITS.foundTtlMs - 1)).toEqual({ match: MATCH, at: NOW });
    expect(cache.get('missing', NOW + LOOKUP_LIMITS.notFoundTtlMs - 1)).toEqual({ match: null, at: NOW });
    expect(cache.get('missing', NOW + LOOKUP_LIMITS.notFoundTtlMs)).toBeUndefined();
    expect(cache.get('found', NOW + LOOKUP_LIMITS.foundTtlMs)).toBeUndefined();
    expect(cache.entries(NOW + LOOKUP_LIMITS.foundTtlMs)).toEqual([]);
  });

  it('trusts no entry from the future (a clock moved back) and drops the oldest past its size', () => {
    const cache = createLookupCache({ ...LOOKUP_LIMITS, maxEntries: 2 });
    cache.put('a', MATCH, NOW);
    expect(cache.get('a', NOW - 1)).toBeUndefined();
    cache.put('a', MATCH, NOW);
    cache.put('b', null, NOW);
    cache.put('a', MATCH, NOW + 1); // refreshed: now the newest
    cache.put('c', null, NOW + 2);
    expect(cache.entries(NOW + 3).map(([key]) => key)).toEqual(['a', 'c']);
  });

  it('keys a person by account, LinkedIn URL and e-mail (case aside)', () => {
    expect(lookupKey('1', { email: 'A@x.io' })).toBe(lookupKey('1', { email: 'a@x.io' }));
    expect(lookupKey('1', { email: 'a@x.io' })).not.toBe(lookupKey('2', { email: 'a@x.io' }));
    expect(lookupKey('1', { linkedinUrl: 'u' })).not.toBe(lookupKey('1', { linkedinUrl: 'u', email: 'a@x.io' }));
  });
});

describe('the lookup rate limit', () => {
  it('allows `max` in any window and one more as the oldest leaves it', () => {
    const limit = createRateLimit(3, 60_000);
    expect([NOW, NOW + 1, NOW + 2, NOW + 3].map((at) => limit.take(at))).toEqual([true, true, true, false]);
    expect(limit.take(NOW + 59_999)).toBe(false);
    expect(limit.take(NOW + 60_000)).toBe(true);
    expect(limit.take(NOW + 60_000)).toBe(false);
    expect(limit.take(NOW + 60_001)).toBe(true);
  });
});

// ---- the background's lookup against the test server ------------------------------------
const TOKEN = 'pat-eu1-lookup';
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const hubspot = hubSpotServerPerTest();
let db: LeadsDatabase | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
});

function memoryStore(): LookupStore & { saved: unknown } {
  const store = {
    saved: undefined as unknown,
    load: async () => store.saved,
    save: async (entries: unknown) => void (store.saved = structuredClone(entries)),
  };
  return store;
}

async function setup({ permitted = true, connected = true, perMinute = LOOKUP_LIMITS.perMinute } = {}) {
  const clock = { t: NOW };
  const server = await hubspot.start({ tokens: [TOKEN] });
  const url = server.url;
  // The portal as connecting leaves it (the extension's contact properties made); then only the lookups' requests count.
  await createHubSpotConnector({ token: TOKEN, baseUrl: url, kindLabel: String }).connect();
  server.requests.length = 0;
  db = freshDb();
  const account: CrmAccount = { accountId: String(server.store.account.portalId), uiDomain: server.store.account.uiDomain, currency: 'EUR', timeZone: 'Europe/Warsaw' };
  if (connected) {
    const owners = [
      { id: '501', name: 'Ana Rep', email: 'ana.rep@example.com' },
      { id: '502', name: 'Bo Rep', email: 'bo.rep@example.com' },
    ];
    await keepConnection(db, { crm: 'hubspot', token: TOKEN, account, owners, connectedAt: NOW, state: 'connected' });
  }
  const store = memoryStore();
  const deps: CrmLookupDeps = {
    now: () => clock.t,
    permitted: async () => permitted,
    connectorFor: (token, kept) => createHubSpotConnector({ token, account: kept, baseUrl: url, kindLabel: String, retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, rateLimitWaits: 0 } }),
    store,
    limits: { ...LOOKUP_LIMITS, perMinute },
  };
  const lookup = createCrmLookup(db, deps);
  const searches = () => server!.requests.filter((r) => r.endpoint === 'POST /crm/v3/objects/contacts/search').length;
  return { server, db, clock, lookup, deps, store, searches };
}

const janeContact = (s: HubSpotTestServer) =>
  s.store.create('contacts', { email: 'jane@acme.io', firstname: 'Jane', lastname: 'Doe', hubspot_owner_id: '502', lifecyclestage: 'lead', prospecting_linkedin_url: JANE });

describe("the background's lookup", () => {
  it('finds a profile by its LinkedIn URL with the owner by name, the stage and a link built from the portal', async () => {
    const { server, lookup, searches } = await setup();
    const contact = janeContact(server);
    const answer = await lookup.forPage('https://pl.linkedin.com/in/Jane-Doe?trk=x');
    expect(answer).toEqual({
      page: JANE,
      answer: { status: 'found', name: 'Jane Doe', owner: 'Bo Rep', lifecycleStage: 'lead', url: `https://app-eu1.hubspot.com/contacts/4242424/record/0-1/${contact.id}` },
    });
    // One search, no account read: the link is built from the stored account.
    expect(server.requests.map((r) => r.endpoint)).toEqual(['POST /crm/v3/objects/contacts/search']);
    await lookup.forPage(JANE);
    expect(searches()).toBe(1);
  });

  it("looks a saved lead up by its e-mail too, from the page or by the lead's id", async () => {
    const { server, db, lookup, searches } = await setup();
    server.store.create('contacts', { email: 'amara@northwind.io', firstname: 'Amara', lastname: 'Okafor', lifecyclestage: 'customer' });
    await db.leads.put(leadRecord({ id: 'lead-000001', fullName: 'Amara Okafor', email: 'Amara@Northwind.io', linkedinUrl: 'https://www.linkedin.com/in/amara-okafor/' }));
    expect((await lookup.forPage('https://www.linkedin.com/in/amara-okafor/')).answer).toMatchObject({ status: 'found', name: 'Amara Okafor', lifecycleStage: 'customer' });
    expect((await lookup.forPage('https://www.linkedin.com/in/amara-okafor/')).answer).not.toHaveProperty('owner');
    // The side panel asks by id: the same person, the same kept answer.
    expect(await lookup.forLead('lead-000001')).toMatchObject({ page: 'https://www.linkedin.com/in/amara-okafor/', answer: { status: 'found' } });
    expect(searches()).toBe(1);
    expect(await lookup.forLead('lead-999999')).toEqual({ page: '', answer: { status: 'not-found' } });
  });

  it('keeps "not found" for ten minutes, then asks again (a teammate may have added the person)', async () => {
    const { server, clock, lookup, searches } = await setup();
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'not-found' });
    janeContact(server);
    clock.t += LOOKUP_LIMITS.notFoundTtlMs - 1;
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'not-found' });
    expect(searches()).toBe(1);
    clock.t += 1;
    expect((await lookup.forPage(JANE)).answer).toMatchObject({ status: 'found', owner: 'Bo Rep' });
    expect(searches()).toBe(2);
  });

  it('asks nothing while no CRM is connected or the host permission is not granted', async () => {
    const disconnected = await setup({ connected: false });
    expect((await disconnected.lookup.forPage(JANE)).answer).toEqual({ status: 'not-connected' });
    expect(disconnected.server.requests).toEqual([]);
    await disconnected.server.close();
    db!.close();
    const unpermitted = await setup({ permitted: false });
    expect((await unpermitted.lookup.forPage(JANE)).answer).toEqual({ status: 'not-connected' });
    expect(unpermitted.server.requests).toEqual([]);
  });

  it('says "busy" beyond the lookups a minute, and looks up again once the minute has passed', async () => {
    const { clock, lookup, searches } = await setup({ perMinute: 2 });
    const person = (n: number) => `https://www.linkedin.com/in/person-${n}/`;
    expect((await lookup.forPage(person(1))).answer).toEqual({ status: 'not-found' });
    expect((await lookup.forPage(person(2))).answer).toEqual({ status: 'not-found' });
    expect((await lookup.forPage(person(3))).answer).toEqual({ status: 'unavailable', reason: 'busy' });
    // A kept answer costs no lookup, so it is given even now.
    expect((await lookup.forPage(person(1))).answer).toEqual({ status: 'not-found' });
    clock.t += 60_000;
    expect((await lookup.forPage(person(3))).answer).toEqual({ status: 'not-found' });
    expect(searches()).toBe(3);
  });

  it('shares one request between two asks at once (the page and the side panel)', async () => {
    const { server, lookup, searches } = await setup();
    janeContact(server);
    const [a, b] = await Promise.all([lookup.forPage(JANE), lookup.forPage(JANE)]);
    expect(a).toEqual(b);
    expect(searches()).toBe(1);
  });

  it('a refused token: says so, asks for a reconnect, and keeps nothing', async () => {
    const { server, db, lookup, store } = await setup();
    server.revoke(TOKEN);
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'unavailable', reason: 'reconnect' });
    expect((await readConnection(db, 'hubspot'))?.state).toBe('reconnect');
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'not-connected' });
    expect(store.saved).toEqual([]);
  });

  it('an app without the contacts read scope: says the scope is missing (not "try again"), keeps the connection', async () => {
    const { server, db, lookup } = await setup();
    server.scopes = new Set(['oauth']);
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'unavailable', reason: 'scopes' });
    expect((await readConnection(db, 'hubspot'))?.state).not.toBe('reconnect');
    expect(lookupLine({ status: 'unavailable', reason: 'scopes' })).toMatch(/lacks a scope/);
  });

  it('a server error is "unavailable", not "not found", and is not kept', async () => {
    const { server, lookup, searches } = await setup();
    server.inject({ kind: 'status', status: 500 });
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'unavailable', reason: 'error' });
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'not-found' });
    expect(searches()).toBe(2);
  });

  it('answers from session storage after the service worker restarted', async () => {
    const { server, db, deps, lookup, searches } = await setup();
    janeContact(server);
    const first = await lookup.forPage(JANE);
    const restarted = createCrmLookup(db, deps);
    expect(await restarted.forPage(JANE)).toEqual(first);
    expect(searches()).toBe(1);
  });

  it('looks up profiles only: a company page is refused', async () => {
    const { server, lookup } = await setup();
    await expect(lookup.forPage('https://www.linkedin.com/company/northwind-robotics/')).rejects.toMatchObject({ code: 'forbidden' });
    expect(server.requests).toEqual([]);
  });

  it("names a portal's own lifecycle stage as the portal does, asked once and kept with the lookups; HubSpot's defaults in our words, without asking", async () => {
    const { server, lookup, clock } = await setup();
    server.store.addLifecycleStage('1029384', 'Partner referral');
    server.store.create('contacts', { firstname: 'Cat', lifecyclestage: '1029384', prospecting_linkedin_url: 'https://www.linkedin.com/in/cat-c/' });
    server.store.create('contacts', { firstname: 'Dan', lifecyclestage: '5550001', prospecting_linkedin_url: 'https://www.linkedin.com/in/dan-d/' });
    janeContact(server);
    const stageReads = () => server.requests.filter((r) => r.path === '/crm/v3/properties/contacts/lifecyclestage').length;

    // A default stage: named by us (the rep's language), the portal not asked.
    const jane = (await lookup.forPage(JANE)).answer;
    expect(jane).toMatchObject({ status: 'found', lifecycleStage: 'lead' });
    expect(jane).not.toHaveProperty('lifecycleStageLabel');
    expect(lookupLine(jane)).toBe('In HubSpot · owner Bo Rep · Lead');
    expect(stageReads()).toBe(0);

    const cat = (await lookup.forPage('https://www.linkedin.com/in/cat-c/')).answer;
    expect(cat).toMatchObject({ status: 'found', lifecycleStage: '1029384', lifecycleStageLabel: 'Partner referral' });
    expect(lookupLine(cat)).toBe('In HubSpot · no owner · Partner referral');
    // A stage the portal does not list: its raw value; the kept labels are not asked again.
    const dan = (await lookup.forPage('https://www.linkedin.com/in/dan-d/')).answer;
    expect(dan).not.toHaveProperty('lifecycleStageLabel');
    expect(lookupLine(dan)).toBe('In HubSpot · no owner · 5550001');
    await lookup.forPage('https://www.linkedin.com/in/cat-c/');
    expect(stageReads()).toBe(1);

    // As long as a found contact is kept: then asked again, and a renamed stage shows.
    server.store.definitions.get('contacts')!.get('lifecyclestage')!.options!.find((o) => o.value === '1029384')!.label = 'Partner';
    clock.t += LOOKUP_LIMITS.foundTtlMs;
    expect((await lookup.forPage('https://www.linkedin.com/in/cat-c/')).answer).toMatchObject({ lifecycleStageLabel: 'Partner' });
    expect(stageReads()).toBe(2);
    server.assertNoViolations();
  });

  it('a failed read of the stages shows the raw value and is asked again only after a while', async () => {
    const { server, lookup, clock } = await setup();
    server.store.addLifecycleStage('1029384', 'Partner referral');
    server.store.create('contacts', { firstname: 'Cat', lifecyclestage: '1029384', prospecting_linkedin_url: 'https://www.linkedin.com/in/cat-c/' });
    server.inject({ kind: 'status', status: 500 }, 1, (e) => e.startsWith('GET /crm/v3/properties/'));
    const cat = (await lookup.forPage('https://www.linkedin.com/in/cat-c/')).answer;
    expect(cat).toMatchObject({ status: 'found', lifecycleStage: '1029384' });
    expect(lookupLine(cat)).toBe('In HubSpot · no owner · 1029384');
    await lookup.forPage('https://www.linkedin.com/in/cat-c/');
    expect(server.requests.filter((r) => r.path.startsWith('/crm/v3/properties/'))).toHaveLength(1);
    clock.t += LOOKUP_LIMITS.notFoundTtlMs;
    expect((await lookup.forPage('https://www.linkedin.com/in/cat-c/')).answer).toMatchObject({ lifecycleStageLabel: 'Partner referral' });
  });
});

describe('the lookup after a sync round', () => {
  it('asks the CRM again once told a push created the person, and keeps no answer asked before', async () => {
    const { server, lookup, searches } = await setup();
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'not-found' });
    janeContact(server);
    expect((await lookup.forPage(JANE)).answer).toEqual({ status: 'not-found' });
    expect(searches()).toBe(1);
    await lookup.forget({ people: [{ linkedinUrl: JANE }] });
    expect((await lookup.forPage(JANE)).answer).toMatchObject({ status: 'found', name: 'Jane Doe' });
    expect(searches()).toBe(2);
  });

  it('forgets a found contact a GDPR delete removed, in session storage too', async () => {
    const { server, lookup, store, searches } = await setup();
    const contact = janeContact(server);
    expect((await lookup.forPage(JANE)).answer).toMatchObject({ status: 'found' });
    await lookup.forget({ contactIds: [contact.id] });
    expect(store.saved).toEqual([]);
    server.store.purgeContact(contact.id);
    await lookup.forPage(JANE);
    expect(searches()).toBe(2);
  });
});
