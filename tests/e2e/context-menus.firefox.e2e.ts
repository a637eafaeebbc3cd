import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { MENU_LINK, MENU_SELECTION } from '../../lib/background/menu-ids';
import { firefoxProfileWithAddon, type FirefoxProfile } from './harness/firefox-profile';

/**
 * The right-click items after a browser restart. Firefox forgets the items its
 * background page made when the browser stops, and a restart fires no onInstalled,
 * so the items must be made at every start. The add-on is installed for good in the
 * profile (not as a temporary add-on, which a restart removes and a reinstall would
 * hide the bug behind onInstalled).
 */

const ours = [MENU_SELECTION, MENU_LINK];

/**
 * Which of our items exist. There is no API to list items; update() of an id that
 * does not exist rejects ("Cannot find menu item with id …"), and an empty update changes nothing.
 */
function existingItems(page: Page): Promise<string[]> {
  return page.evaluate(async (ids) => {
    const found = await Promise.all(ids.map((id) => browser.contextMenus.update(id, {}).then(() => id, () => undefined)));
    return found.filter((id): id is string => id !== undefined);
  }, ours);
}

let profile: FirefoxProfile;
let firefox: Browser | undefined;

beforeAll(async () => {
  profile = await firefoxProfileWithAddon();
});
afterAll(async () => {
  await firefox?.close();
  profile?.remove();
});

describe('right-click items in Firefox', () => {
  it('exist after install, and again after the browser restarts on the same profile', async () => {
    const first = await profile.start('popup.html');
    firefox = first.browser;
    await expect.poll(() => existingItems(first.page), { timeout: 15_000 }).toEqual(ours);
    await first.browser.close();
    firefox = undefined;

    // Same profile, add-on still installed, nothing reinstalled.
    const second = await profile.start('popup.html');
    firefox = second.browser;
    await expect.poll(() => existingItems(second.page), { timeout: 15_000 }).toEqual(ours);
  });
});
