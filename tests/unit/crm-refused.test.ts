// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { runSyncRound, type RoundDeps } from '../../lib/crm/sync/round';
import { loadSyncState } from '../../lib/crm/sync/run';
import { readSyncStatus } from '../../lib/crm/sync/status';
import { keepConnection } from '../../lib/db/crm-connections';
import { readAllLinks } from '../../lib/db/crm-links';
import { saveCapture } from '../../lib/db/save-capture';
import { updateLead } from '../../lib/db/edit-lead';
import { addActivity } from '../../lib/db/activities';
import { bulkDelete } from '../../lib/db/bulk';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { freshDb, NOW } from './helpers/db';

/**
 * HubSpot refusing one record of a batch (a 400 VALIDATION_ERROR for the whole batch: an e-mail
 * that is not an address) used to fail every round on that record for ever, so no other lead
 * synced again. Now the others are pushed, the round ends well, and the refused one is listed
 * with HubSpot's reason until a push of it goes through.
 */

const hubspot = hubSpotServerPerTest();

// The extension keeps it (it looks like an address); HubSpot refuses the doubled dot.
const BAD = 'jane..doe@example.com';

async function setup() {
  let t = NOW;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  const server = await hubspot.start({ now: clock.now, tokens: ['tok'], rateLimit: { max: 1_000_000, windowMs: 10_000 } });
  const db = freshDb();
  const connector = (token: string) => createHubSpotConnector({ token, baseUrl: server.url, clock, pace: { max: 1_000_000, windowMs: 10_000 }, kindLabel: (k) => k });
  const account = await connector('tok').connect();
  await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
  const deps: RoundDeps = { now: clock.now, sleep: clock.sleep, contextStartedAt: NOW, connectorFor: connector, permitted: async () => true };
  return { server, db, deps, advance: (ms: number) => void (t += ms), now: clock.now };
}

/** 150 leads, the 78th with an e-mail HubSpot refuses. */
async function leadsWithOneBad(db: ReturnType<typeof freshDb>): Promise<{ badId: string; ids: string[] }> {
  const ids: string[] = [];
  for (let n = 0; n < 150; n++) {
    const person = PersonCaptureSchema.parse({ fullName: `Lead ${n}`, email: n === 77 ? BAD : `lead${n}@example.com`, source: 'linkedin', capturedAt: NOW });
    ids.push((await saveCapture(db, { kind: 'person', person }, NOW)).id);
  }
  return { badId: ids[77]!, ids };
}

const upserts = (server: { counts(): Record<string, number> }) => server.counts()['POST /crm/v3/objects/contacts/batch/upsert'] ?? 0;

