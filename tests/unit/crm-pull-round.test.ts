// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { readConflicts } from '../../lib/crm/sync/conflicts';
import { runSyncRound } from '../../lib/crm/sync/round';
import { loadSyncState } from '../../lib/crm/sync/run';
import { CrmSyncJob } from '../../lib/crm/sync/state';
import { readSyncStatus } from '../../lib/crm/sync/status';
import { readLinks } from '../../lib/db/crm-links';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { moveToStage } from '../../lib/db/stage';
import { connectedPortal } from './helpers/connected-portal';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/** A round against the HubSpot test server: what changed there comes back onto the leads. */

const hubspot = hubSpotServerPerTest();

async function setup() {
  const { server, db, deps, clock, advance } = await connectedPortal(hubspot, { lostReason: () => 'Closed lost in HubSpot' });
  return { server, db, deps, advance, now: clock.now };
}

/** A lead in "demo" with a value, pushed: its deal is in HubSpot. */
async function pushedDeal(s: Awaited<ReturnType<typeof setup>>) {
  const person = PersonCaptureSchema.parse({ fullName: 'Dana Deal', email: 'dana@example.com', source: 'linkedin', capturedAt: NOW });
  const { id } = await saveCapture(s.db, { kind: 'person', person }, s.now());
  s.advance(1_000);
  await updatePipeline(s.db, id, { dealValue: 1000 }, s.now());
  expect(await moveToStage(s.db, id, 'demo', {}, s.now())).toMatchObject({ ok: true });
  expect(await runSyncRound(s.db, 'now', s.deps)).toEqual({ ran: true, ok: true });
  const links = await readLinks(s.db, { deals: [id], contacts: [id] });
  const deal = s.server.store.find('deals', links.deals[id]!)!;
  const contact = s.server.store.find('contacts', links.contacts[id]!)!;
  expect(deal.properties.amount).toBe('1000');
  return { id, deal, contact };
}

