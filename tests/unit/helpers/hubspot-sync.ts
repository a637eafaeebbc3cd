import { createHubSpotConnector } from '../../../lib/crm/hubspot/connector';
import { proposeStageMapping } from '../../../lib/crm/stages';
import type { SyncConfig } from '../../../lib/crm/sync/run';
import { DEFAULT_PIPELINE } from '../../../lib/pipeline/defaults';
import { freshDb, NOW } from './db';
import type { hubSpotServerPerTest } from './hubspot-server';

/** A sync ready to run: the test HubSpot started on a clock the test moves, connected, its first pipeline mapped, a fresh database. */
export async function connectedSync(hubspot: ReturnType<typeof hubSpotServerPerTest>) {
  let t = NOW;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  const server = await hubspot.start({ now: clock.now, tokens: ['tok'] });
  const connector = createHubSpotConnector({ token: 'tok', baseUrl: server.url, clock, kindLabel: (kind) => kind });
  const account = await connector.connect();
  const [pipeline] = await connector.pipelines();
  const config: SyncConfig = { mapping: proposeStageMapping(DEFAULT_PIPELINE.stages, pipeline!), firstStageId: 'new', now: clock.now };
  return { server, connector, account, config, db: freshDb() };
}
