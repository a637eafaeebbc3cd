import { describe, expect, it } from 'vitest';
import { connectHubSpot, hubSpotInChromium } from './harness/hubspot/chromium';
import { tabIdOf } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';
import { PanelPage } from './pages/panel-page';

/**
 * "Erase this person" with HubSpot's GDPR delete, in Chromium, against the contract-checked
 * test server: a lead synced to a contact is erased with "Also delete this contact in HubSpot"
 * ticked; the person is erased here and the contact is gone from HubSpot (a GDPR delete, not an
 * archive), and nothing waits in the sync status.
 */
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const GDPR_DELETE = 'POST /crm/v3/objects/contacts/gdpr-delete';

const hub = hubSpotInChromium();

describe('erasing a synced person with the GDPR delete (Chromium)', () => {
  it('erases here and deletes the contact in HubSpot', async () => {
    const options = await connectHubSpot(hub.session);
    const crm = options.locator('section#crm');

    const profile = await LinkedInPage.open(await hub.session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    await crm.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => hub.server.store.live('contacts').length, { timeout: 30_000 }).toBe(1);
    const [contact] = hub.server.store.live('contacts');

    const panel = new PanelPage(await hub.session.extensionPage(`sidepanel.html?tab=${await tabIdOf(hub.session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await panel.page.getByRole('button', { name: 'Erase this person' }).click();
    const confirm = panel.page.getByRole('group', { name: 'Erase this person' });
    // Offered once the page knows the person is linked to a contact (read live from the database).
    await confirm.getByRole('checkbox', { name: 'Also delete this contact in HubSpot (GDPR delete)' }).check();
    await confirm.getByRole('button', { name: 'Erase for good' }).click();

    await expect.poll(() => panel.leadHeading().textContent()).toBe('Erased person');
    await expect.poll(() => hub.server.store.purged.has(contact!.id), { timeout: 30_000 }).toBe(true);
    expect(hub.server.store.find('contacts', contact!.id)).toBeUndefined();
    expect(hub.server.counts()[GDPR_DELETE]).toBe(1);
    // Done: the erased card no longer says it waits, and the sync status has nothing waiting.
    await expect.poll(() => panel.page.getByTestId('erase-crm-waiting').count()).toBe(0);
    // The options page is another page: its status line follows the database on its own time.
    await expect.poll(() => crm.getByTestId('crm-sync-erase-pending').count(), { timeout: 20_000 }).toBe(0);
    hub.server.assertNoViolations();
  });
});
