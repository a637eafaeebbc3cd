// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { CONTACT_SOURCES, COMPANY_SOURCES, DEAL_SOURCES, SYNCED_COMPANY_FIELDS, SYNCED_LEAD_FIELDS, type Sources, companyProperties, contactProperties, dealProperties, type Properties } from '../../lib/crm/hubspot/mapping';
import { startSync, syncPush } from '../../lib/crm/sync/run';
import { readSyncStatus } from '../../lib/crm/sync/status';
import { readAllLinks } from '../../lib/db/crm-links';
import { updateLead } from '../../lib/db/edit-lead';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { moveToStage } from '../../lib/db/stage';
import { setLabelByHand } from '../../lib/db/label';
import { bulkTag } from '../../lib/db/bulk';
import { keepConnection } from '../../lib/db/crm-connections';
import type { Company, Lead } from '../../lib/schema/records';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { connectedSync } from './helpers/hubspot-sync';
import { leadRecord } from './helpers/lead';
import { NOW } from './helpers/db';

/**
 * A teammate edits a contact, deal, company or task in HubSpot; the rep then changes something
 * else of the same lead here. The push must send only what the rep changed: sending every field
 * put the rep's old values back over the teammate's (HubSpot keeps no field-by-field merge), and
 * a rescore or a tag, which HubSpot never receives, pushed every lead again.
 */

const hubspot = hubSpotServerPerTest();

