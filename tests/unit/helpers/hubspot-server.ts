import { afterEach, beforeAll } from 'vitest';
import { contractOnce, HubSpotTestServer } from '../../e2e/harness/hubspot/server';

type StartOptions = Parameters<typeof HubSpotTestServer.start>[0];

/**
 * A contract-checked HubSpot test server per test: the contract compiled once for the file,
 * the server started by the test (`start`, with its clock and tokens) and, after each test,
 * checked for contract violations and closed.
 */
export function hubSpotServerPerTest(): { start(options: StartOptions): Promise<HubSpotTestServer>; readonly server: HubSpotTestServer } {
  let current: HubSpotTestServer | undefined;
  beforeAll(() => contractOnce(), 120_000);
  afterEach(async () => {
    const server = current;
    current = undefined;
    try {
      server?.assertNoViolations();
    } finally {
      await server?.close();
    }
  });
  return {
    async start(options) {
      current = await HubSpotTestServer.start(options);
      return current;
    },
    get server() {
      if (!current) throw new Error('no HubSpot test server started in this test');
      return current;
    },
  };
}
