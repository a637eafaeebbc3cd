import { describe, expect, it } from 'vitest';
import { LINKEDIN_URL, RECORD_ID } from '../../lib/crm/hubspot/fields';
import { tabIdOf } from './harness/extension-data';
import { connectHubSpot, hubSpotInChromium } from './harness/hubspot/chromium';
import { LinkedInPage } from './pages/linkedin-page';
import { PanelPage } from './pages/panel-page';

/**
 * What a push makes in HubSpot, in Chromium, against the contract-checked test server: a
 * LinkedIn profile captured with "Save lead", moved to a stage and with a call logged in the
 * side panel, becomes on "Sync now" a contact (name, our LinkedIn URL and record id), its
 * company (associated), a deal in the stage the mapping gives (associated), and a note
 * (associated, carrying our record id so a retried create is found).
 */

const hub = hubSpotInChromium();
const JANE = 'https://www.linkedin.com/in/jane-doe/';

describe('pushing a captured lead to HubSpot (Chromium)', () => {
  it('a captured profile moved to a stage, with a call logged, arrives as a contact, its company, a deal in the mapped stage and a note, associated', async () => {
    const options = await connectHubSpot(hub.session);
    const crm = options.locator('section#crm');
    const profile = await LinkedInPage.open(await hub.session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);

    const panel = new PanelPage(await hub.session.extensionPage(`sidepanel.html?tab=${await tabIdOf(hub.session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await panel.moveTo('demo');
    await expect.poll(() => panel.headerStage().textContent()).toContain('Product demo');
    await panel.page.getByRole('button', { name: 'Call', exact: true }).click();
    await expect.poll(() => panel.page.locator('.timeline').textContent()).toContain('Call');

    await crm.getByRole('button', { name: 'Sync now' }).click();
    const store = hub.server.store;
    // Everything has arrived (a round may already have been under way when the button was pressed).
    await expect.poll(() => ['contacts', 'companies', 'deals', 'notes'].map((type) => store.live(type as 'contacts').length), { timeout: 30_000 }).toEqual([1, 1, 1, 1]);
    await expect.poll(() => crm.getByTestId('crm-sync-pending').textContent(), { timeout: 30_000 }).toBe('Nothing waiting to sync.');
    const [contact] = store.live('contacts');
    expect(store.live('contacts')).toHaveLength(1);
    expect(contact!.properties).toMatchObject({ firstname: 'Jane', lastname: 'Doe', [LINKEDIN_URL]: JANE });
    expect(contact!.properties[RECORD_ID]).toBeTruthy();

    const [company] = store.live('companies');
    expect(store.live('companies')).toHaveLength(1);
    expect(company!.properties.name).toBe('Acme Analytics');
    expect(store.associationsOf('contacts', contact!.id, 'companies').map((a) => a.toId)).toEqual([company!.id]);

    const [deal] = store.live('deals');
    expect(store.live('deals')).toHaveLength(1);
    // Our "Product demo" proposed onto the default pipeline's "Presentation Scheduled".
    expect(deal!.properties).toMatchObject({ pipeline: 'default', dealstage: 'presentationscheduled' });
    expect(deal!.properties.dealname).toContain('Jane Doe');
    expect(store.associationsOf('deals', deal!.id, 'contacts').map((a) => a.toId)).toEqual([contact!.id]);

    const notes = store.live('notes');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.properties.hs_note_body).toMatch(/Call/);
    expect(notes[0]!.properties[RECORD_ID]).toBeTruthy();
    expect(store.associationsOf('notes', notes[0]!.id, 'contacts').map((a) => a.toId)).toEqual([contact!.id]);
    hub.server.assertNoViolations();
  });
});
