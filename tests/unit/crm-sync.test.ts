// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { loadSyncState, startSync, syncPush } from '../../lib/crm/sync/run';
import { addActivity } from '../../lib/db/activities';
import { readAllLinks } from '../../lib/db/crm-links';
import { eraseLead } from '../../lib/db/erase';
import { updateLead } from '../../lib/db/edit-lead';
import { saveCapture } from '../../lib/db/save-capture';
import { commit } from '../../lib/db/write/commit';
import { trimChanges } from '../../lib/db/write/change-log';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { connectedSync } from './helpers/hubspot-sync';
import { NOW } from './helpers/db';

/** The outbox: a checkpoint into the change log, pushed through the connector to the test server. */

const hubspot = hubSpotServerPerTest();

const capture = (n: number) => ({
  kind: 'person' as const,
  person: PersonCaptureSchema.parse({ fullName: `Lead ${n}`, email: `lead${n}@example.com`, linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`, source: 'linkedin', capturedAt: NOW }),
});

const setup = () => connectedSync(hubspot);

describe('CRM sync: the outbox is a checkpoint into the change log', () => {
  it('walks every lead once on first connect, then pushes only what changed', async () => {
    const { server, connector, account, config, db } = await setup();
    const ids: string[] = [];
    for (let n = 0; n < 150; n++) ids.push((await saveCapture(db, capture(n), NOW)).id);
    let state = await startSync(db, account.accountId, NOW);
    state = await syncPush(db, connector, state, config);
    expect(state.walk.done).toBe(true);
    expect(Object.keys((await readAllLinks(db)).contacts)).toHaveLength(150);
    // The jobs row holds progress only: its size does not grow with the links.
    expect(JSON.stringify(await db.jobs.get('crmSync')).length).toBeLessThan(300);
    expect(server.store.live('contacts')).toHaveLength(150);
    // The walk started at the log's end: the captures before it are not pushed again.
    const afterWalk = server.requests.length;
    state = await syncPush(db, connector, state, config);
    expect(server.requests.length).toBe(afterWalk);

    await updateLead(db, ids[7]!, { title: 'CTO' }, NOW + 1);
    state = await syncPush(db, connector, state, config);
    const contact = server.store.find('contacts', (await readAllLinks(db)).contacts[ids[7]!]!)!;
    expect(contact.properties.jobtitle).toBe('CTO');
    expect(server.requests.slice(afterWalk).map((r) => r.endpoint)).toEqual(['POST /crm/v3/objects/contacts/batch/update']);
    expect(await loadSyncState(db)).toEqual(state);
  }, 60_000);

  it('pushes a touch as a note on the contact; what a pull wrote (origin outside) is never pushed back', async () => {
    const { server, connector, account, config, db } = await setup();
    const { id } = await saveCapture(db, capture(1), NOW);
    let state = await syncPush(db, connector, await startSync(db, account.accountId, NOW), config);
    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 5, note: 'Spoke' }, NOW + 5);
    state = await syncPush(db, connector, state, config);
    expect(server.store.live('notes').map((n) => n.properties.hs_note_body)).toEqual(['call<br>Spoke']);

    const before = server.requests.length;
    const lead = (await db.leads.get(id))!;
    await commit(db, [db.leads.name], { origin: 'outside', now: NOW + 9 }, (w) => w.put('leads', { ...lead, title: 'From HubSpot', updatedAt: NOW + 9 }));
    const after = await syncPush(db, connector, state, config);
    expect(server.requests.length).toBe(before);
    expect(after.checkpoint).toBeGreaterThan(state.checkpoint);
  });

  it('a failed push keeps the checkpoint, and the next run pushes it without duplicates', async () => {
    const { server, connector, account, config, db } = await setup();
    const { id } = await saveCapture(db, capture(2), NOW);
    const state = await syncPush(db, connector, await startSync(db, account.accountId, NOW), config);
    await addActivity(db, { leadId: id, kind: 'email-sent', direction: 'outbound', at: NOW + 5, note: 'Intro' }, NOW + 5);
    server.inject({ kind: 'drop-response' }, 1, (e) => e === 'POST /crm/v3/objects/notes/batch/create');
    await expect(syncPush(db, connector, state, config)).rejects.toMatchObject({ kind: 'ambiguous-write' });
    expect((await loadSyncState(db))!.checkpoint).toBe(state.checkpoint);
    await syncPush(db, connector, (await loadSyncState(db))!, config);
    expect(server.store.live('notes')).toHaveLength(1);
    expect(Object.keys((await readAllLinks(db)).notes)).toHaveLength(1);
  });

  it('walks again when its checkpoint fell out of the kept log', async () => {
    const { server, connector, account, config, db } = await setup();
    const { id } = await saveCapture(db, capture(3), NOW);
    let state = await syncPush(db, connector, await startSync(db, account.accountId, NOW), config);
    for (let i = 0; i < 5; i++) await updateLead(db, id, { title: `T${i}` }, NOW + 10 + i);
    await trimChanges(db, NOW + 100, { maxAgeMs: 90 * 86_400_000, maxEntries: 2 });
    state = await syncPush(db, connector, state, config);
    expect(state.walk.done).toBe(true);
    expect(server.store.find('contacts', (await readAllLinks(db)).contacts[id]!)!.properties.jobtitle).toBe('T4');
    expect(server.store.live('contacts')).toHaveLength(1);
  });

  it('another account starts from a clean mapping', async () => {
    const { connector, account, config, db } = await setup();
    await saveCapture(db, capture(4), NOW);
    await syncPush(db, connector, await startSync(db, account.accountId, NOW), config);
    expect(Object.keys((await readAllLinks(db)).contacts)).toHaveLength(1);
    const other = await startSync(db, 'another-portal', NOW);
    expect(await db.crmLinks.count()).toBe(0);
    expect(other.walk.done).toBe(false);
  });

  it('keeps links in their own table, not the jobs row; erasing a person drops theirs', async () => {
    const { connector, account, config, db } = await setup();
    const { id } = await saveCapture(db, capture(5), NOW);
    const { id: other } = await saveCapture(db, capture(6), NOW);
    const lead = (await db.leads.get(id))!;
    await commit(db, [db.leads.name], { origin: 'rep', now: NOW + 1 }, (w) => w.put('leads', { ...lead, nextStep: { text: 'Call back', dueAt: NOW + 86_400_000 }, dealValue: 1_000, currency: 'EUR', updatedAt: NOW + 1 }));
    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 5, note: 'Spoke' }, NOW + 5);
    await syncPush(db, connector, await startSync(db, account.accountId, NOW), config);
    expect(Object.keys(await db.jobs.get('crmSync') as object)).not.toContain('links');
    const kinds = (await db.crmLinks.where('leadId').equals(id).toArray()).map((l) => l.kind).sort();
    expect(kinds).toEqual(['contact', 'deal', 'note', 'task']);
    const contactId = (await readAllLinks(db)).contacts[id]!;
    expect(await db.crmLinks.where('crmId').equals(contactId).count()).toBe(1);
    await eraseLead(db, id, NOW + 10);
    expect(await db.crmLinks.where('leadId').equals(id).count()).toBe(0);
    expect(await db.crmLinks.where('leadId').equals(other).count()).toBe(1);
  });
});
