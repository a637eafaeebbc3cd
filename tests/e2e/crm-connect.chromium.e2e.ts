import { describe, expect, it } from 'vitest';
import { E2E_TOKEN, hubSpotInChromium } from './harness/hubspot/chromium';
import { HUBSPOT_SCOPES } from '../../lib/crm/hubspot/scopes';

/**
 * Connecting HubSpot as a rep does, in Chromium, with the extension's requests routed to the
 * contract-checked test server: the token typed into "HubSpot access token", "Connect", the
 * portal and its owners shown, the token never shown again; then "Disconnect".
 */
const TOKEN = E2E_TOKEN;

const hub = hubSpotInChromium();

describe('connecting HubSpot (Chromium)', () => {
  it('connects with a token, shows the portal and owners but never the token, and disconnects', async () => {
    const options = await hub.session.extensionPage('options.html#crm');
    const crm = options.locator('section#crm');
    await expect.poll(() => crm.getByTestId('crm-status').textContent()).toBe('No CRM is connected.');

    await crm.getByLabel('HubSpot access token').fill(TOKEN);
    await crm.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => crm.getByTestId('crm-status').textContent(), { timeout: 20_000 }).toBe('Connected to HubSpot account 4242424 (app-eu1.hubspot.com).');
    expect(await crm.getByTestId('crm-owners').textContent()).toBe('2 owners in this account: Ana Rep, Bo Rep.');
    expect(hub.server.requests.map((r) => r.endpoint)).toEqual(expect.arrayContaining(['GET /account-info/v3/details', 'GET /crm/v3/owners']));

    // Shown again: only its hint, here and after a reload.
    await options.reload();
    await expect.poll(() => crm.getByTestId('crm-status').textContent()).toMatch(/^Connected/);
    const text = await options.evaluate(() => document.body.innerText + [...document.querySelectorAll('input')].map((i) => i.value).join(' '));
    expect(text).toContain('pat-eu1-…6666');
    expect(text).not.toContain(TOKEN);

    await crm.getByRole('button', { name: 'Disconnect' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Disconnect' }).click();
    await expect.poll(() => crm.getByTestId('crm-status').textContent()).toBe('HubSpot is disconnected. Nothing leaves this browser.');
    hub.server.assertNoViolations();
  });

  it('names the scope a private app lacks, and connects with the same token once it is added', async () => {
    hub.server.scopes = new Set(HUBSPOT_SCOPES.filter((s) => s !== 'crm.objects.owners.read'));
    const options = await hub.session.extensionPage('options.html#crm');
    const crm = options.locator('section#crm');
    // The scopes to tick in HubSpot are listed under the field.
    await crm.getByTestId('crm-scopes').waitFor();
    expect(await crm.getByTestId('crm-scopes').getByRole('listitem').allTextContents()).toEqual([...HUBSPOT_SCOPES]);
    await crm.getByLabel('HubSpot access token').fill(TOKEN);
    await crm.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => crm.getByTestId('crm-problem').textContent(), { timeout: 20_000 }).toContain('its private app lacks this scope: crm.objects.owners.read');

    hub.server.scopes = undefined;
    await crm.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => crm.getByTestId('crm-status').textContent(), { timeout: 20_000 }).toMatch(/^Connected to HubSpot account 4242424/);
    hub.server.assertNoViolations();
  });
});
