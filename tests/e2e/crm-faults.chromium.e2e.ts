import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_ID } from '../../lib/crm/hubspot/fields';
import { needsDeal } from '../../lib/crm/hubspot/mapping';
import type { Lead } from '../../lib/schema/records';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { WorkerStopper } from './harness/faults';
import { buildGrantingHubSpot, connectHubSpot, E2E_TOKEN, routeHubSpot } from './harness/hubspot/chromium';
import { contractOnce, HubSpotTestServer } from './harness/hubspot/server';
import type { ObjectType } from './harness/hubspot/store';
import { seedLeads, seedRecords } from './harness/seed';

/**
 * HubSpot faults end to end, in Chromium, against the contract-checked test server: 250 leads
 * (three batches of contacts and deals, five of notes) pushed on the first "Sync now" while the
 * server answers 429 storms, 500s, loses the answer to a create it applied, or the service worker
 * is stopped while a batch is in flight; then "Sync now" again at once, while the server's search
 * still trails its writes (as HubSpot's does). Every lead ends as exactly one contact (and one
 * deal), every touch as exactly one note: nothing lost, nothing doubled.
 */

const LEADS = 250;
const seed = { leads: LEADS, activitiesPerLead: 2, now: Date.now(), floor: false };
const generated = seedRecords(seed);
// What must arrive: every lead a contact, the leads with a value or past "new" a deal, every touch a note.
const EXPECTED = {
  contacts: LEADS,
  deals: generated.records.filter((r) => needsDeal(r as unknown as Lead, 'new')).length,
  notes: generated.activities.length,
};

let build = '';
let open: { server: HubSpotTestServer; session: ChromiumSession } | undefined;

beforeAll(async () => {
  await contractOnce();
  build = buildGrantingHubSpot();
}, 120_000);

afterEach(async () => {
  await open?.session.close();
  await open?.server.close();
  open = undefined;
});

/** A fresh portal and browser: 250 leads saved, HubSpot connected, nothing synced yet. */
async function portalWithLeads(): Promise<{ server: HubSpotTestServer; session: ChromiumSession; options: Page }> {
  const server = await HubSpotTestServer.start({ tokens: [E2E_TOKEN] });
  // As HubSpot's, the search index trails the writes: a round run again at once must not miss what the cut one made.
  server.store.searchLagMs = 10_000;
  const session = await launchChromium({}, { build });
  open = { server, session };
  await routeHubSpot(session.context, server);
  const seeding = await session.extensionPage('options.html');
  await seedLeads(seeding, seed);
  await seeding.close();
  const options = await connectHubSpot(session);
  await expect.poll(() => syncLine(options, 'crm-sync-pending'), { timeout: 20_000 }).toBe(`${LEADS} changes waiting to sync.`);
  return { server, session, options };
}

function syncLine(options: Page, testId: string): Promise<string | null> {
  return options.locator('section#crm').getByTestId(testId).textContent();
}

const syncNow = (options: Page) => options.locator('section#crm').getByRole('button', { name: 'Sync now' }).click();

/** The round has ended (the button is back) with this outcome on the status line. */
async function roundEnded(options: Page, outcome: 'synced' | 'stopped'): Promise<void> {
  const crm = options.locator('section#crm');
  await expect.poll(() => crm.getByRole('button', { name: 'Sync now' }).isEnabled(), { timeout: 90_000 }).toBe(true);
  if (outcome === 'synced') {
    await expect.poll(() => syncLine(options, 'crm-sync-pending'), { timeout: 30_000 }).toBe('Nothing waiting to sync.');
    expect(await crm.getByTestId('crm-sync-error').count()).toBe(0);
  } else {
    await expect.poll(() => syncLine(options, 'crm-sync-error'), { timeout: 30_000 }).toMatch(/^The last sync stopped/);
    expect(await syncLine(options, 'crm-sync-pending')).toMatch(/waiting to sync/);
  }
}

