import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ContentWorld } from './harness/content-world';
import { LinkedInPage } from './pages/linkedin-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
/** Set SHOTS=dir to keep pictures of the control in each theme (for looking at them). */
const SHOTS = process.env.SHOTS;

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

type Look = { theme: string | null; save: string; open: string; row: string; size: string };

/** How the control is drawn, read from our own content-script world (the root is closed to the page). */
function look(world: ContentWorld): Promise<Look> {
  return world.evaluate<Look>(`(() => {
    const host = document.querySelector('prospecting-assistant-ui');
    const root = chrome.dom.openOrClosedShadowRoot(host);
    const row = root.querySelector('.pa-row').getBoundingClientRect();
    return {
      theme: host.getAttribute('data-theme'),
      save: getComputedStyle(root.querySelector('.pa-save')).color,
      open: getComputedStyle(root.querySelector('.pa-row .pa-secondary')).color,
      row: getComputedStyle(root.querySelector('.pa-row')).backgroundColor,
      size: row.width + 'x' + row.height,
    };
  })()`);
}

const LIGHT = { save: 'rgb(10, 102, 194)', row: 'rgb(255, 255, 255)' };
const DARK = { save: 'rgb(113, 183, 251)', row: 'rgb(27, 31, 35)' };

describe("the in-page control in LinkedIn's light and dark themes (Chromium)", () => {
  it("follows LinkedIn's html class, else the system, and keeps one size", async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.saveButton().waitFor();
    const world = await ContentWorld.of(profile.page, session.extensionId);
    const setClass = (name: string | null) => profile.page.evaluate((c) => (document.documentElement.className = c ?? ''), name);
    const shot = async (name: string) => {
      if (SHOTS) await profile.page.screenshot({ path: `${SHOTS}/linkedin-${name}.png`, clip: { x: 1280 - 600, y: 900 - 200, width: 600, height: 200 } });
    };

    // LinkedIn's html says nothing, the system is light: LinkedIn blue on white.
    const first = await look(world);
    expect(first).toMatchObject({ theme: 'auto', ...LIGHT });
    await shot('light');

    await setClass('theme theme--dark');
    await expect.poll(() => look(world)).toMatchObject({ theme: 'dark', ...DARK, size: first.size });
    await shot('dark');

    await setClass('theme theme--light');
    await expect.poll(() => look(world)).toMatchObject({ theme: 'light', ...LIGHT, size: first.size });

    // The system turns dark: followed only while LinkedIn does not say which theme it shows.
    await profile.page.emulateMedia({ colorScheme: 'dark' });
    expect(await look(world)).toMatchObject({ theme: 'light', ...LIGHT });
    await setClass(null);
    await expect.poll(() => look(world)).toMatchObject({ theme: 'auto', ...DARK, size: first.size });

    // The lesser action is LinkedIn's muted secondary, readable in both themes.
    expect((await look(world)).open).toBe('rgba(255, 255, 255, 0.7)');
    await profile.page.close();
  });
});
