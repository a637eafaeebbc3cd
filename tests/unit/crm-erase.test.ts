// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { crmSyncHandlers } from '../../lib/background/crm-sync';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { readEraseQueue } from '../../lib/crm/sync/erase-queue';
import { runSyncRound } from '../../lib/crm/sync/round';
import { readSyncStatus } from '../../lib/crm/sync/status';
import { readConnection } from '../../lib/db/crm-connections';
import { eraseLead } from '../../lib/db/erase';
import { applyRetention } from '../../lib/db/retention';
import { saveCapture } from '../../lib/db/save-capture';
import { connectedPortal } from './helpers/connected-portal';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { NOW } from './helpers/db';

/**
 * "Erase this person" with HubSpot's GDPR delete: the erase queues the contact id before it
 * drops the person's links; the background makes the delete; a failure leaves the local
 * erase done and the delete queued, retried by the sync rounds until HubSpot has done it.
 */

const hubspot = hubSpotServerPerTest();

const capture = (n: number) => ({
  kind: 'person' as const,
  person: PersonCaptureSchema.parse({ fullName: `Lead ${n}`, email: `lead${n}@example.com`, source: 'linkedin', capturedAt: NOW }),
});

/** A connected portal with two leads synced to contacts. */
async function synced() {
  const { server, db, deps, clock } = await connectedPortal(hubspot);
  const first = await saveCapture(db, capture(1), NOW);
  const second = await saveCapture(db, capture(2), NOW);
  expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
  const contactOf = async (leadId: string) => (await db.crmLinks.get(['contact', leadId]))?.crmId;
  const contactId = (await contactOf(first.id))!;
  expect(server.store.find('contacts', contactId)).toBeDefined();
  return { server, db, deps, leadId: first.id, otherId: second.id, contactId, contactOf, handlers: crmSyncHandlers(db, clock.now, deps) };
}

