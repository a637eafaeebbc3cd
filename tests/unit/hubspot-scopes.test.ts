// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { crmSyncHandlers } from '../../lib/background/crm-sync';
import { connectCrm } from '../../lib/crm/connect';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { HUBSPOT_SCOPES } from '../../lib/crm/hubspot/scopes';
import { runSyncRound, type RoundDeps } from '../../lib/crm/sync/round';
import { readSyncStatus } from '../../lib/crm/sync/status';
import { addActivity } from '../../lib/db/activities';
import { readConnection } from '../../lib/db/crm-connections';
import { readAllLinks } from '../../lib/db/crm-links';
import { saveCapture } from '../../lib/db/save-capture';
import { moveToStage } from '../../lib/db/stage';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { freshDb, NOW } from './helpers/db';

/**
 * A HubSpot private app made without one of the scopes the extension needs. HubSpot answers
 * 403 MISSING_SCOPES naming it; the rep used to be told to reconnect (the token "refused"),
 * which cannot help: the token is good, the app needs the scope. The options page lists the
 * scopes; connecting or syncing without one says which, and the same token works once the
 * scope is added.
 */

const hubspot = hubSpotServerPerTest();

const person = PersonCaptureSchema.parse({ fullName: 'Anna Nowak', email: 'anna@example.com', linkedinUrl: 'https://www.linkedin.com/in/anna-nowak/', source: 'linkedin', capturedAt: NOW });

async function setup(scopes: readonly string[]) {
  let t = NOW;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  const server = await hubspot.start({ now: clock.now, tokens: ['tok'], scopes: [...scopes] });
  const connectorFor = (token: string) => createHubSpotConnector({ token, baseUrl: server.url, clock, kindLabel: (k) => k });
  const db = freshDb();
  const deps: RoundDeps = { now: clock.now, sleep: clock.sleep, contextStartedAt: NOW, connectorFor, permitted: async () => true };
  return { server, db, deps, connectorFor, clock };
}

describe('HubSpot scopes', () => {
  it('an app with exactly the listed scopes connects, pushes, pulls, looks up and erases', async () => {
    const { server, db, deps, connectorFor } = await setup(HUBSPOT_SCOPES);
    expect(await connectCrm(db, 'tok', connectorFor('tok'), NOW)).toMatchObject({ ok: true });
    const { id } = await saveCapture(db, { kind: 'person', person }, NOW);
    await moveToStage(db, id, 'discovery', {}, NOW + 1);
    await updatePipeline(db, id, { dealValue: 900, currency: 'EUR', nextStep: { text: 'Call', dueAt: NOW + 86_400_000 } }, NOW + 2);
    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 3, note: 'Spoke' }, NOW + 3);
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    const links = await readAllLinks(db);
    expect(Object.keys(links.contacts)).toEqual([id]);
    expect(Object.keys(links.deals)).toEqual([id]);
    expect(Object.keys(links.notes)).toHaveLength(1);
    expect(Object.keys(links.tasks)).toHaveLength(1);
    expect(await connectorFor('tok').lookup({ email: 'anna@example.com' })).toMatchObject({ crmId: links.contacts[id] });
    await connectorFor('tok').gdprDelete(links.contacts[id]!);
    // None of those calls met a 403.
    expect(server.requests.filter((r) => r.status === 403)).toEqual([]);
  });

  it('connecting with an app that lacks a scope says which, and the same token connects once it is added', async () => {
    const { server, db, connectorFor } = await setup(HUBSPOT_SCOPES.filter((s) => s !== 'crm.schemas.deals.write'));
    expect(await connectCrm(db, 'tok', connectorFor('tok'), NOW)).toEqual({ ok: false, reason: 'missing-scopes', scopes: ['crm.schemas.deals.write'] });
    expect(await readConnection(db, 'hubspot')).toBeUndefined();
    server.scopes!.add('crm.schemas.deals.write');
    expect(await connectCrm(db, 'tok', connectorFor('tok'), NOW + 1)).toMatchObject({ ok: true });
  });

  it('a sync round without a scope records which, keeps the connection, and goes through once it is added', async () => {
    const { server, db, deps, connectorFor } = await setup(HUBSPOT_SCOPES);
    await connectCrm(db, 'tok', connectorFor('tok'), NOW);
    server.scopes!.delete('crm.objects.deals.write');
    const { id } = await saveCapture(db, { kind: 'person', person }, NOW);
    await moveToStage(db, id, 'discovery', {}, NOW + 1);

    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: false, kind: 'missing-scopes' });
    const status = await readSyncStatus(db, false);
    expect(status.connection).toBe('connected');
    expect(status.lastError).toMatchObject({ kind: 'missing-scopes', scopes: ['crm.objects.deals.write'] });

    server.scopes!.add('crm.objects.deals.write');
    expect(await runSyncRound(db, 'now', deps)).toEqual({ ran: true, ok: true });
    expect((await readSyncStatus(db, false)).lastError).toBeUndefined();
    expect(server.store.live('deals')).toHaveLength(1);
  });

  it("the stage mapping's pipeline read names the scope it lacks, and keeps the connection", async () => {
    const { server, db, deps, connectorFor, clock } = await setup(HUBSPOT_SCOPES);
    await connectCrm(db, 'tok', connectorFor('tok'), NOW);
    server.scopes!.delete('crm.objects.deals.read');
    const answer = await crmSyncHandlers(db, clock.now, deps)['crm.pipelines']();
    expect(answer).toEqual({ ok: false, reason: 'missing-scopes', scopes: ['crm.objects.deals.read'] });
    expect((await readConnection(db, 'hubspot'))?.state).toBe('connected');
  });

  it('a 403 that names no scope is still a refused token', async () => {
    const { server, db, connectorFor } = await setup(HUBSPOT_SCOPES);
    server.inject({ kind: 'status', status: 403 }, 1);
    expect(await connectCrm(db, 'tok', connectorFor('tok'), NOW)).toEqual({ ok: false, reason: 'refused' });
  });
});
