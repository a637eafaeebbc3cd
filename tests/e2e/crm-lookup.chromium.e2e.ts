import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AxControl, axNodes } from './harness/ax';
import { connectHubSpot, hubSpotInChromium } from './harness/hubspot/chromium';
import { tabIdOf } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';
import { profileUrl, serveProfiles } from './harness/profiles';

/**
 * "Already in HubSpot" on LinkedIn profiles, in Chromium, with the extension's HubSpot requests
 * routed to the contract-checked test server: a profile whose contact holds its LinkedIn URL shows
 * the owner, the lifecycle stage and a link to the record; one HubSpot lacks says so; the feed
 * shows nothing; opening a profile again asks HubSpot nothing (kept in the background); a contact
 * stored under another spelling of the profile URL is found, with the portal's own lifecycle stage.
 */
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const JOHN = 'https://www.linkedin.com/in/john-smith-42/';

const hub = hubSpotInChromium();

const searches = () => hub.server.requests.filter((r) => r.endpoint === 'POST /crm/v3/objects/contacts/search').length;

/** The attributes of a node in our closed shadow root, read over the DevTools protocol (no script of the page can). */
async function attributesOf(page: Page, backendNodeId: number): Promise<Record<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { node } = (await cdp.send('DOM.describeNode' as never, { backendNodeId } as never)) as unknown as { node: { attributes?: string[] } };
    const pairs = node.attributes ?? [];
    return Object.fromEntries(pairs.flatMap((value, i) => (i % 2 === 0 ? [[value, pairs[i + 1] ?? '']] : [])));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function connect(): Promise<void> {
  await (await connectHubSpot(hub.session)).close();
}

describe('already in HubSpot, on LinkedIn (Chromium)', () => {
  it('says nothing before a CRM is connected', async () => {
    const profile = await LinkedInPage.open(await hub.session.context.newPage(), JANE);
    await profile.saveButton().waitFor();
    expect(await profile.says(/HubSpot/)).toBe(false);
    await profile.page.close();
    expect(hub.server.requests).toEqual([]);
  });

  it('shows the owner, the stage and a link to the record; "Not in HubSpot" for another; nothing on the feed; one lookup per person', async () => {
    const contact = hub.server.store.create('contacts', { email: 'jane@acme.io', firstname: 'Jane', lastname: 'Doe', hubspot_owner_id: '502', lifecyclestage: 'lead', prospecting_linkedin_url: JANE }, 'CRM_UI');
    // Open before connecting: connecting then shows the line on this page, without reloading LinkedIn.
    const jane = await LinkedInPage.open(await hub.session.context.newPage(), JANE);
    await jane.saveButton().waitFor();
    await connect();
    await expect.poll(() => jane.says('In HubSpot · owner Bo Rep · Lead'), { timeout: 15_000 }).toBe(true);
    await new AxControl(jane.page, 'link', 'Open Jane Doe in HubSpot (new tab)').waitFor();
    const node = (await axNodes(jane.page)).find((n) => n.role === 'link' && n.name === 'Open Jane Doe in HubSpot (new tab)');
    const attributes = await attributesOf(jane.page, node!.backendNodeId!);
    expect(attributes).toMatchObject({ href: `https://app-eu1.hubspot.com/contacts/4242424/record/0-1/${contact.id}`, target: '_blank' });
    expect(attributes.rel).toContain('noopener');
    expect(searches()).toBe(1);

    // Saved, Jane's card in the side panel says the same, from the answer the background kept.
    await jane.save();
    await expect.poll(() => jane.savedButton('Jane Doe').count()).toBe(1);
    const panel = await hub.session.extensionPage(`sidepanel.html?tab=${await tabIdOf(hub.session.worker, JANE)}`);
    await expect.poll(() => panel.getByTestId('crm-lookup').textContent(), { timeout: 15_000 }).toBe('In HubSpot · owner Bo Rep · Lead · Open in HubSpot');
    expect(await panel.getByRole('link', { name: 'Open Jane Doe in HubSpot (new tab)' }).getAttribute('href')).toBe(attributes.href);
    await panel.close();
    expect(searches()).toBe(1);

    const john = await LinkedInPage.open(await hub.session.context.newPage(), JOHN);
    await expect.poll(() => john.says('Not in HubSpot'), { timeout: 15_000 }).toBe(true);
    expect(await new AxControl(john.page, 'link', /in HubSpot/).count()).toBe(0);
    expect(searches()).toBe(2);

    // Jane again, in a new page load: the kept answer, no second lookup.
    await jane.page.reload();
    await expect.poll(() => jane.says('In HubSpot · owner Bo Rep · Lead'), { timeout: 15_000 }).toBe(true);
    // The feed: our in-page UI is there (its host element), with no line about HubSpot and no lookup.
    await john.page.goto('https://www.linkedin.com/feed/');
    await john.page.waitForSelector('prospecting-assistant-ui', { state: 'attached' });
    expect(await new LinkedInPage(john.page).says(/HubSpot/)).toBe(false);
    expect(searches()).toBe(2);

    await Promise.all([jane.page.close(), john.page.close()]);
    hub.server.assertNoViolations();
    // Nothing else left the browser: HubSpot's requests went to the test server, the rest was fixtures.
    expect(hub.session.refused).toEqual([]);
  });

  it("finds a contact a teammate stored under another spelling of the profile URL, with the portal's own lifecycle stage", async () => {
    await serveProfiles(hub.session, 'partner');
    hub.server.store.addLifecycleStage('1029384', 'Partner referral');
    hub.server.store.create('contacts', { firstname: 'Fault', lastname: 'Person 1', hubspot_owner_id: '501', lifecyclestage: '1029384', prospecting_linkedin_url: 'http://pl.linkedin.com/in/Partner-1' }, 'CRM_UI');
    const profile = await LinkedInPage.open(await hub.session.context.newPage(), profileUrl('partner', 1));
    await expect.poll(() => profile.says('In HubSpot · owner Ana Rep · Partner referral'), { timeout: 15_000 }).toBe(true);
    await profile.page.close();
    hub.server.assertNoViolations();
  });
});