const person = (n: number) =>
  PersonCaptureSchema.parse({
    fullName: `Lead ${n}`,
    email: `lead${n}@example.com`,
    phone: '+48 600 100 200',
    title: 'Head of Sales',
    companyName: 'Acme',
    linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`,
    source: 'linkedin',
    capturedAt: NOW,
  });

async function pushedLead() {
  const sync = await connectedSync(hubspot);
  const { id } = await saveCapture(sync.db, { kind: 'person', person: person(1) }, NOW);
  await moveToStage(sync.db, id, 'discovery', {}, NOW + 1);
  await updatePipeline(sync.db, id, { dealValue: 5_000, currency: 'EUR', expectedCloseAt: NOW + 30 * 86_400_000, nextStep: { text: 'Send the offer', dueAt: NOW + 86_400_000 } }, NOW + 2);
  const state = await syncPush(sync.db, sync.connector, await startSync(sync.db, sync.account.accountId, NOW), sync.config);
  const links = await readAllLinks(sync.db);
  const contact = sync.server.store.find('contacts', links.contacts[id]!)!;
  const deal = sync.server.store.find('deals', links.deals[id]!)!;
  const task = sync.server.store.find('tasks', links.tasks[`next-step:${id}`]!)!;
  return { ...sync, id, state, contact, deal, task };
}

describe('HubSpot push: only what changed here', () => {
  it('a title edited here leaves the phone a teammate changed in HubSpot', async () => {
    const { server, db, connector, config, id, state, contact } = await pushedLead();
    expect(contact.properties.phone).toBe('+48 600 100 200');
    server.store.write(contact, { phone: '+48 700 999 999', lastname: 'Kowalska' }, 'CRM_UI');

    await updateLead(db, id, { title: 'VP Sales' }, NOW + 10);
    const before = server.requests.length;
    await syncPush(db, connector, state, config);

    expect(contact.properties).toMatchObject({ jobtitle: 'VP Sales', phone: '+48 700 999 999', lastname: 'Kowalska' });
    // One request: the contact's title. No deal, task or association sent again.
    expect(server.requests.slice(before).map((r) => r.endpoint)).toEqual(['POST /crm/v3/objects/contacts/batch/update']);
  });

  it('a stage moved here leaves the close date and name a teammate changed on the deal', async () => {
    const { server, db, connector, config, id, state, deal, contact } = await pushedLead();
    server.store.write(deal, { closedate: '2027-03-01T00:00:00.000Z', dealname: 'Acme – renewal' }, 'CRM_UI');
    server.store.write(contact, { jobtitle: 'Chief Revenue Officer' }, 'CRM_UI');

    await moveToStage(db, id, 'demo', {}, NOW + 10);
    await syncPush(db, connector, state, config);

    expect(deal.properties).toMatchObject({ dealstage: config.mapping.stages.demo, closedate: '2027-03-01T00:00:00.000Z', dealname: 'Acme – renewal', amount: '5000' });
    expect(contact.properties.jobtitle).toBe('Chief Revenue Officer');
  });

  it('a task a teammate completed in HubSpot stays completed until the next step changes here', async () => {
    const { server, db, connector, config, id, state, task } = await pushedLead();
    expect(task.properties.hs_task_status).toBe('NOT_STARTED');
    server.store.write(task, { hs_task_status: 'COMPLETED' }, 'CRM_UI');

    await updateLead(db, id, { phone: '+48 601 000 000' }, NOW + 10);
    const next = await syncPush(db, connector, state, config);
    expect(task.properties.hs_task_status).toBe('COMPLETED');

    await updatePipeline(db, id, { nextStep: { text: 'Call back', dueAt: NOW + 2 * 86_400_000 } }, NOW + 11);
    await syncPush(db, connector, next, config);
    expect(task.properties).toMatchObject({ hs_task_status: 'NOT_STARTED', hs_task_subject: 'Call back' });
  });

  it('a rescore, a label set by hand or a tag pushes nothing, and counts as nothing waiting', async () => {
    const { server, db, connector, config, id, state, account } = await pushedLead();
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    await setLabelByHand(db, id, 'sql', NOW + 10);
    await bulkTag(db, [id], 'conference', NOW + 11);
    expect((await readSyncStatus(db, false)).pending).toBe(0);
    const before = server.requests.length;
    const after = await syncPush(db, connector, state, config);
    expect(server.requests.length).toBe(before);
    expect(after.checkpoint).toBeGreaterThan(state.checkpoint);
  });

  it('a company renamed here leaves the industry a teammate set in HubSpot', async () => {
    const { server, connector, config } = await connectedSync(hubspot);
    const company: Company = { id: 'co-1', name: 'Acme', website: 'https://acme.example', industry: 'Software', source: 'linkedin', editedFields: [], createdAt: NOW, updatedAt: NOW };
    const base = { leads: [], touches: [], nextSteps: [], mapping: config.mapping, firstStageId: 'new' };
    const made = await connector.push({ ...base, companies: [{ company }] });
    const theirs = server.store.find('companies', made.companies['co-1']!)!;
    server.store.write(theirs, { industry: 'Fintech' }, 'CRM_UI');
    await connector.push({ ...base, companies: [{ company: { ...company, name: 'Acme Group' }, crmId: theirs.id, changed: ['name', 'updatedAt'] }] });
    expect(theirs.properties).toMatchObject({ name: 'Acme Group', industry: 'Fintech' });
  });
});

/** A value different from `value`, of the same type. */
function other(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('http') ? `${value}x/` : `${value}x`;
  if (typeof value === 'number') return value + 86_400_000;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, 'x'];
  return { ...(value as object), extra: 1 };
}

/** For each field: the properties that change when only it does must all name it as a source. */
function checkSources<T extends object>(record: T, toProperties: (r: T) => Properties, sources: Sources, synced: ReadonlySet<string>): void {
  const base = toProperties(record);
  for (const field of Object.keys(record)) {
    if (field === 'id') continue;
    const changed = toProperties({ ...record, [field]: other((record as Record<string, unknown>)[field]) });
    for (const name of new Set([...Object.keys(base), ...Object.keys(changed)])) {
      if (base[name] === changed[name]) continue;
      expect.soft(sources[name] ?? [], `${name} is made from ${field}`).toContain(field);
      expect.soft(synced.has(field), `${field} is synced`).toBe(true);
    }
  }
}

describe('HubSpot push: every property names the fields it is made from', () => {
  const lead: Lead = leadRecord({
    fullName: 'Anna Nowak',
    firstName: 'Anna',
    lastName: 'Nowak',
    email: 'anna@acme.example',
    title: 'CFO',
    headline: 'Finance at Acme',
    companyName: 'Acme',
    phone: '+48 600 100 200',
    website: 'https://anna.example/',
    linkedinUrl: 'https://www.linkedin.com/in/anna-nowak/',
    stageId: 'discovery',
    dealValue: 5_000,
    currency: 'EUR',
    expectedCloseAt: NOW + 86_400_000,
  });
  const mapping = { pipelineId: 'default', stages: { new: 's0', discovery: 's1', discoveryx: 's2' } };

  it('contacts', () => {
    checkSources(lead, contactProperties, CONTACT_SOURCES, SYNCED_LEAD_FIELDS);
    // A name in one field only: the split of the full name is sent.
    checkSources({ ...lead, firstName: undefined, lastName: undefined, title: undefined }, contactProperties, CONTACT_SOURCES, SYNCED_LEAD_FIELDS);
  });

  it('deals', () => {
    checkSources(lead, (l) => dealProperties(l, mapping), DEAL_SOURCES, SYNCED_LEAD_FIELDS);
    checkSources({ ...lead, fullName: undefined, firstName: undefined, lastName: undefined, companyName: undefined }, (l) => dealProperties(l, mapping), DEAL_SOURCES, SYNCED_LEAD_FIELDS);
  });

  it('companies', () => {
    const company: Company = { id: 'co-1', name: 'Acme', website: 'https://acme.example/', industry: 'Software', linkedinUrl: 'https://www.linkedin.com/company/acme/', source: 'linkedin', editedFields: [], createdAt: NOW, updatedAt: NOW };
    // Every industry text taken as an option, so the industry is checked too.
    checkSources(company, (c) => companyProperties(c, (text) => text), COMPANY_SOURCES, SYNCED_COMPANY_FIELDS);
  });
});
