import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { buildGrantingHubSpot, routeHubSpot } from './harness/hubspot/chromium';
import { contractOnce, HubSpotTestServer } from './harness/hubspot/server';

/**
 * Connecting HubSpot as a rep does, in Chromium, with the extension's requests routed to the
 * contract-checked test server: the token typed into "HubSpot access token", "Connect", the
 * portal and its owners shown, the token never shown again; then "Disconnect".
 */
const TOKEN = 'pat-eu1-0c3f5e2a-1111-2222-3333-444455556666';

let server: HubSpotTestServer;
let session: ChromiumSession;
beforeAll(async () => {
  await contractOnce();
  server = await HubSpotTestServer.start({ tokens: [TOKEN] });
  session = await launchChromium({}, { build: buildGrantingHubSpot() });
  await routeHubSpot(session.context, server);
}, 120_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('connecting HubSpot (Chromium)', () => {
  it('connects with a token, shows the portal and owners but never the token, and disconnects', async () => {
    const options = await session.extensionPage('options.html#crm');
    const crm = options.locator('section#crm');
    await expect.poll(() => crm.getByTestId('crm-status').textContent()).toBe('No CRM is connected.');

    await crm.getByLabel('HubSpot access token').fill(TOKEN);
    await crm.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => crm.getByTestId('crm-status').textContent(), { timeout: 20_000 }).toBe('Connected to HubSpot account 4242424 (app-eu1.hubspot.com).');
    expect(await crm.getByTestId('crm-owners').textContent()).toBe('2 owners in this account: Ana Rep, Bo Rep.');
    expect(server.requests.map((r) => r.endpoint)).toEqual(expect.arrayContaining(['GET /account-info/v3/details', 'GET /crm/v3/owners']));

    // Shown again: only its hint, here and after a reload.
    await options.reload();
    await expect.poll(() => crm.getByTestId('crm-status').textContent()).toMatch(/^Connected/);
    const text = await options.evaluate(() => document.body.innerText + [...document.querySelectorAll('input')].map((i) => i.value).join(' '));
    expect(text).toContain('pat-eu1-…6666');
    expect(text).not.toContain(TOKEN);

    await crm.getByRole('button', { name: 'Disconnect' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => crm.getByTestId('crm-status').textContent()).toBe('HubSpot is disconnected. Nothing leaves this browser.');
    server.assertNoViolations();
  });
});
