// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PushRequest, StageMapping } from '../../lib/crm/connector';
import { CrmError } from '../../lib/crm/errors';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { PULL_OVERLAP_MS } from '../../lib/crm/hubspot/pull';
import { proposeStageMapping } from '../../lib/crm/stages';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import type { Activity, Company } from '../../lib/schema/records';
import { HubSpotTestServer, type RateLimit } from '../e2e/harness/hubspot/server';
import { leadRecord } from './helpers/lead';

import { hubSpotServerPerTest } from './helpers/hubspot-server';

/**
 * The HubSpot connector against the contract-checked test server. One fake clock drives
 * both: the client's waits (backoff, Retry-After, pacing) move it, and the server's rate
 * limit and timestamps read it, so limits are exercised without real waiting.
 */

const hubspot = hubSpotServerPerTest();

async function setup(options: { rateLimit?: RateLimit; pace?: RateLimit } = {}) {
  const clock = { t: Date.UTC(2026, 0, 5, 9), slept: 0 };
  const fakeClock = {
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
      clock.slept += ms;
    },
  };
  const server = await hubspot.start({ now: fakeClock.now, tokens: ['tok'], rateLimit: options.rateLimit });
  const connector = createHubSpotConnector({ token: 'tok', baseUrl: server.url, clock: fakeClock, pace: options.pace, kindLabel: (kind) => `[${kind}]` });
  return { server, connector, clock };
}

const company = (id: string, name: string, website?: string): Company => ({ id, name, website, editedFields: [], createdAt: 0, updatedAt: 0, source: 'linkedin' }) as Company;

const touch = (id: string, leadId: string, note: string): Activity => ({ id, leadId, kind: 'call', direction: 'outbound', at: Date.UTC(2026, 0, 4), note, createdAt: Date.UTC(2026, 0, 4) });

function request(mapping: StageMapping, parts: Partial<PushRequest>): PushRequest {
  return { companies: [], leads: [], touches: [], nextSteps: [], mapping, firstStageId: 'new', ...parts };
}

async function connected() {
  const env = await setup();
  await env.connector.connect();
  const [pipeline] = await env.connector.pipelines();
  const mapping = proposeStageMapping(DEFAULT_PIPELINE.stages, pipeline!);
  return { ...env, mapping };
}

const contactsOf = (s: HubSpotTestServer) => s.store.live('contacts');
const store = (s: HubSpotTestServer) => s.store;

describe('HubSpot connector: connect', () => {
  it('reads the account, and creates its properties once', async () => {
    const { server, connector } = await setup();
    const account = await connector.connect();
    expect(account).toEqual({ accountId: '4242424', currency: 'EUR', timeZone: 'Europe/Warsaw', uiDomain: 'app-eu1.hubspot.com' });
    expect(server.store.definitions.get('contacts')!.get('prospecting_record_id')).toMatchObject({ hasUniqueValue: true });
    expect(server.store.definitions.get('contacts')!.has('prospecting_linkedin_url')).toBe(true);
    expect(server.store.definitions.get('notes')!.has('prospecting_record_id')).toBe(true);
    const created = server.counts()['POST /crm/v3/properties/contacts'];
    await connector.connect();
    expect(server.counts()['POST /crm/v3/properties/contacts']).toBe(created);
  });

  it('lists owners and deal pipelines with their stages', async () => {
    const { connector } = await setup();
    expect((await connector.owners()).map((o) => o.name)).toEqual(['Ana Rep', 'Bo Rep']);
    const [pipeline] = await connector.pipelines();
    expect(pipeline!.stages.find((s) => s.id === 'closedwon')).toMatchObject({ closed: true, probability: 1 });
  });
});

