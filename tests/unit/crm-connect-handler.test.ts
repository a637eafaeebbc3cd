// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { crmHandlers } from '../../lib/background/crm';
import { createHubSpotConnector } from '../../lib/crm/hubspot/connector';
import { readConnection } from '../../lib/db/crm-connections';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { freshDb, NOW } from './helpers/db';

/**
 * The background's "crm.connect" and "crm.disconnect" against the contract-checked HubSpot
 * test server: nothing is sent without the host permission; a good token keeps the portal
 * and its owners; a revoked one is refused in words; disconnecting forgets the token and
 * gives the permission back.
 */
const hubspot = hubSpotServerPerTest();
afterEach(async () => {
  vi.restoreAllMocks();
});

function permissions(granted: boolean) {
  const api = { contains: vi.fn(async () => granted), remove: vi.fn(async () => true) };
  (browser as unknown as { permissions: typeof api }).permissions = api;
  return api;
}

describe('connecting HubSpot from the background', () => {
  it('sends nothing without the host permission', async () => {
    const server = await hubspot.start({ tokens: ['good-token'] });
    permissions(false);
    const db = freshDb();
    const handlers = crmHandlers(db, () => NOW, (token) => createHubSpotConnector({ token, baseUrl: server!.url, kindLabel: String }));
    expect(await handlers['crm.connect']({ token: 'good-token' })).toEqual({ ok: false, reason: 'no-permission' });
    expect(server.requests).toEqual([]);
    expect(await readConnection(db, 'hubspot')).toBeUndefined();
    db.close();
  });

  it('keeps the portal and its owners for a good token, refuses a revoked one, and disconnects', async () => {
    const server = await hubspot.start({ tokens: ['good-token', 'old-token'] });
    const api = permissions(true);
    const db = freshDb();
    const handlers = crmHandlers(db, () => NOW, (token) => createHubSpotConnector({ token, baseUrl: server!.url, kindLabel: String }));

    server.revoke('old-token');
    expect(await handlers['crm.connect']({ token: 'old-token' })).toEqual({ ok: false, reason: 'refused' });
    expect(await readConnection(db, 'hubspot')).toBeUndefined();
    // Not connected: the permission asked for this attempt is given back.
    expect(api.remove).toHaveBeenCalledTimes(1);

    const outcome = await handlers['crm.connect']({ token: 'good-token' });
    expect(outcome).toMatchObject({ ok: true, connection: { state: 'connected', account: { accountId: String(server.store.account.portalId) } } });
    expect(JSON.stringify(outcome)).not.toContain('good-token');
    const kept = await readConnection(db, 'hubspot');
    expect(kept?.token).toBe('good-token');
    expect(kept?.owners).toEqual([
      { id: '501', name: 'Ana Rep', email: 'ana.rep@example.com' },
      { id: '502', name: 'Bo Rep', email: 'bo.rep@example.com' },
    ]);

    expect(api.remove).toHaveBeenCalledTimes(1); // connected: kept
    expect(await handlers['crm.disconnect']()).toEqual({ disconnected: true });
    expect(api.remove).toHaveBeenCalledWith({ origins: ['https://api.hubapi.com/*'] });
    expect(await readConnection(db, 'hubspot')).toMatchObject({ state: 'disconnected' });
    expect((await readConnection(db, 'hubspot'))?.token).toBeUndefined();
    db.close();
  });
});
