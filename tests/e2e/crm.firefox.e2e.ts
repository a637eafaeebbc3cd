import { describe, expect, it } from 'vitest';
import { clickAsRep, connectHubSpotInFirefox, hubSpotInFirefox } from './harness/hubspot/firefox';
import { FirefoxLinkedInPage, textOf } from './pages/firefox-pages';

/**
 * HubSpot in Firefox, end to end, against the contract-checked test server: the shipped build,
 * whose api.hubapi.com permission is optional and granted in the rep's click on "Connect" (the
 * prompt turned off by pref); the background's requests reach the server through the harness's
 * proxy. Connect shows the portal; a captured LinkedIn profile goes to HubSpot on "Sync now".
 */
const hub = hubSpotInFirefox();

describe('HubSpot in Firefox', () => {
  it('connects with the optional permission granted in the click, and "Sync now" pushes a captured profile', async () => {
    // Not granted by the manifest: the shipped build asks for it.
    const before = await hub.session.showExtensionPage('options.html#crm');
    expect(await before.evaluate(() => browser.permissions.contains({ origins: ['https://api.hubapi.com/*'] }))).toBe(false);

    const options = await connectHubSpotInFirefox(hub.session);
    // The portal the account-info API answered, shown on the page.
    expect(await textOf(options, '[data-testid="crm-status"]')).toContain(String(hub.server.store.account.portalId));
    // Granted in the click.
    expect(await options.evaluate(() => browser.permissions.contains({ origins: ['https://api.hubapi.com/*'] }))).toBe(true);

    const profile = new FirefoxLinkedInPage(await hub.session.newLinkedInPage());
    await profile.page.goto('https://www.linkedin.com/in/lukasz-zolc/');
    await profile.saveWithKeyboard();

    const page = await hub.session.showExtensionPage('options.html#crm');
    await expect.poll(() => textOf(page, '[data-testid="crm-sync-pending"]'), { timeout: 15_000 }).toMatch(/waiting to sync/);
    await clickAsRep(page, 'section#crm', 'Sync now');
    await expect.poll(() => hub.server.store.live('contacts').length, { timeout: 30_000 }).toBe(1);
    const [contact] = hub.server.store.live('contacts');
    expect(contact!.properties.firstname).toBe('Łukasz');
    await expect.poll(() => textOf(page, '[data-testid="crm-sync-pending"]'), { timeout: 15_000 }).toBe('Nothing waiting to sync.');
    hub.server.assertNoViolations();
  });
});