describe('HubSpot connector: push', () => {
  it('pushes a company, a lead with a deal, a touch and a next step, associated', async () => {
    const { server, connector, mapping } = await connected();
    const lead = leadRecord({ id: 'lead-0001', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@engines.example', companyId: 'company-01', companyName: 'Engines', linkedinUrl: 'https://www.linkedin.com/in/ada/', stageId: 'demo', dealValue: 5000, currency: 'EUR', nextStep: { text: 'Send the deck' } });
    const outcome = await connector.push(
      request(mapping, {
        companies: [{ company: company('company-01', 'Engines', 'https://www.engines.example/') }],
        leads: [{ lead }],
        touches: [{ activity: touch('act-00001', 'lead-0001', 'Good call') }],
        nextSteps: [{ lead }],
      }),
    );
    const store = server.store;
    const contact = store.find('contacts', outcome.contacts['lead-0001']!)!;
    expect(contact.properties).toMatchObject({ email: 'ada@engines.example', firstname: 'Ada', prospecting_record_id: 'lead-0001', prospecting_linkedin_url: 'https://www.linkedin.com/in/ada/' });
    const companyId = outcome.companies['company-01']!;
    expect(store.find('companies', companyId)!.properties).toMatchObject({ name: 'Engines', domain: 'engines.example' });
    expect(store.associationsOf('contacts', contact.id, 'companies').map((a) => a.toId)).toEqual([companyId]);
    const deal = store.find('deals', outcome.deals['lead-0001']!)!;
    expect(deal.properties).toMatchObject({ pipeline: 'default', dealstage: mapping.stages.demo, amount: '5000', deal_currency_code: 'EUR' });
    expect(store.associationsOf('deals', deal.id, 'contacts').map((a) => a.toId)).toEqual([contact.id]);
    expect(store.associationsOf('deals', deal.id, 'companies').map((a) => a.toId)).toEqual([companyId]);
    const note = store.find('notes', outcome.notes['act-00001']!)!;
    expect(note.properties.hs_note_body).toBe('[call]<br>Good call');
    expect(store.associationsOf('notes', note.id, 'contacts').map((a) => a.toId)).toEqual([contact.id]);
    const task = store.find('tasks', outcome.tasks['next-step:lead-0001']!)!;
    expect(task.properties).toMatchObject({ hs_task_subject: 'Send the deck', hs_task_status: 'NOT_STARTED' });
    // The contact was new: no note or task of it could exist, so none was searched for.
    expect(server.counts()['POST /crm/v3/objects/notes/search']).toBeUndefined();
    expect(server.counts()['POST /crm/v3/objects/tasks/search']).toBeUndefined();
  });

  it('matches by e-mail, then by LinkedIn URL; companies by domain, then name; fills only what the team lacks', async () => {
    const { server, connector, mapping } = await connected();
    const store = server.store;
    const byEmail = store.create('contacts', { email: 'bo@team.example', firstname: 'Bo', jobtitle: 'Head of Sales' });
    const byUrl = store.create('contacts', { prospecting_linkedin_url: 'https://www.linkedin.com/in/cy/', firstname: 'Cy' });
    const byDomain = store.create('companies', { name: 'Team Inc', domain: 'team.example' });
    const byName = store.create('companies', { name: 'Named Ltd' });
    const outcome = await connector.push(
      request(mapping, {
        companies: [{ company: company('company-02', 'Team', 'https://team.example') }, { company: company('company-03', 'named ltd') }],
        leads: [
          { lead: leadRecord({ id: 'lead-0002', firstName: 'Robert', email: 'BO@team.example', title: 'VP Sales', phone: '+48 1' }) },
          { lead: leadRecord({ id: 'lead-0003', firstName: 'Cyril', linkedinUrl: 'https://www.linkedin.com/in/cy/', email: 'cy@else.example' }) },
        ],
      }),
    );
    expect(outcome.contacts).toEqual({ 'lead-0002': byEmail.id, 'lead-0003': byUrl.id });
    expect(outcome.companies).toEqual({ 'company-02': byDomain.id, 'company-03': byName.id });
    expect(contactsOf(server)).toHaveLength(2);
    expect(byEmail.properties).toMatchObject({ firstname: 'Bo', jobtitle: 'Head of Sales', phone: '+48 1' });
    expect(byEmail.properties.prospecting_record_id).toBeUndefined();
    expect(byUrl.properties).toMatchObject({ firstname: 'Cy', email: 'cy@else.example' });
  });

  it('matches a contact whose LinkedIn URL a teammate stored in another spelling, in the one search of the chunk', async () => {
    const { server, connector, mapping } = await connected();
    const store = server.store;
    const spelled = [
      store.create('contacts', { prospecting_linkedin_url: 'http://pl.linkedin.com/in/Dee-Dee', firstname: 'Dee' }),
      store.create('contacts', { prospecting_linkedin_url: 'linkedin.com/in/paweł-nowak', firstname: 'Paweł' }),
      store.create('contacts', { prospecting_linkedin_url: 'https://www.linkedin.com/in/eve-e/en/', firstname: 'Eve' }),
    ];
    const searches = () => server.counts()['POST /crm/v3/objects/contacts/search'] ?? 0;
    const before = searches();
    const outcome = await connector.push(
      request(mapping, {
        leads: [
          { lead: leadRecord({ id: 'lead-0004', firstName: 'D', linkedinUrl: 'https://www.linkedin.com/in/dee-dee/' }) },
          { lead: leadRecord({ id: 'lead-0005', firstName: 'P', linkedinUrl: 'https://www.linkedin.com/in/pawe%C5%82-nowak/' }) },
          { lead: leadRecord({ id: 'lead-0006', firstName: 'E', linkedinUrl: 'https://www.linkedin.com/in/eve-e/' }) },
        ],
      }),
    );
    expect(outcome.contacts).toEqual({ 'lead-0004': spelled[0]!.id, 'lead-0005': spelled[1]!.id, 'lead-0006': spelled[2]!.id });
    expect(contactsOf(server)).toHaveLength(3);
    expect(searches() - before).toBe(1);
  });

  it('a search of a full chunk stays within HubSpot\'s limits (five groups, 100 values an IN filter)', async () => {
    const { server, connector, mapping } = await connected();
    const leads = Array.from({ length: 100 }, (_, i) => ({ lead: leadRecord({ id: `lead-${String(i).padStart(5, '0')}`, email: `q${i}@example.com`, linkedinUrl: `https://www.linkedin.com/in/q-${i}/` }) }));
    // The last lead's profile, as a teammate pasted it without the slash.
    const theirs = store(server).create('contacts', { prospecting_linkedin_url: 'https://www.linkedin.com/in/q-99', firstname: 'Q' });
    const outcome = await connector.push(request(mapping, { leads }));
    expect(outcome.contacts['lead-00099']).toBe(theirs.id);
    expect(contactsOf(server)).toHaveLength(100);
  });

  it('batches: 250 leads take 3 searches and 3 upserts, never one request per record', async () => {
    const { server, connector, mapping } = await connected();
    const leads = Array.from({ length: 250 }, (_, i) => ({ lead: leadRecord({ id: `lead-${String(i).padStart(5, '0')}`, email: `p${i}@example.com`, firstName: `P${i}` }) }));
    const before = server.requests.length;
    const outcome = await connector.push(request(mapping, { leads }));
    expect(Object.keys(outcome.contacts)).toHaveLength(250);
    expect(contactsOf(server)).toHaveLength(250);
    const counts = server.counts();
    expect(counts['POST /crm/v3/objects/contacts/search']).toBe(3);
    expect(counts['POST /crm/v3/objects/contacts/batch/upsert']).toBe(3);
    expect(counts['POST /crm/v3/objects/contacts']).toBeUndefined();
    expect(server.requests.length - before).toBe(6);
  });

  it('runs again without duplicating anything', async () => {
    const { server, connector, mapping } = await connected();
    const lead = leadRecord({ id: 'lead-0004', email: 'd@example.com', stageId: 'qualified', nextStep: { text: 'Call' } });
    const push = request(mapping, { leads: [{ lead }], touches: [{ activity: touch('act-00004', 'lead-0004', 'hi') }], nextSteps: [{ lead }] });
    const first = await connector.push(push);
    const second = await connector.push(push);
    expect(second).toEqual(first);
    for (const type of ['contacts', 'deals', 'notes', 'tasks'] as const) expect(server.store.live(type)).toHaveLength(1);
  });

  it('a touch whose lead has no contact yet is skipped, and says so', async () => {
    const { connector, mapping } = await connected();
    const outcome = await connector.push(request(mapping, { touches: [{ activity: touch('act-00005', 'lead-0005', 'x') }] }));
    expect(outcome.skipped).toEqual([{ kind: 'note', localId: 'act-00005', reason: 'no-contact' }]);
  });

  it('reports a record HubSpot no longer has, so its id is forgotten', async () => {
    const { server, connector, mapping } = await connected();
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0006', email: 'e@example.com' }), crmId: '999999' }] }));
    expect(outcome.gone).toEqual([{ kind: 'contact', localId: 'lead-0006', crmId: '999999' }]);
    expect(contactsOf(server)).toHaveLength(0);
  });
});

describe('HubSpot connector: failures', () => {
  const leads = (n: number) => Array.from({ length: n }, (_, i) => ({ lead: leadRecord({ id: `lead-f${String(i).padStart(4, '0')}`, email: `f${i}@example.com`, stageId: 'demo' }) }));

  it('waits out a 429 storm as Retry-After says', async () => {
    const { server, connector, mapping, clock } = await connected();
    server.inject({ kind: 'status', status: 429, retryAfterSeconds: 3 }, 4);
    const outcome = await connector.push(request(mapping, { leads: leads(5) }));
    expect(Object.keys(outcome.deals)).toHaveLength(5);
    expect(clock.slept).toBeGreaterThanOrEqual(12_000);
    expect(server.requests.filter((r) => r.status === 429)).toHaveLength(4);
  });

  it('retries 500s and dropped connections on safe requests', async () => {
    const { server, connector, mapping } = await connected();
    server.inject({ kind: 'status', status: 500 }, 2, (e) => e.endsWith('/search'));
    server.inject({ kind: 'drop' }, 1, (e) => e.endsWith('/batch/upsert'));
    server.inject({ kind: 'drop-response' }, 1, (e) => e.endsWith('/batch/upsert'));
    const outcome = await connector.push(request(mapping, { leads: leads(3) }));
    expect(Object.keys(outcome.contacts)).toHaveLength(3);
    expect(contactsOf(server)).toHaveLength(3);
    expect(server.store.live('deals')).toHaveLength(3);
  });

  it('a create whose answer was lost is not resent blindly: the push run again finds it', async () => {
    const { server, connector, mapping } = await connected();
    const push = request(mapping, { leads: leads(2), touches: [{ activity: touch('act-00010', 'lead-f0000', 'note') }, { activity: touch('act-00011', 'lead-f0001', 'note') }] });
    server.inject({ kind: 'drop-response' }, 1, (e) => e === 'POST /crm/v3/objects/notes/batch/create');
    const failed = await connector.push(push).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CrmError);
    expect((failed as CrmError).kind).toBe('ambiguous-write');
    expect(server.store.live('notes')).toHaveLength(2);
    const outcome = await connector.push(push);
    expect(Object.keys(outcome.notes)).toHaveLength(2);
    expect(server.store.live('notes')).toHaveLength(2);
    expect(contactsOf(server)).toHaveLength(2);
  });

  it('gives up after the retries with "unavailable"', async () => {
    const { server, connector, mapping } = await connected();
    server.inject({ kind: 'status', status: 503 }, 10);
    const failed = await connector.push(request(mapping, { leads: leads(1) })).catch((e: unknown) => e);
    expect(failed).toMatchObject({ kind: 'unavailable', status: 503 });
  });

  it('a revoked token asks to reconnect', async () => {
    const { server, connector, mapping } = await connected();
    server.revoke('tok');
    const failed = await connector.push(request(mapping, { leads: leads(1) })).catch((e: unknown) => e);
    expect(failed).toMatchObject({ kind: 'reconnect', status: 401 });
    expect(contactsOf(server)).toHaveLength(0);
  });

  it('paces itself under the limit: a long push meets no 429', async () => {
    // A limit of 20 a window on both sides, so a short push crosses it several times.
    const limit = { max: 20, windowMs: 10_000 };
    const { server, connector, clock } = await setup({ rateLimit: limit, pace: limit });
    await connector.connect();
    const [pipeline] = await connector.pipelines();
    const mapping = proposeStageMapping(DEFAULT_PIPELINE.stages, pipeline!);
    const many = Array.from({ length: 500 }, (_, i) => ({ lead: leadRecord({ id: `lead-p${String(i).padStart(5, '0')}`, email: `p${i}@example.com`, stageId: 'demo' }) }));
    await connector.push(request(mapping, { leads: many }));
    expect(server.requests.some((r) => r.status === 429)).toBe(false);
    expect(server.requests.length).toBeGreaterThan(limit.max);
    expect(clock.slept).toBeGreaterThanOrEqual(limit.windowMs);
    expect(contactsOf(server)).toHaveLength(500);
  });
});

describe('HubSpot connector: pull, lookup, erase', () => {
  it('brings back a deal moved in HubSpot, with the time of each stage', async () => {
    const { server, connector, mapping, clock } = await connected();
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0007', email: 'g@example.com', stageId: 'demo', dealValue: 100 }) }] }));
    const since = clock.t;
    clock.t += 60_000;
    const deal = server.store.find('deals', outcome.deals['lead-0007']!)!;
    server.store.write(deal, { dealstage: 'closedwon', amount: '150' }, 'CRM_UI');
    const pulled = await connector.pull(since);
    expect(pulled.deals).toEqual([
      {
        leadId: 'lead-0007',
        crmId: deal.id,
        pipelineId: 'default',
        stage: { value: 'closedwon', at: clock.t, source: 'CRM_UI' },
        amount: { value: 150, at: clock.t, source: 'CRM_UI' },
        stageHistory: [
          { value: mapping.stages.demo, at: since, source: 'INTEGRATION' },
          { value: 'closedwon', at: clock.t, source: 'CRM_UI' },
        ],
      },
    ]);
    expect(pulled.until).toBe(clock.t);
    // Pulled again from its checkpoint, the change is read again (the search's lag overlap), harmlessly: the checkpoint stays.
    const again = await connector.pull(pulled.until);
    expect(again.deals).toEqual(pulled.deals);
    expect(again.until).toBe(pulled.until);
    expect((await connector.pull(pulled.until + PULL_OVERLAP_MS)).deals).toEqual([]);
  });

  it('brings back the owner set on a contact in HubSpot', async () => {
    const { server, connector, mapping, clock } = await connected();
    const outcome = await connector.push(request(mapping, { leads: [{ lead: leadRecord({ id: 'lead-0008', email: 'h@example.com' }) }] }));
    const since = clock.t;
    clock.t += 1_000;
    server.store.write(server.store.find('contacts', outcome.contacts['lead-0008']!)!, { hubspot_owner_id: '502' }, 'CRM_UI');
    const pulled = await connector.pull(since);
    expect(pulled.contacts).toEqual([{ leadId: 'lead-0008', crmId: outcome.contacts['lead-0008'], ownerId: '502', lifecycleStage: undefined, modifiedAt: clock.t }]);
  });

  it('looks a person up by e-mail or LinkedIn URL, with a link to the record', async () => {
    const { server, connector } = await connected();
    const known = server.store.create('contacts', { email: 'i@example.com', firstname: 'Ida', lastname: 'Known', hubspot_owner_id: '501', lifecyclestage: 'lead', prospecting_linkedin_url: 'https://www.linkedin.com/in/ida/' });
    const match = { crmId: known.id, name: 'Ida Known', ownerId: '501', lifecycleStage: 'lead', url: `https://app-eu1.hubspot.com/contacts/4242424/record/0-1/${known.id}` };
    expect(await connector.lookup({ email: 'I@example.com' })).toEqual(match);
    expect(await connector.lookup({ linkedinUrl: 'https://www.linkedin.com/in/ida/' })).toEqual(match);
    expect(await connector.lookup({ email: 'nobody@example.com' })).toBeUndefined();
  });

  it('looks a person up under the spellings a teammate may have stored: http, a country subdomain, no slash, upper case, a locale suffix, the slug decoded', async () => {
    const { server, connector } = await connected();
    const stored = ['http://pl.linkedin.com/in/Jane-Doe', 'https://de.linkedin.com/in/jane-doe/', 'linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe/pl', 'https://www.linkedin.com/in/JANE-DOE/'];
    for (const url of stored) {
      const contact = server.store.create('contacts', { firstname: 'Jane', prospecting_linkedin_url: url });
      expect((await connector.lookup({ linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' }))?.crmId).toBe(contact.id);
      server.store.archive(contact);
    }
    const pawel = server.store.create('contacts', { firstname: 'Paweł', prospecting_linkedin_url: 'https://pl.linkedin.com/in/paweł-nowak/' });
    expect((await connector.lookup({ linkedinUrl: 'https://www.linkedin.com/in/pawe%C5%82-nowak/' }))?.crmId).toBe(pawel.id);
    // Another person whose URL merely starts the same is no match.
    server.store.create('contacts', { firstname: 'Janet', prospecting_linkedin_url: 'https://www.linkedin.com/in/jane-doe-2/' });
    expect(await connector.lookup({ linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' })).toBeUndefined();
    // With an e-mail too: one search, the e-mail's match first.
    const before = server.counts()['POST /crm/v3/objects/contacts/search'] ?? 0;
    expect((await connector.lookup({ email: 'p@example.com', linkedinUrl: 'https://www.linkedin.com/in/pawe%C5%82-nowak/' }))?.crmId).toBe(pawel.id);
    expect((server.counts()['POST /crm/v3/objects/contacts/search'] ?? 0) - before).toBe(1);
  });

  it('GDPR-deletes the linked contact, and a second time is no error', async () => {
    const { server, connector } = await connected();
    const contact = server.store.create('contacts', { email: 'j@example.com' });
    await connector.gdprDelete(contact.id);
    expect(server.store.table('contacts').has(contact.id)).toBe(false);
    await connector.gdprDelete(contact.id);
  });
});