describe('erase with the GDPR delete in HubSpot', () => {
  it('queues the contact before the links go, and the background deletes it in HubSpot', async () => {
    const { server, db, leadId, otherId, contactId, contactOf, handlers } = await synced();
    expect(await eraseLead(db, leadId, NOW + 1, { crmDelete: true })).toBe(true);
    expect(await contactOf(leadId)).toBeUndefined();
    expect((await readEraseQueue(db))?.entries).toEqual([{ accountId: expect.any(String), contactId, leadId, queuedAt: NOW + 1 }]);
    expect((await readSyncStatus(db, false)).erasePending).toBe(1);

    expect(await handlers['crm.erase']()).toEqual({ done: 1, pending: 0 });
    expect(server.store.find('contacts', contactId)).toBeUndefined();
    expect(server.store.purged.has(contactId)).toBe(true);
    expect(server.counts()['POST /crm/v3/objects/contacts/gdpr-delete']).toBe(1);
    expect((await readEraseQueue(db))?.entries).toEqual([]);
    expect((await readSyncStatus(db, false)).erasePending).toBe(0);
    // The other person is untouched, here and there.
    expect(server.store.find('contacts', (await contactOf(otherId))!)).toBeDefined();
  });

  it('without the box ticked, drops the links and deletes nothing in HubSpot', async () => {
    const { server, db, leadId, contactId, contactOf } = await synced();
    await eraseLead(db, leadId, NOW + 1);
    expect(await contactOf(leadId)).toBeUndefined();
    expect(await readEraseQueue(db)).toBeUndefined();
    expect(server.store.find('contacts', contactId)).toBeDefined();
  });

  it('HubSpot down: erased here at once, the delete waits (with why) and the next round makes it', async () => {
    const { server, db, deps, leadId, contactId, handlers } = await synced();
    await eraseLead(db, leadId, NOW + 1, { crmDelete: true });
    server.inject({ kind: 'status', status: 503 }, 10, (endpoint) => endpoint.endsWith('/gdpr-delete'));
    expect(await handlers['crm.erase']()).toEqual({ done: 0, pending: 1, reason: 'unreachable' });
    expect((await db.leads.get(leadId))!.erasedAt).toBe(NOW + 1);
    expect(server.store.find('contacts', contactId)).toBeDefined();
    expect((await readEraseQueue(db))?.lastError).toMatchObject({ kind: 'unavailable' });
    // A round while HubSpot is still down records it as the round's error: shown in the status.
    expect(await runSyncRound(db, 'now', deps)).toMatchObject({ ran: true, ok: false });
    expect(await readSyncStatus(db, false)).toMatchObject({ erasePending: 1, lastError: { kind: 'unavailable' } });

    server.clearFaults();
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(server.store.find('contacts', contactId)).toBeUndefined();
    expect(await readEraseQueue(db)).toMatchObject({ entries: [], lastError: undefined });
  });

  it('a revoked token asks to reconnect and keeps the delete queued', async () => {
    const { server, db, leadId, contactId, handlers } = await synced();
    server.revoke('tok');
    await eraseLead(db, leadId, NOW + 1, { crmDelete: true });
    expect(await handlers['crm.erase']()).toEqual({ done: 0, pending: 1, reason: 'refused' });
    expect((await readConnection(db, 'hubspot'))!.state).toBe('reconnect');
    expect(await handlers['crm.erase']()).toEqual({ done: 0, pending: 1, reason: 'not-connected' });
    expect((await readEraseQueue(db))?.entries).toMatchObject([{ contactId }]);
  });

  it('a delete HubSpot refuses stays queued (and says so) without holding up the others or the sync', async () => {
    const { server, db, deps, leadId, otherId, contactId, contactOf, handlers } = await synced();
    const otherContact = (await contactOf(otherId))!;
    await eraseLead(db, leadId, NOW + 1, { crmDelete: true });
    await eraseLead(db, otherId, NOW + 2, { crmDelete: true });
    server.inject({ kind: 'status', status: 400 }, 1, (endpoint) => endpoint.endsWith('/gdpr-delete'));
    expect(await handlers['crm.erase']()).toEqual({ done: 1, pending: 1 });
    expect(server.store.find('contacts', otherContact)).toBeUndefined();
    expect(await readEraseQueue(db)).toMatchObject({ entries: [{ contactId }], lastError: { kind: 'rejected' } });
    // The round still pushes, and tries the refused delete again: this time it goes through.
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(server.store.find('contacts', contactId)).toBeUndefined();
    expect(await readEraseQueue(db)).toMatchObject({ entries: [], lastError: undefined });
  });

  it('a contact already gone in HubSpot counts as deleted', async () => {
    const { server, db, leadId, contactId, handlers } = await synced();
    server.store.purgeContact(contactId);
    await eraseLead(db, leadId, NOW + 1, { crmDelete: true });
    expect(await handlers['crm.erase']()).toEqual({ done: 1, pending: 0 });
  });

  it('queues nothing once disconnected (no token to delete with)', async () => {
    const { db, leadId } = await synced();
    await db.crmConnections.update('hubspot', { state: 'disconnected', token: undefined });
    await eraseLead(db, leadId, NOW + 1, { crmDelete: true });
    expect(await readEraseQueue(db)).toBeUndefined();
    expect((await db.leads.get(leadId))!.erasedAt).toBe(NOW + 1);
  });
});

describe('the retention review with the GDPR delete in HubSpot', () => {
  it.each(['erase', 'delete'] as const)('%s: every chunk queues its contacts before their links go, and the background deletes them all', async (action) => {
    const { server, db, leadId, otherId, contactOf, handlers } = await synced();
    const contacts = [(await contactOf(leadId))!, (await contactOf(otherId))!];
    // One lead a chunk: the second chunk's queueing must keep the first's.
    expect(await applyRetention(db, [leadId, otherId], action, NOW + 1, { crmDelete: true, chunk: 1 })).toBe(2);
    expect(await db.crmLinks.count()).toBe(0);
    expect((await readEraseQueue(db))?.entries.map((e) => e.contactId)).toEqual(contacts);
    expect(await handlers['crm.erase']()).toEqual({ done: 2, pending: 0 });
    for (const id of contacts) expect(server.store.find('contacts', id)).toBeUndefined();
    expect(server.counts()['POST /crm/v3/objects/contacts/gdpr-delete']).toBe(2);
    if (action === 'delete') expect(await db.leads.count()).toBe(0);
    else expect((await db.leads.get(leadId))?.erasedAt).toBe(NOW + 1);
  });

  it('without crmDelete: the links go, nothing is queued, the contacts stay in HubSpot', async () => {
    const { server, db, leadId, otherId, contactOf } = await synced();
    const contacts = [(await contactOf(leadId))!, (await contactOf(otherId))!];
    await applyRetention(db, [leadId, otherId], 'delete', NOW + 1);
    expect(await db.crmLinks.count()).toBe(0);
    expect(await readEraseQueue(db)).toBeUndefined();
    for (const id of contacts) expect(server.store.find('contacts', id)).toBeDefined();
  });
});