/** Each of our records, by the record id we stamp on what we make: how many HubSpot objects hold it. */
function holders(server: HubSpotTestServer, type: ObjectType): Map<string, number> {
  const counts = new Map<string, number>();
  for (const object of server.store.live(type)) {
    const id = object.properties[RECORD_ID] ?? '(none)';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Nothing lost, nothing doubled: one contact a lead (by record id and by LinkedIn URL), one deal, one note a touch. */
function assertExactlyOnce(server: HubSpotTestServer): void {
  for (const type of ['contacts', 'deals', 'notes'] as const) {
    const counts = holders(server, type);
    const doubled = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    expect({ type, doubled, distinct: counts.size }).toEqual({ type, doubled: [], distinct: EXPECTED[type] });
    expect(server.store.live(type)).toHaveLength(EXPECTED[type]);
  }
  const urls = new Set(server.store.live('contacts').map((c) => c.properties.prospecting_linkedin_url));
  expect(urls.size).toBe(LEADS);
  // Every note hangs on its lead's contact.
  const contactOf = new Map(server.store.live('contacts').map((c) => [c.id, c.properties[RECORD_ID]]));
  const unattached = server.store.live('notes').filter((note) => {
    const leadId = note.properties[RECORD_ID]?.replace(/-a\d+$/, '');
    return !server.store.associationsOf('notes', note.id, 'contacts').some((a) => contactOf.get(a.toId) === leadId);
  });
  expect(unattached.map((n) => n.properties[RECORD_ID])).toEqual([]);
  server.assertNoViolations();
}

const endpoint = (kind: string, op: string) => (e: string) => e === `POST /crm/v3/objects/${kind}/${op}`;

describe('HubSpot faults lose nothing and double nothing (Chromium)', () => {
  it('a 429 storm: waited out within the round, and one longer than the client waits stops the round; "Sync now" again finishes', async () => {
    const { server, options } = await portalWithLeads();
    // Five 429s with Retry-After: 1 on the contact upserts: honoured, the round goes on.
    server.inject({ kind: 'status', status: 429, retryAfterSeconds: 1 }, 5, endpoint('contacts', 'batch/upsert'));
    // Then a storm longer than the client waits out (ten) on the note creates: the round stops and says so.
    server.inject({ kind: 'status', status: 429, retryAfterSeconds: 1 }, 11, endpoint('notes', 'batch/create'));
    await syncNow(options);
    await roundEnded(options, 'stopped');
    expect(server.pendingFaults()).toBe(0);
    expect(server.requests.filter((r) => r.status === 429)).toHaveLength(16);
    await syncNow(options);
    await roundEnded(options, 'synced');
    assertExactlyOnce(server);
  }, 180_000);

  it('500s: a read or upsert is retried with backoff within the round; a create is not resent blindly, the next round finds what is missing', async () => {
    const { server, options } = await portalWithLeads();
    server.inject({ kind: 'status', status: 500 }, 3, endpoint('contacts', 'batch/upsert'));
    server.inject({ kind: 'status', status: 503 }, 2, endpoint('deals', 'batch/upsert'));
    server.inject({ kind: 'status', status: 500 }, 1, endpoint('notes', 'batch/create'));
    await syncNow(options);
    await roundEnded(options, 'stopped');
    expect(server.pendingFaults()).toBe(0);
    await syncNow(options);
    await roundEnded(options, 'synced');
    assertExactlyOnce(server);
  }, 180_000);

  it('answers lost after HubSpot applied the batch (upserts and a note create): the retry and the next round find what was made', async () => {
    const { server, options } = await portalWithLeads();
    server.inject({ kind: 'drop-response' }, 1, endpoint('contacts', 'batch/upsert'));
    server.inject({ kind: 'drop-response' }, 1, endpoint('deals', 'batch/upsert'));
    // The third note batch: made in HubSpot, its answer never arrives.
    let creates = 0;
    server.inject({ kind: 'drop-response' }, 1, (e) => endpoint('notes', 'batch/create')(e) && ++creates === 3);
    await syncNow(options);
    await roundEnded(options, 'stopped');
    expect(server.pendingFaults()).toBe(0);
    // Made but unanswered: 300 notes are in HubSpot although the extension heard of 200.
    expect(server.store.live('notes')).toHaveLength(300);
    await syncNow(options);
    await roundEnded(options, 'synced');
    assertExactlyOnce(server);
  }, 180_000);

  it('the service worker stopped while HubSpot holds the answer to a batch it applied: "Sync now" again finishes, nothing doubled', async () => {
    const { server, session, options } = await portalWithLeads();
    const stopper = await new WorkerStopper(session, options).attach();
    // The second batch of notes is applied in HubSpot; its answer is held while the worker is stopped.
    let creates = 0;
    const held = server.holdNext((e) => endpoint('notes', 'batch/create')(e) && ++creates === 2);
    await syncNow(options);
    await held.applied;
    await stopper.stop();
    held.release();
    expect(stopper.stops).toBe(1);
    // The page's "Sync now" is never answered by the stopped worker: the button comes back.
    const crm = options.locator('section#crm');
    await expect.poll(() => crm.getByRole('button', { name: 'Sync now' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(server.store.live('notes')).toHaveLength(200);
    // The round was cut before it saved its checkpoint: everything still waits.
    expect(await syncLine(options, 'crm-sync-pending')).toBe(`${LEADS} changes waiting to sync.`);
    await syncNow(options);
    await roundEnded(options, 'synced');
    assertExactlyOnce(server);
  }, 180_000);
});
