// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { crmSyncHandlers } from '../../lib/background/crm-sync';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { createLookupCache, lookupKey, type StaleLookups } from '../../lib/crm/lookup-cache';
import { runSyncRound } from '../../lib/crm/sync/round';
import { eraseLead } from '../../lib/db/erase';
import { saveCapture } from '../../lib/db/save-capture';
import { connectedPortal } from './helpers/connected-portal';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { NOW } from './helpers/db';

/**
 * A kept "Not in HubSpot" (or "In HubSpot") goes as soon as a sync round makes it wrong: the
 * push that created or linked the person's contact, the GDPR delete that removed it.
 */

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const MATCH = { crmId: '77', name: 'Jane Doe', url: 'https://app.hubspot.com/contacts/1/record/0-1/77' };

describe('the lookup cache forgets what a round made stale', () => {
  it('drops the entries naming a pushed person by URL or e-mail (any case), and the matches of deleted contacts', () => {
    const cache = createLookupCache();
    const byUrl = lookupKey('1', { linkedinUrl: JANE });
    const byBoth = lookupKey('1', { linkedinUrl: JANE, email: 'Jane@Acme.io' });
    const byEmail = lookupKey('1', { email: 'jane@acme.io' });
    const other = lookupKey('1', { linkedinUrl: 'https://www.linkedin.com/in/bo/' });
    const deleted = lookupKey('1', { linkedinUrl: 'https://www.linkedin.com/in/gone/' });
    for (const key of [byUrl, byBoth, byEmail, other]) cache.put(key, null, NOW);
    cache.put(deleted, MATCH, NOW);
    cache.forget({ people: [{ linkedinUrl: JANE }] });
    expect(cache.entries(NOW).map(([key]) => key)).toEqual([byEmail, other, deleted]);
    cache.forget({ people: [{ email: 'JANE@acme.io' }], contactIds: ['77'] });
    expect(cache.entries(NOW).map(([key]) => key)).toEqual([other]);
    // Nobody named: nothing goes.
    cache.forget({ people: [{}], contactIds: [] });
    expect(cache.get(other, NOW)).toBeDefined();
  });
});

const hubspot = hubSpotServerPerTest();

async function setup() {
  const told: StaleLookups[] = [];
  const { server, db, deps } = await connectedPortal(hubspot, { lookupsStale: (stale) => void told.push(stale) });
  return { server, db, deps, told };
}

const jane = { kind: 'person' as const, person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', email: 'jane@acme.io', linkedinUrl: JANE, source: 'linkedin', capturedAt: NOW }) };

describe('a sync round tells the lookup whose answers it made stale', () => {
  it('the push that creates a contact names its person; a round that links nobody new names nobody', async () => {
    const { db, deps, told } = await setup();
    await saveCapture(db, jane, NOW);
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(told).toEqual([{ people: [{ linkedinUrl: JANE, email: 'jane@acme.io' }], contactIds: [] }]);
    told.length = 0;
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect(told).toEqual([]);
  });

  it('the GDPR delete names the deleted contact, from the erase request and from a round', async () => {
    const { db, deps, told } = await setup();
    const { id } = await saveCapture(db, jane, NOW);
    await runSyncRound(db, 'now', deps);
    const contactId = (await db.crmLinks.get(['contact', id]))!.crmId;
    told.length = 0;
    await eraseLead(db, id, NOW + 1, { crmDelete: true });
    expect(await crmSyncHandlers(db, deps.now, deps)['crm.erase']()).toEqual({ done: 1, pending: 0 });
    expect(told).toEqual([{ contactIds: [contactId] }]);
  });

  it('a failing cache does not fail the round', async () => {
    const { db, deps } = await setup();
    await saveCapture(db, jane, NOW);
    const lookupsStale = vi.fn(() => Promise.reject(new Error('storage gone')));
    expect(await runSyncRound(db, 'now', { ...deps, lookupsStale })).toEqual({ ran: true, ok: true });
    expect(lookupsStale).toHaveBeenCalledOnce();
  });
});
