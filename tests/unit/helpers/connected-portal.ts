import { createHubSpotConnector } from '../../../lib/crm/hubspot/connector';
import type { RoundDeps } from '../../../lib/crm/sync/round';
import { keepConnection } from '../../../lib/db/crm-connections';
import type { hubSpotServerPerTest } from './hubspot-server';
import { freshDb, NOW } from './db';

/**
 * A database connected to a fresh HubSpot test server, on a virtual clock: what every sync
 * round test starts from. `deps` runs rounds against that server; the clock also serves the
 * waits a round makes (backoff, HubSpot's search settling), so no test waits for real.
 */
export async function connectedPortal(hubspot: ReturnType<typeof hubSpotServerPerTest>, extra: Partial<RoundDeps> = {}) {
  let t = NOW;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  const server = await hubspot.start({ now: clock.now, tokens: ['tok'] });
  const db = freshDb();
  const connectorFor = (token: string) => createHubSpotConnector({ token, baseUrl: server.url, clock, kindLabel: (k) => k });
  const account = await connectorFor('tok').connect();
  await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
  const deps: RoundDeps = { now: clock.now, sleep: clock.sleep, contextStartedAt: NOW, connectorFor, permitted: async () => true, ...extra };
  return { server, db, deps, clock, advance: (ms: number) => void (t += ms) };
}
