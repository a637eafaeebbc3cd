// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { withSyncLock } from '../../lib/crm/sync/lock';
import { backoffMs, runSyncRound, SEARCH_SETTLE_MS, settleUntil, type RoundDeps } from '../../lib/crm/sync/round';
import { loadSyncState } from '../../lib/crm/sync/run';
import { readSyncStatus } from '../../lib/crm/sync/status';
import { keepConnection, readConnection } from '../../lib/db/crm-connections';
import { getCrmMapping } from '../../lib/db/settings';
import { saveCapture } from '../../lib/db/save-capture';
import { updateLead } from '../../lib/db/edit-lead';
import { addActivity } from '../../lib/db/activities';
import { eraseLead } from '../../lib/db/erase';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { freshDb, NOW } from './helpers/db';

/** A sync round as the background runs it: when it runs, what it records, how errors are acted on. */

const hubspot = hubSpotServerPerTest();

const capture = (n: number) => ({
  kind: 'person' as const,
  person: PersonCaptureSchema.parse({ fullName: `Lead ${n}`, email: `lead${n}@example.com`, source: 'linkedin', capturedAt: NOW }),
});

async function setup({ permitted = true } = {}) {
  let t = NOW;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  const server = await hubspot.start({ now: clock.now, tokens: ['tok'] });
  const url = server.url;
  const db = freshDb();
  const account = await createHubSpotConnector({ token: 'tok', baseUrl: url, clock, kindLabel: (k) => k }).connect();
  await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
  const deps: RoundDeps = { now: clock.now, sleep: clock.sleep, contextStartedAt: NOW, connectorFor: (token) => createHubSpotConnector({ token, baseUrl: url, clock, kindLabel: (k) => k }), permitted: async () => permitted };
  return { server, db, deps, advance: (ms: number) => void (t += ms) };
}

