import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectHubSpot, hubSpotInChromium } from './harness/hubspot/chromium';
import { PanelPage } from './pages/panel-page';
import { PopupPage } from './pages/popup-page';

/**
 * HubSpot's changes coming back, in Chromium, against the contract-checked test server: a lead
 * moved here is pushed as a deal; in HubSpot the deal goes to contract sent, then closed won at a
 * new amount (both stages come back, each at its time, in the lead's stage history); the rep
 * then changes the value here; "Sync now" brings the win back (HubSpot's stage is newer) and
 * keeps the rep's value (newer than HubSpot's amount, which is listed as a conflict in the
 * options page and on the lead's card); the popup's figures count the win.
 */

const hub = hubSpotInChromium();

async function saveLead(page: Page): Promise<string> {
  const answer = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { id: string } }> } } }).chrome.runtime.sendMessage({
      type: 'capture.save',
      capture: { kind: 'person', person: { fullName: 'Pia Pull', email: 'pia.pull@example.com', source: 'manual', capturedAt: Date.now() } },
    }),
  );
  expect(answer.ok).toBe(true);
  return answer.data.id;
}

describe('pulling from HubSpot (Chromium)', () => {
  it('a deal moved to closed won in HubSpot comes back as a win in the popup’s figures; the value changed on both sides is listed', async () => {
    const options = await connectHubSpot(hub.session);
    const crm = options.locator('section#crm');
    const id = await saveLead(options);

    const panel = new PanelPage(await hub.session.extensionPage(`sidepanel.html?lead=${id}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Pia Pull');
    await panel.moveTo('demo');
    await expect.poll(() => panel.headerStage().textContent()).toContain('Product demo');

    await crm.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => hub.server.store.live('deals').length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => crm.getByTestId('crm-sync-pending').textContent(), { timeout: 20_000 }).toBe('Nothing waiting to sync.');
    const [deal] = hub.server.store.live('deals');

    // In HubSpot: moved to contract sent, then closed won at a new amount. Here, afterwards: the rep sets another value.
    hub.server.store.write(deal!, { dealstage: 'contractsent' }, 'CRM_UI');
    const movedAt = Date.now();
    // HubSpot's history keeps times in milliseconds: the win comes after the move, as a rep would make it.
    await expect.poll(() => Date.now()).toBeGreaterThan(movedAt);
    hub.server.store.write(deal!, { dealstage: 'closedwon', amount: '5000' }, 'CRM_UI');
    await panel.openSection('Deal');
    await panel.typeAndLeave('Deal value', '4000');
    await expect.poll(() => crm.getByTestId('crm-sync-pending').textContent()).toMatch(/waiting to sync/);

    await crm.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => panel.headerStage().textContent(), { timeout: 30_000 }).toContain('Won');
    // The stage the deal passed through in HubSpot is in the lead's history (newest first), before the win.
    await panel.page.getByText('Stage history').click();
    await expect.poll(() => panel.stageHistory().textContent()).toMatch(/: won \(.*\).*: Product demo → Final negotiation.*: New → Product demo/);

    // HubSpot's amount lost to the rep's newer value: listed, and the rep's value went to HubSpot.
    const conflicts = crm.getByTestId('crm-conflicts');
    await expect.poll(() => conflicts.textContent(), { timeout: 20_000 }).toMatch(/Pia Pull: Deal value: kept here: \D*4,000\D* · HubSpot had: \D*5,000/);
    await expect.poll(() => panel.page.getByTestId('crm-conflict').textContent()).toMatch(/^HubSpot disagreed: Deal value: kept here: /);
    await expect.poll(() => deal!.properties.amount, { timeout: 20_000 }).toBe('4000');
    expect(deal!.properties.dealstage).toBe('closedwon');

    // The popup counts the win made in HubSpot.
    const popup = new PopupPage(await hub.session.extensionPage('popup.html'));
    await expect.poll(() => popup.factor('Win rate').textContent(), { timeout: 20_000 }).toMatch(/1 won of 1 closed/);
    expect(await popup.factor('Average won deal').textContent()).toMatch(/4,000/);

    // Dismissed, it goes from both places.
    await conflicts.getByRole('button', { name: 'Dismiss for Pia Pull' }).click();
    await expect.poll(() => crm.getByTestId('crm-conflicts').count()).toBe(0);
    await expect.poll(() => panel.page.getByTestId('crm-conflict').count()).toBe(0);
    hub.server.assertNoViolations();
    expect(hub.session.refused).toEqual([]);
  });
});
