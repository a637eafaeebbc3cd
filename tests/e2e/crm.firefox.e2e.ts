import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { clickAsRep, connectHubSpotInFirefox, hubSpotInFirefox, pointerClick } from './harness/hubspot/firefox';
import { clickButton, controlByLabel, FirefoxLinkedInPage, textOf, waitUntil } from './pages/firefox-pages';
import { ageLeadScript } from './harness/age-lead';

/**
 * HubSpot in Firefox, end to end, against the contract-checked test server: the shipped build,
 * whose api.hubapi.com permission is optional and granted in the rep's click on "Connect" (the
 * prompt turned off by pref); the background's requests reach the server through the harness's
 * proxy. Connect shows the portal; a captured LinkedIn profile goes to HubSpot on "Sync now";
 * a profile already in HubSpot says so on its sidebar card; erasing the synced person with the
 * GDPR delete ticked removes their contact from HubSpot, and so does the retention review's
 * delete of a person untouched for years.
 */
const hub = hubSpotInFirefox();
const HUBSPOT_ORIGINS = ['https://api.hubapi.com/*'];
const JANE = 'https://www.linkedin.com/in/jane-doe/';

async function capture(url: string): Promise<void> {
  const profile = new FirefoxLinkedInPage(await hub.session.newLinkedInPage());
  await profile.page.goto(url);
  await profile.saveWithKeyboard();
}

/** The sidebar page on a lead, picked from the list by name as a rep picks it. */
async function leadCard(name: string): Promise<Page> {
  const panel = await hub.session.showExtensionPage('sidepanel.html?view=list');
  await waitUntil(
    panel,
    (wanted) => {
      const row = [...document.querySelectorAll<HTMLButtonElement>('.lead-table .row-button')].find((b) => b.textContent?.includes(wanted ?? ''));
      row?.click();
      return row !== undefined;
    },
    name,
  );
  await waitUntil(panel, (wanted) => document.querySelector('h2.lead-name')?.textContent === wanted, name);
  return panel;
}

describe('HubSpot in Firefox', () => {
  it('connects with the optional permission granted in the click, pushes a captured profile on "Sync now", shows "In HubSpot", and erases and deletes (retention) with the GDPR delete', async () => {
    // Not granted by the manifest: the shipped build asks for it.
    const before = await hub.session.showExtensionPage('options.html#crm');
    expect(await before.evaluate((origins) => browser.permissions.contains({ origins }), HUBSPOT_ORIGINS)).toBe(false);

    // Saved before connecting: the in-page control then asks HubSpot nothing (and its first stop is "Save lead").
    await capture('https://www.linkedin.com/in/lukasz-zolc/');
    await capture(JANE);

    const options = await connectHubSpotInFirefox(hub.session);
    // The portal the account-info API answered, shown on the page; the permission granted in the click.
    expect(await textOf(options, '[data-testid="crm-status"]')).toContain(String(hub.server.store.account.portalId));
    expect(await options.evaluate((origins) => browser.permissions.contains({ origins }), HUBSPOT_ORIGINS)).toBe(true);

    // Jane is in HubSpot already (another rep's contact, holding her LinkedIn URL); Łukasz is not.
    const janeContact = hub.server.store.create('contacts', { email: 'jane@acme.io', firstname: 'Jane', lastname: 'Doe', hubspot_owner_id: '502', lifecyclestage: 'lead', prospecting_linkedin_url: JANE }, 'CRM_UI');
    await expect.poll(() => textOf(options, '[data-testid="crm-sync-pending"]'), { timeout: 15_000 }).toMatch(/2 changes waiting to sync/);
    await clickAsRep(options, 'section#crm', 'Sync now');
    await expect.poll(() => textOf(options, '[data-testid="crm-sync-pending"]'), { timeout: 30_000 }).toBe('Nothing waiting to sync.');
    // Łukasz created; Jane matched to her contact by the LinkedIn URL, not made twice.
    expect(hub.server.store.live('contacts')).toHaveLength(2);
    const lukasz = hub.server.store.live('contacts').find((c) => c.id !== janeContact.id);
    expect(lukasz!.properties.firstname).toBe('Łukasz');

    // Her card says she is in HubSpot, with the owner and the stage.
    const jane = await leadCard('Jane Doe');
    await expect.poll(() => textOf(jane, '[data-testid="crm-lookup"]').catch(() => ''), { timeout: 15_000 }).toBe('In HubSpot · owner Bo Rep · Lead · Open in HubSpot');

    // Erased with the GDPR delete ticked: gone here and in HubSpot.
    const card = await leadCard('Łukasz Żółć');
    await clickButton(card, 'Erase this person');
    await pointerClick(card, await controlByLabel(card, 'Also delete this contact in HubSpot (GDPR delete)'));
    await clickButton(card, 'Erase for good');
    await waitUntil(card, () => document.querySelector('h2.lead-name')?.textContent === 'Erased person', undefined);
    await expect.poll(() => hub.server.store.purged.has(lukasz!.id), { timeout: 30_000 }).toBe(true);
    expect(hub.server.store.find('contacts', lukasz!.id)).toBeUndefined();

    // Jane untouched for three years: the retention review deletes her, and with the box ticked her contact too.
    const privacy = await hub.session.showExtensionPage('options.html#privacy');
    await privacy.evaluate(ageLeadScript(JANE));
    await pointerClick(privacy, await controlByLabel(privacy, 'List leads for review after a time without a touch'));
    await clickButton(privacy, 'Find leads to review');
    await clickButton(privacy, 'Delete selected (1)');
    await pointerClick(privacy, await controlByLabel(privacy, 'Also delete their linked contact in HubSpot (GDPR delete)'));
    await clickButton(privacy, 'Yes, delete them');
    await waitUntil(privacy, () => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === 'Deleted: 1.'), undefined);
    await expect.poll(() => hub.server.store.purged.has(janeContact.id), { timeout: 30_000 }).toBe(true);
    hub.server.assertNoViolations();
  });
});
