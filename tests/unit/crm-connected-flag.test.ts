// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mirrorCrmConnected } from '../../lib/background/crm-connected';
import { followCrmConnected } from '../../lib/content/crm-connected';
import { CRM_CONNECTED_KEY } from '../../lib/crm/connected-flag';
import { forgetToken, keepConnection, markReconnect } from '../../lib/db/crm-connections';
import type { LeadsDatabase } from '../../lib/db/database';
import { freshDb, NOW } from './helpers/db';

/**
 * "A CRM is connected", mirrored by the background into storage.local and followed by the
 * LinkedIn content script, so a profile navigation asks the background nothing while none is.
 */

const account = { accountId: '4242424', uiDomain: 'app-eu1.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' };
const stored = async () => (await fakeBrowser.storage.local.get(CRM_CONNECTED_KEY))[CRM_CONNECTED_KEY];
const waitFor = (check: () => Promise<boolean>) => expect.poll(check, { timeout: 5_000, interval: 10 }).toBe(true);

let db: LeadsDatabase | undefined;
let stop: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop?.();
  db?.close();
  db = stop = undefined;
});

describe('the background mirrors the connection', () => {
  it('false with none, true once connected, false on reconnect and on disconnect', async () => {
    db = freshDb();
    stop = mirrorCrmConnected(db);
    await waitFor(async () => (await stored()) === false);
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    await waitFor(async () => (await stored()) === true);
    await markReconnect(db, 'hubspot');
    await waitFor(async () => (await stored()) === false);
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    await waitFor(async () => (await stored()) === true);
    await forgetToken(db, 'hubspot');
    await waitFor(async () => (await stored()) === false);
  });

  it('a worker started after a connect writes the truth at once', async () => {
    db = freshDb();
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    await fakeBrowser.storage.local.set({ [CRM_CONNECTED_KEY]: false });
    stop = mirrorCrmConnected(db);
    await waitFor(async () => (await stored()) === true);
  });
});

describe('the content script follows the flag', () => {
  it('reads it once, then follows each change; anything but true is not connected', async () => {
    const seen: boolean[] = [];
    await fakeBrowser.storage.local.set({ [CRM_CONNECTED_KEY]: 'yes' });
    stop = followCrmConnected((connected) => seen.push(connected));
    await waitFor(async () => seen.length === 1);
    await fakeBrowser.storage.local.set({ [CRM_CONNECTED_KEY]: true });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.set({ [CRM_CONNECTED_KEY]: false });
    await waitFor(async () => seen.length === 3);
    expect(seen).toEqual([false, true, false]);
    stop();
    await fakeBrowser.storage.local.set({ [CRM_CONNECTED_KEY]: true });
    expect(seen).toEqual([false, true, false]);
  });

  it('nothing stored (before the background wrote it) is not connected', async () => {
    const seen: boolean[] = [];
    stop = followCrmConnected((connected) => seen.push(connected));
    await waitFor(async () => seen.length === 1);
    expect(seen).toEqual([false]);
  });
});