describe('CRM pull in a round', () => {
  it('a deal won in HubSpot comes back as a win, with history at HubSpot’s time, counted in the figures and never pushed back', async () => {
    const s = await setup();
    const { id, deal, contact } = await pushedDeal(s);
    s.advance(60_000);
    const wonAt = s.now();
    s.server.store.write(deal, { dealstage: 'closedwon' }, 'CRM_UI');
    s.server.store.write(contact, { hubspot_owner_id: '502', lifecyclestage: 'customer' }, 'CRM_UI');
    s.advance(60_000);
    const before = s.server.requests.length;
    expect(await runSyncRound(s.db, 'now', s.deps)).toEqual({ ran: true, ok: true });
    const lead = (await s.db.leads.get(id))!;
    expect(lead).toMatchObject({ stageId: 'won', stageChangedAt: wonAt, dealValue: 1000, crmOwnerId: '502', crmLifecycleStage: 'customer' });
    const history = (await s.db.stageHistory.where('leadId').equals(id).toArray()).sort((a, b) => a.at - b.at);
    expect(history.at(-1)).toMatchObject({ kind: 'won', at: wonAt, fromStage: 'demo', toStage: 'won', value: 1000 });
    const kept = await keptRows(s.db);
    expect(kept.stages.won).toMatchObject({ n: 1 });
    expect(kept).toEqual(await recomputedRows(s.db, s.now()));
    const entries = await s.db.changes.filter((e) => e.key === id).toArray();
    expect(entries.at(-1)).toMatchObject({ origin: 'outside', table: 'leads' });
    // Nothing to push: what the pull wrote is HubSpot's already.
    expect((await readSyncStatus(s.db, false)).pending).toBe(0);
    expect(s.server.requests.slice(before).filter((r) => r.method !== 'GET' && !r.endpoint.includes('search') && !r.endpoint.includes('batch/read'))).toEqual([]);
    expect(await readConflicts(s.db)).toEqual([]);
    // The next round pulls after what it applied: nothing comes back twice.
    s.advance(60_000);
    await runSyncRound(s.db, 'now', s.deps);
    expect(await s.db.stageHistory.where('leadId').equals(id).count()).toBe(history.length);
  });

  it('every stage the deal passed in HubSpot between two syncs comes back, each at its time, in the history and the figures', async () => {
    const s = await setup();
    const { id, deal } = await pushedDeal(s);
    s.advance(60_000);
    const negotiationAt = s.now();
    s.server.store.write(deal, { dealstage: 'contractsent' }, 'CRM_UI');
    s.advance(60_000);
    const wonAt = s.now();
    s.server.store.write(deal, { dealstage: 'closedwon' }, 'CRM_UI');
    s.advance(60_000);
    expect(await runSyncRound(s.db, 'now', s.deps)).toEqual({ ran: true, ok: true });
    const history = (await s.db.stageHistory.where('leadId').equals(id).toArray()).sort((a, b) => a.at - b.at);
    expect(history.slice(-2)).toMatchObject([
      { fromStage: 'demo', toStage: 'negotiation', at: negotiationAt },
      { fromStage: 'negotiation', toStage: 'won', kind: 'won', at: wonAt, value: 1000 },
    ]);
    expect((await s.db.leads.get(id))!).toMatchObject({ stageId: 'won', stageChangedAt: wonAt });
    const kept = await keptRows(s.db);
    expect(kept).toEqual(await recomputedRows(s.db, s.now()));
    expect(await readConflicts(s.db)).toEqual([]);
    // Nothing comes back twice.
    s.advance(60_000);
    await runSyncRound(s.db, 'now', s.deps);
    expect(await s.db.stageHistory.where('leadId').equals(id).count()).toBe(history.length);
  });

  it('per field the newer change wins: a local edit after HubSpot’s is kept and pushed, HubSpot’s listed', async () => {
    const s = await setup();
    const { id, deal } = await pushedDeal(s);
    s.advance(60_000);
    s.server.store.write(deal, { amount: '2000' }, 'CRM_UI');
    s.advance(60_000);
    await updatePipeline(s.db, id, { dealValue: 3000 }, s.now());
    s.advance(60_000);
    expect(await runSyncRound(s.db, 'now', s.deps)).toEqual({ ran: true, ok: true });
    expect((await s.db.leads.get(id))!.dealValue).toBe(3000);
    expect(deal.properties.amount).toBe('3000');
    expect(await readConflicts(s.db)).toEqual([expect.objectContaining({ leadId: id, field: 'amount', kept: 'here', here: 3000, crm: 2000 })]);
  });

  it('per field the newer change wins: HubSpot’s after a local edit not yet pushed replaces it, the local value listed', async () => {
    const s = await setup();
    const { id, deal } = await pushedDeal(s);
    s.advance(60_000);
    await updatePipeline(s.db, id, { dealValue: 3000 }, s.now());
    s.advance(60_000);
    s.server.store.write(deal, { amount: '2000' }, 'CRM_UI');
    s.advance(60_000);
    expect(await runSyncRound(s.db, 'now', s.deps)).toEqual({ ran: true, ok: true });
    expect((await s.db.leads.get(id))!).toMatchObject({ dealValue: 2000, currency: 'EUR' });
    expect(deal.properties.amount).toBe('2000');
    expect(await readConflicts(s.db)).toEqual([expect.objectContaining({ leadId: id, field: 'amount', kept: 'crm', here: 3000, crm: 2000 })]);
  });

  it('keeps a pull checkpoint; a row from before the pull parses and pulls from its last sync', async () => {
    const s = await setup();
    await pushedDeal(s);
    const state = (await loadSyncState(s.db))!;
    expect(state.pulledThrough).toBeGreaterThanOrEqual(NOW);
    const { pulledThrough: _p, ...old } = state;
    expect(CrmSyncJob.safeParse(old).success).toBe(true);
    await s.db.jobs.put(old);
    s.advance(60_000);
    expect(await runSyncRound(s.db, 'now', s.deps)).toEqual({ ran: true, ok: true });
    expect((await loadSyncState(s.db))!.pulledThrough).toBeDefined();
  });
});
