import { describe, expect, it } from 'vitest';
import { connectHubSpot, hubSpotInChromium } from './harness/hubspot/chromium';
import { LinkedInPage } from './pages/linkedin-page';
import { OptionsPage } from './pages/options-page';
import { ageLeadScript } from './harness/age-lead';

/**
 * The retention review with HubSpot's GDPR delete, in Chromium, against the contract-checked
 * test server: a lead synced to a contact, untouched for three years, is deleted from the
 * review with "Also delete their linked contact in HubSpot" ticked; the contact is gone from
 * HubSpot (a GDPR delete) and nothing waits in the sync status.
 */
const ALICE = 'https://www.linkedin.com/in/alice-anders/';

const hub = hubSpotInChromium();

describe('the retention review with the GDPR delete (Chromium)', () => {
  it('deletes a synced lead here and, ticked, its contact in HubSpot', async () => {
    const crm = (await connectHubSpot(hub.session)).locator('section#crm');
    const profile = await LinkedInPage.open(await hub.session.context.newPage(), ALICE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Alice Anders').count()).toBe(1);
    await crm.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => hub.server.store.live('contacts').length, { timeout: 30_000 }).toBe(1);
    const [contact] = hub.server.store.live('contacts');

    const options = new OptionsPage(await hub.session.extensionPage('options.html#privacy'));
    await options.page.evaluate(ageLeadScript(ALICE));
    await options.setRetention(12);
    await options.reviewRetention();
    await expect.poll(() => options.reviewList().getByRole('listitem').count()).toBe(1);
    const section = options.privacySection();
    await section.getByRole('button', { name: /^Delete selected/ }).click();
    // Offered once the page has read that the ticked lead is linked to a contact.
    await section.getByRole('checkbox', { name: 'Also delete their linked contact in HubSpot (GDPR delete)' }).check();
    await section.getByRole('button', { name: 'Yes, delete them' }).click();
    await expect.poll(() => section.getByText('Deleted: 1.').count()).toBe(1);

    await expect.poll(() => hub.server.store.purged.has(contact!.id), { timeout: 30_000 }).toBe(true);
    expect(hub.server.store.find('contacts', contact!.id)).toBeUndefined();
    expect(hub.server.counts()['POST /crm/v3/objects/contacts/gdpr-delete']).toBe(1);
    await expect.poll(() => crm.getByTestId('crm-sync-erase-pending').count(), { timeout: 20_000 }).toBe(0);
    hub.server.assertNoViolations();
  });
});