describe('CRM sync: a record HubSpot refuses', () => {
  it('pushes the other 149, ends the round well, and lists the refused lead with HubSpot\'s reason', async () => {
    const { server, db, deps } = await setup();
    const { badId } = await leadsWithOneBad(db);
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: true });
    expect(server.store.live('contacts')).toHaveLength(149);
    expect(server.store.find('contacts', badId, 'prospecting_record_id')).toBeUndefined();
    const links = await readAllLinks(db);
    expect(Object.keys(links.contacts)).toHaveLength(149);
    expect(links.contacts[badId]).toBeUndefined();
    const state = (await loadSyncState(db))!;
    expect(state.lastError).toBeUndefined();
    expect(state.refused).toEqual([{ kind: 'contact', localId: badId, leadId: badId, message: 'Email address … is invalid', at: expect.any(Number) }]);
    // The reason quoted the lead's e-mail: the row keeps none of it.
    expect(JSON.stringify(state)).not.toContain(BAD);
    expect((await readSyncStatus(db, false)).pending).toBe(0);
    // Bounded: the chunk of 100 holding it split down to it, at most 2·log2(100) calls more than the two chunks.
    expect(upserts(server)).toBeLessThanOrEqual(2 + 14);
    server.assertNoViolations();
  });

  it('the next round does not fail again, nor send the refused lead again unchanged', async () => {
    const { server, db, deps, advance } = await setup();
    await leadsWithOneBad(db);
    await runSyncRound(db, 'alarm', deps);
    const before = upserts(server);
    advance(15 * 60_000);
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: true });
    expect(upserts(server)).toBe(before);
    expect((await loadSyncState(db))!.refused).toHaveLength(1);
  });

  it('an edit to the refused lead pushes it again, with its touches; fixed, it leaves the list', async () => {
    const { server, db, deps, advance, now } = await setup();
    const { badId } = await leadsWithOneBad(db);
    await addActivity(db, { leadId: badId, kind: 'call', direction: 'outbound', at: NOW + 1, note: 'Spoke' }, NOW + 1);
    await runSyncRound(db, 'alarm', deps);
    expect(server.store.live('notes')).toHaveLength(0);
    // Still wrong after an edit: still listed, with the time of the new refusal.
    advance(60_000);
    await updateLead(db, badId, { title: 'CFO' }, now());
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: true });
    expect((await loadSyncState(db))!.refused).toEqual([expect.objectContaining({ localId: badId, at: now() })]);
    // Fixed: pushed, with the touch logged while HubSpot refused the lead.
    advance(60_000);
    await updateLead(db, badId, { email: 'jane@example.com' }, now());
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: true });
    const contact = server.store.find('contacts', badId, 'prospecting_record_id');
    expect(contact?.properties.email).toBe('jane@example.com');
    const [note] = server.store.live('notes');
    expect(server.store.associationsOf('notes', note!.id, 'contacts').map((a) => a.toId)).toEqual([contact!.id]);
    expect((await loadSyncState(db))!.refused).toEqual([]);
    server.assertNoViolations();
  });

  it('"Sync now" pushes the refused records again; the alarm does not', async () => {
    const { server, db, deps, advance } = await setup();
    const { badId } = await leadsWithOneBad(db);
    await runSyncRound(db, 'alarm', deps);
    const before = upserts(server);
    advance(60_000);
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(upserts(server)).toBe(before + 1);
    expect((await loadSyncState(db))!.refused).toEqual([expect.objectContaining({ localId: badId })]);
  });

  it('a lead deleted here leaves the list', async () => {
    const { db, deps, advance, now } = await setup();
    const { badId } = await leadsWithOneBad(db);
    await runSyncRound(db, 'alarm', deps);
    advance(60_000);
    await bulkDelete(db, [badId], now());
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: true });
    expect((await loadSyncState(db))!.refused).toEqual([]);
  });

  it('a failure that is no refusal of a record (a 400 of another kind, 5xx) still fails the round, with nothing split or moved on', async () => {
    const { server, db, deps, advance } = await setup();
    await leadsWithOneBad(db);
    server.inject({ kind: 'status', status: 400 }, 1, (e) => e.endsWith('/contacts/batch/upsert'));
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: false, kind: 'rejected' });
    expect(upserts(server)).toBe(1);
    const state = (await loadSyncState(db))!;
    expect(state.walk.done).toBe(false);
    expect(state.refused ?? []).toEqual([]);

    advance(60_000);
    server.inject({ kind: 'status', status: 503 }, 50, (e) => e.endsWith('/contacts/batch/upsert'));
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: false, kind: 'unavailable' });
    expect((await loadSyncState(db))!.refused ?? []).toEqual([]);
    expect(server.store.live('contacts')).toHaveLength(0);
  });

  it('a property the portal lacks fails every record alike: the round fails as before, nothing listed', async () => {
    const { server, db, deps } = await setup();
    await leadsWithOneBad(db);
    server.store.definitions.get('contacts')!.delete('jobtitle');
    const { id } = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Titled', headline: 'CEO', email: 't@example.com', source: 'linkedin', capturedAt: NOW }) }, NOW);
    expect(id).toBeDefined();
    expect(await runSyncRound(db, 'alarm', deps)).toEqual({ ran: true, ok: false, kind: 'rejected' });
    expect((await loadSyncState(db))!.refused ?? []).toEqual([]);
  });
});
