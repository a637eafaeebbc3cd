import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_LINK, MENU_SELECTION } from '../../lib/background/menu-ids';
import { extensionWorkers, launchChromium, stopExtensionWorker, type ChromiumSession } from './harness/chromium';

/**
 * Chrome keeps right-click items across restarts and refuses to create an id twice;
 * the items are made at every start of the service worker, so a restarted worker must
 * find them and leave them working.
 */

const ours = [MENU_SELECTION, MENU_LINK];

type Menus = { contextMenus: { update(id: string, props: object): Promise<void> } };

/** Which of these items exist: update() of an id that does not exist rejects, an empty update changes nothing. */
function existingItems(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const { contextMenus } = (globalThis as unknown as { chrome: Menus }).chrome;
    const found = await Promise.all(wanted.map((id) => contextMenus.update(id, {}).then(() => id, () => undefined)));
    return found.filter((id): id is string => id !== undefined);
  }, ids);
}

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe('right-click items in Chromium', () => {
  it('exist after install, and after the service worker stops and starts again', async () => {
    const page = await session.extensionPage('popup.html');
    await expect.poll(() => existingItems(page, ours), { timeout: 15_000 }).toEqual(ours);
    // The check can tell a missing item.
    expect(await existingItems(page, ['no-such-item'])).toEqual([]);

    const workerTargets = () => extensionWorkers(session);
    const before = await stopExtensionWorker(session, page);
    expect(before).toBeDefined();
    await expect.poll(async () => (await workerTargets()).includes(before ?? ''), { timeout: 10_000 }).toBe(false);

    // A message wakes the worker, which runs its start-up (the items' update-or-create) again.
    await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'crossings.check' }));
    await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => existingItems(page, ours), { timeout: 15_000 }).toEqual(ours);
  });
});