describe('CRM sync round', () => {
  it('pushes what is due, saves the proposed stage mapping, and shows 0 pending after', async () => {
    const { server, db, deps } = await setup();
    for (let n = 0; n < 3; n++) await saveCapture(db, capture(n), NOW);
    expect((await readSyncStatus(db, false)).pending).toBe(3);
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(server.store.live('contacts')).toHaveLength(3);
    expect(await getCrmMapping(db)).toMatchObject({ pipelineId: expect.any(String) });
    const status = await readSyncStatus(db, false);
    expect(status).toMatchObject({ connection: 'connected', pending: 0, lastSyncAt: expect.any(Number) });
    expect(status.lastError).toBeUndefined();
    // A new lead is one change (its "captured" marker is no note); a touch on it is another.
    const { id } = await saveCapture(db, capture(9), NOW + 1);
    expect((await readSyncStatus(db, false)).pending).toBe(1);
    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 2, note: 'Hi' }, NOW + 2);
    expect((await readSyncStatus(db, false)).pending).toBe(2);
    // Erased: its edit and its touch are in the log, but nothing of it is left to push.
    await eraseLead(db, id, NOW + 3);
    expect((await readSyncStatus(db, false)).pending).toBe(0);
  });

  it('does nothing without a connection or the origin permission', async () => {
    const { server, db, deps } = await setup({ permitted: false });
    await saveCapture(db, capture(1), NOW);
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: false, reason: 'no-permission' });
    await db.crmConnections.clear();
    expect(await runSyncRound(db, 'now', { ...deps, permitted: async () => true })).toEqual({ ran: false, reason: 'not-connected' });
    expect(server.requests.filter((r) => r.endpoint.includes('batch'))).toHaveLength(0);
  });

  it('the popup runs a round at most once a minute', async () => {
    const { db, deps, advance } = await setup();
    expect(await runSyncRound(db, 'popup', deps)).toMatchObject({ ran: true });
    expect(await runSyncRound(db, 'popup', deps)).toEqual({ ran: false, reason: 'recent' });
    advance(61_000);
    expect(await runSyncRound(db, 'popup', deps)).toMatchObject({ ran: true });
  });

  it('a refused token asks to reconnect and keeps what waits', async () => {
    const { server, db, deps } = await setup();
    await runSyncRound(db, 'now', deps);
    const { id } = await saveCapture(db, capture(4), NOW + 1);
    await updateLead(db, id, { title: 'CTO' }, NOW + 2);
    server.revoke('tok');
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: false, kind: 'reconnect' });
    expect((await readConnection(db, 'hubspot'))!.state).toBe('reconnect');
    const status = await readSyncStatus(db, false);
    expect(status).toMatchObject({ connection: 'reconnect', lastError: { kind: 'reconnect' } });
    expect(status.pending).toBeGreaterThan(0);
    // No round runs until the rep reconnects.
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: false, reason: 'not-connected' });
  });

  it('an outage waits for a later round, with a growing delay; "Sync now" does not wait', async () => {
    const { server, db, deps, advance } = await setup();
    await saveCapture(db, capture(5), NOW);
    server.inject({ kind: 'status', status: 503 }, 1_000);
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: false, kind: 'unavailable' });
    const first = (await loadSyncState(db))!;
    expect(first.failures).toBe(1);
    expect(first.retryAt).toBeGreaterThan(deps.now());
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: false, reason: 'waiting' });
    expect(await runSyncRound(db, 'now', deps)).toMatchObject({ ran: true, ok: false });
    expect((await loadSyncState(db))!.failures).toBe(2);
    expect(backoffMs(2)).toBeGreaterThan(backoffMs(1));
    expect(backoffMs(50)).toBe(3_600_000);
    // Once the delay has passed, the alarm's round runs again.
    advance(backoffMs(2));
    expect(await runSyncRound(db, 'alarm', deps)).toMatchObject({ ran: true });
  });

  it("an answer lost after HubSpot made the notes: the next round, at once, waits for HubSpot's search to see them and doubles nothing", async () => {
    const { server, db, deps } = await setup();
    // HubSpot's search trails its writes by a few seconds.
    server.store.searchLagMs = 5_000;
    for (let n = 0; n < 3; n++) {
      const { id } = await saveCapture(db, capture(n), NOW);
      await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 1, note: `Call ${n}` }, NOW + 1);
    }
    server.inject({ kind: 'drop-response' }, 1, (e) => e === 'POST /crm/v3/objects/notes/batch/create');
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: false, kind: 'ambiguous-write' });
    expect(server.store.live('notes')).toHaveLength(3);
    const failedAt = deps.now();
    // The rep presses "Sync now" at once.
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(server.store.live('notes')).toHaveLength(3);
    expect(server.store.live('contacts')).toHaveLength(3);
    expect(deps.now() - failedAt).toBeGreaterThanOrEqual(SEARCH_SETTLE_MS);
    // A round after one that ended well, or long after a failure, does not wait.
    const before = deps.now();
    await runSyncRound(db, 'now', deps);
    expect(deps.now()).toBe(before);
  });

  it('settleUntil: after a round cut without an end (its worker stopped), from when this context started', () => {
    const job = { key: 'crmSync' as const, accountId: '1', checkpoint: 0, walk: { done: true }, updatedAt: NOW };
    expect(settleUntil(undefined, NOW)).toBeUndefined();
    expect(settleUntil({ ...job, lastAttemptAt: NOW, lastSyncAt: NOW + 5 }, NOW + 10)).toBeUndefined();
    expect(settleUntil({ ...job, lastAttemptAt: NOW, lastError: { kind: 'ambiguous-write', at: NOW + 3 } }, NOW + 10)).toBe(NOW + 3 + SEARCH_SETTLE_MS);
    // Cut: no end recorded; its writes were made before this context (a new service worker) started.
    expect(settleUntil({ ...job, lastAttemptAt: NOW, lastSyncAt: NOW - 100 }, NOW + 10)).toBe(NOW + 10 + SEARCH_SETTLE_MS);
    // An error of an earlier round does not date this one's end.
    expect(settleUntil({ ...job, lastAttemptAt: NOW, lastError: { kind: 'unavailable', at: NOW - 50 } }, NOW + 10)).toBe(NOW + 10 + SEARCH_SETTLE_MS);
  });

  it('one round at a time: a second that may skip does, one that waits runs after', async () => {
    const order: string[] = [];
    let resolveGate!: () => void;
    const gate = new Promise<void>((resolve) => (resolveGate = resolve));
    const first = withSyncLock(async () => {
      await gate;
      order.push('first');
    }, { wait: false });
    const release = () => resolveGate();
    expect(await withSyncLock(async () => order.push('skipped'), { wait: false })).toBeUndefined();
    const queued = withSyncLock(async () => void order.push('queued'), { wait: true });
    release();
    await first;
    await queued;
    expect(order).toEqual(['first', 'queued']);
  });
});
