import 'fake-indexeddb/auto';
import { afterAll, expect, it } from 'vitest';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { proposeStageMapping } from '../../lib/crm/stages';
import { startSync, syncPush } from '../../lib/crm/sync/run';
import { LeadsDatabase } from '../../lib/db/database';
import { EMPTY_BANT, DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import type { Activity, Company, Lead } from '../../lib/schema/records';
import { HUBSPOT_RATE_LIMIT, HubSpotTestServer } from '../e2e/harness/hubspot/server';
import { printTable } from './harness/report';

/**
 * Issue 16's push benchmark: the first connect walks 10,000 leads (2,000 companies, a
 * touch each, 40 % with a deal, 30 % with a next step) into the contract-checked HubSpot
 * test server at HubSpot's documented limit (100 requests / 10 s). One virtual clock
 * drives the client's pacing and the server's limit, so the time reported is the time
 * the rate limit imposes (network latency excluded). The floor: the writes a batched push
 * needs (creates and associations, 100 a call), paced at the limit. Prints; asserts no time.
 */
const LEADS = Number(process.env.BENCH_LEADS ?? 10_000);
const COMPANIES = Math.max(1, Math.round(LEADS / 5));
const NOW = Date.UTC(2026, 0, 15);

function lead(i: number): Lead {
  const past = i % 5 < 2;
  return {
    id: `lead-${String(i).padStart(6, '0')}`,
    fullName: `Person ${i}`,
    firstName: 'Person',
    lastName: String(i),
    email: i % 10 === 0 ? undefined : `person${i}@company${i % COMPANIES}.example`,
    linkedinUrl: `https://www.linkedin.com/in/person-${i}/`,
    title: 'Head of Sales',
    companyName: `Company ${i % COMPANIES}`,
    companyId: `company-${String(i % COMPANIES).padStart(6, '0')}`,
    words: [],
    tags: [],
    editedFields: [],
    source: 'linkedin',
    createdAt: NOW,
    updatedAt: NOW,
    score: 0,
    scoreLabel: 'cold',
    labelByHand: false,
    scoreHistory: [],
    activitySummary: {},
    stageId: past ? 'demo' : 'new',
    stageChangedAt: NOW,
    dealValue: past ? 1_000 + i : undefined,
    currency: past ? 'EUR' : undefined,
    nextStep: i % 10 < 3 ? { text: 'Follow up', dueAt: NOW + 86_400_000 } : undefined,
    bant: EMPTY_BANT,
    reactivations: 0,
  };
}

const company = (i: number): Company => ({ id: `company-${String(i).padStart(6, '0')}`, name: `Company ${i}`, website: `https://company${i}.example/`, editedFields: [], createdAt: NOW, updatedAt: NOW, source: 'linkedin' });
const touch = (l: Lead): Activity => ({ id: `act-${l.id}`, leadId: l.id, kind: 'call', direction: 'outbound', at: NOW, note: 'Intro call', createdAt: NOW });

let server: HubSpotTestServer | undefined;
afterAll(() => server?.close());

it(`pushes ${LEADS} leads on first connect within HubSpot's rate limit`, async () => {
  const leads = Array.from({ length: LEADS }, (_, i) => lead(i));
  const db = new LeadsDatabase(`bench-hubspot-${Date.now()}`);
  // Seeded as stored records (the write layer and its change log are not what is measured).
  await db.transaction('rw', [db.leads, db.companies, db.activities], async () => {
    await db.table('companies').bulkAdd(Array.from({ length: COMPANIES }, (_, i) => company(i)));
    await db.table('leads').bulkAdd(leads);
    await db.table('activities').bulkAdd(leads.map(touch));
  });

  let t = NOW;
  let waited = 0;
  const clock = { now: () => t, sleep: async (ms: number) => void ((t += ms), (waited += ms)) };
  server = await HubSpotTestServer.start({ now: clock.now, tokens: ['tok'], rateLimit: HUBSPOT_RATE_LIMIT });
  const connector = createHubSpotConnector({ token: 'tok', baseUrl: server.url, clock, kindLabel: (kind) => kind });

  const started = performance.now();
  const account = await connector.connect();
  const [pipeline] = await connector.pipelines();
  const config = { mapping: proposeStageMapping(DEFAULT_PIPELINE.stages, pipeline!), firstStageId: 'new', now: clock.now };
  await syncPush(db, connector, await startSync(db, account.accountId, clock.now()), config);
  const wall = performance.now() - started;

  server.assertNoViolations();
  expect(server.store.live('contacts')).toHaveLength(LEADS);
  expect(server.store.live('companies')).toHaveLength(COMPANIES);
  expect(await db.crmLinks.filter((l) => l.kind === 'note').count()).toBe(LEADS);

  const counts = server.counts();
  const total = server.requests.length;
  const refused = server.requests.filter((r) => r.status === 429).length;
  const deals = leads.filter((l) => l.stageId !== 'new' || l.dealValue !== undefined).length;
  const tasks = leads.filter((l) => l.nextStep).length;
  const calls = (n: number) => Math.ceil(n / 100);
  // Writes only: companies, contacts, deals, notes, tasks; contact->company, deal->contact, deal->company.
  const floorRequests = calls(COMPANIES) + calls(LEADS) + calls(deals) + calls(LEADS) + calls(tasks) + calls(LEADS) + 2 * calls(deals);
  const window = HUBSPOT_RATE_LIMIT.windowMs / HUBSPOT_RATE_LIMIT.max;
  const floorMs = floorRequests * window;
  const byKind = (pattern: RegExp) => Object.entries(counts).filter(([endpoint]) => pattern.test(endpoint)).reduce((n, [, c]) => n + c, 0);
  const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
  printTable(`HubSpot push on first connect: ${LEADS.toLocaleString('en')} leads, ${COMPANIES.toLocaleString('en')} companies, ${deals.toLocaleString('en')} deals, ${LEADS.toLocaleString('en')} notes, ${tasks.toLocaleString('en')} tasks`, [
    ['HTTP requests', `${total}`, `floor ${floorRequests} (×${(total / floorRequests).toFixed(2)}); 429s met: ${refused}`],
    ['of which searches (matching)', `${byKind(/\/search$/)}`, 'one per 100 records, OR of record id, e-mail, LinkedIn URL (domain, name)'],
    ['of which writes', `${byKind(/batch\/(create|update|upsert)$/)}`, 'batch create / update / upsert, 100 a call'],
    ['of which associations', `${byKind(/associate\/default$/)}`, 'v4 default associations, 100 a call'],
    ['of which connect', `${byKind(/properties|account-info|pipelines/)}`, 'account, properties (read, create if missing), pipelines'],
    ['time waited for the rate limit', s(waited), `floor ${s(floorMs)}: the floor's requests at 100 / 10 s (×${(waited / floorMs).toFixed(2)})`],
    ['wall time here (test server in-process)', s(wall), 'CPU of client, server and contract checks; no network'],
  ]);
}, 900_000);
