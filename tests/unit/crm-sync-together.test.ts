// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { startSync, syncPush } from '../../lib/crm/sync/run';
import { readAllLinks } from '../../lib/db/crm-links';
import { updateLead } from '../../lib/db/edit-lead';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { moveToStage } from '../../lib/db/stage';
import { commit } from '../../lib/db/write/commit';
import type { Company, Lead } from '../../lib/schema/records';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { connectedSync } from './helpers/hubspot-sync';
import { NOW } from './helpers/db';

const hubspot = hubSpotServerPerTest();
const BAD = 'jane..doe@example.com';

const person = (n: number, email = `lead${n}@example.com`) =>
  PersonCaptureSchema.parse({
    fullName: `Lead ${n}`, email, phone: '+48 600 100 200', title: 'Head of Sales', companyName: 'Acme',
    linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`, source: 'linkedin', capturedAt: NOW,
  });

async function pushedLead(email?: string) {
  const sync = await connectedSync(hubspot);
  const { id } = await saveCapture(sync.db, { kind: 'person', person: person(1, email) }, NOW);
  await moveToStage(sync.db, id, 'discovery', {}, NOW + 1);
  await updatePipeline(sync.db, id, { dealValue: 5_000, currency: 'EUR', expectedCloseAt: NOW + 30 * 86_400_000, nextStep: { text: 'Send the offer', dueAt: NOW + 86_400_000 } }, NOW + 2);
  const state = await syncPush(sync.db, sync.connector, await startSync(sync.db, sync.account.accountId, NOW), sync.config);
  return { ...sync, id, state };
}

/**
 * The three HubSpot changes of one session meeting each other (found in review): only what
 * changed is sent, scopes, and refused records. Each test failed before its fix.
 */
describe('HubSpot sync: changed fields, refusals and deleted records together', () => {
  it('"Sync now" retrying a refused contact update sends only what was refused (a teammate\'s task and close date stay)', async () => {
    const { server, db, connector, config, id, state } = await pushedLead();
    const links = await readAllLinks(db);
    const deal = server.store.find('deals', links.deals[id]!)!;
    const task = server.store.find('tasks', links.tasks[`next-step:${id}`]!)!;
    server.store.write(task, { hs_task_status: 'COMPLETED' }, 'CRM_UI');
    server.store.write(deal, { closedate: '2027-03-01T00:00:00.000Z' }, 'CRM_UI');

    await updateLead(db, id, { email: BAD }, NOW + 10);
    const afterAlarm = await syncPush(db, connector, state, config);
    expect(afterAlarm.refused?.map((r) => r.kind)).toEqual(['contact']);
    // Teammate's edits survive the normal round...
    expect(task.properties.hs_task_status).toBe('COMPLETED');
    // ...but "Sync now" sends everything of the lead again.
    await syncPush(db, connector, afterAlarm, { ...config, retryRefused: true });
    expect(task.properties.hs_task_status).toBe('COMPLETED');
    expect(deal.properties.closedate).toBe('2027-03-01T00:00:00.000Z');
  });

  it('the other fields of a refused update go with the correction, and the refusal clears only then', async () => {
    const { server, db, connector, config, id, state } = await pushedLead();
    const contact = server.store.find('contacts', (await readAllLinks(db)).contacts[id]!)!;
    await updateLead(db, id, { email: BAD, title: 'VP Sales' }, NOW + 10);
    const s1 = await syncPush(db, connector, state, config);
    expect(s1.refused).toHaveLength(1);
    // The rep fixes the e-mail.
    await updateLead(db, id, { email: 'jane.doe@example.com' }, NOW + 11);
    const s2 = await syncPush(db, connector, s1, config);
    expect(s2.refused ?? []).toHaveLength(0);
    expect(contact.properties.email).toBe('jane.doe@example.com');
    expect(contact.properties.jobtitle).toBe('VP Sales');
  });

  it('a lead moved to another company (companyId only): its known deal is associated to it', async () => {
    const { server, db, connector, config, id, state } = await pushedLead();
    const other: Company = { id: 'co-other', name: 'Other Co', website: 'https://other.example', source: 'linkedin', editedFields: [], createdAt: NOW, updatedAt: NOW };
    await commit(db, ['leads', 'companies'], { origin: 'rep', now: NOW + 10 }, async (w) => {
      await w.put('companies', other);
      const lead = (await db.leads.get(id)) as Lead;
      await w.put('leads', { ...lead, companyId: other.id, updatedAt: NOW + 10 });
    });
    await syncPush(db, connector, state, config);
    const links = await readAllLinks(db);
    const companyCrm = links.companies[other.id]!;
    expect(companyCrm).toBeDefined();
    expect(server.store.associationsOf('contacts', links.contacts[id]!, 'companies').map((a) => a.toId)).toContain(companyCrm);
    expect(server.store.associationsOf('deals', links.deals[id]!, 'companies').map((a) => a.toId)).toContain(companyCrm);
  });

  it('a lead whose contact HubSpot refused: a later change sends only what changed of its linked deal', async () => {
    const { server, db, connector, config, id, state } = await pushedLead(BAD);
    const links = await readAllLinks(db);
    expect(links.contacts[id]).toBeUndefined();
    const deal = server.store.find('deals', links.deals[id]!)!;
    server.store.write(deal, { closedate: '2027-03-01T00:00:00.000Z', dealname: 'Acme renewal' }, 'CRM_UI');
    await moveToStage(db, id, 'demo', {}, NOW + 10);
    await syncPush(db, connector, state, config);
    expect(deal.properties.dealstage).toBe(config.mapping.stages.demo);
    expect(deal.properties).toMatchObject({ closedate: '2027-03-01T00:00:00.000Z', dealname: 'Acme renewal' });
  });

  it('a contact deleted in HubSpot, the lead moved to another company here: found gone, no association to it, the round goes on', async () => {
    const { server, db, connector, config, id, state } = await pushedLead();
    const links = await readAllLinks(db);
    server.store.archive(server.store.find('contacts', links.contacts[id]!)!);
    const other: Company = { id: 'co-other', name: 'Other Co', website: 'https://other.example', source: 'linkedin', editedFields: [], createdAt: NOW, updatedAt: NOW };
    await commit(db, ['leads', 'companies'], { origin: 'rep', now: NOW + 10 }, async (w) => {
      await w.put('companies', other);
      const lead = (await db.leads.get(id)) as Lead;
      await w.put('leads', { ...lead, companyId: other.id, updatedAt: NOW + 10 });
    });
    await expect(syncPush(db, connector, state, config)).resolves.toBeDefined();
    // The contact is found gone (its link dropped); the deal still goes to the new company.
    const after = await readAllLinks(db);
    expect(after.contacts[id]).toBeUndefined();
    expect(server.store.associationsOf('deals', after.deals[id]!, 'companies').map((a) => a.toId)).toContain(after.companies[other.id]);
  });
});
