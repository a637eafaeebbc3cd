import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { connectHubSpot, E2E_TOKEN, hubSpotInChromium } from './harness/hubspot/chromium';

/**
 * Syncing with HubSpot as a rep does, in Chromium, against the contract-checked test server:
 * connect, save three leads, "Sync now", the contacts are in HubSpot and the status line says
 * when and that nothing waits; then the token is revoked in HubSpot, "Sync now" shows
 * "Reconnect HubSpot" and what waits to sync is kept.
 */

const hub = hubSpotInChromium();

/** Save a lead as an extension page may (the popup's "Save this page" form sends the same). */
async function saveLead(page: Page, n: number): Promise<void> {
  const answer = await page.evaluate(
    (i) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
        type: 'capture.save',
        capture: { kind: 'person', person: { fullName: `Sync Lead ${i}`, email: `sync-lead-${i}@example.com`, source: 'manual', capturedAt: Date.now() } },
      }),
    n,
  );
  expect(answer.ok).toBe(true);
}

describe('syncing HubSpot (Chromium)', () => {
  it('pushes saved leads on "Sync now", shows the last sync and nothing waiting; a revoked token asks to reconnect and keeps what waits', async () => {
    const options = await connectHubSpot(hub.session);
    const crm = options.locator('section#crm');

    for (let n = 1; n <= 3; n++) await saveLead(options, n);
    await expect.poll(() => crm.getByTestId('crm-sync-pending').textContent()).toMatch(/waiting to sync/);

    await crm.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => hub.server.store.live('contacts').length, { timeout: 30_000 }).toBe(3);
    expect(hub.server.store.live('contacts').map((c) => c.properties.email).sort()).toEqual(['sync-lead-1@example.com', 'sync-lead-2@example.com', 'sync-lead-3@example.com']);
    await expect.poll(() => crm.getByTestId('crm-sync-last').textContent(), { timeout: 20_000 }).toMatch(/^Last synced /);
    await expect.poll(() => crm.getByTestId('crm-sync-pending').textContent()).toBe('Nothing waiting to sync.');
    expect(await crm.getByTestId('crm-sync-error').count()).toBe(0);
    hub.server.assertNoViolations();

    // Revoked in HubSpot: the next round is refused, the rep is asked to reconnect, nothing waiting is lost.
    await saveLead(options, 4);
    await expect.poll(() => crm.getByTestId('crm-sync-pending').textContent()).toMatch(/waiting to sync/);
    hub.server.revoke(E2E_TOKEN);
    await crm.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => crm.getByTestId('crm-sync-error').textContent(), { timeout: 20_000 }).toMatch(/^Reconnect HubSpot/);
    expect(await crm.getByRole('button', { name: 'Sync now' }).isDisabled()).toBe(true);
    expect(await crm.getByTestId('crm-sync-pending').textContent()).toMatch(/waiting to sync/);
    expect(hub.server.store.live('contacts')).toHaveLength(3);
    hub.server.assertNoViolations();
  });
});
