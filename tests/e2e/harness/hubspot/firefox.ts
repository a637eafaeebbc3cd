import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../firefox';
import { fillByLabel, waitUntil } from '../../pages/firefox-pages';
import { startHubSpotProxy, type HubSpotProxy } from './firefox-proxy';
import { E2E_TOKEN } from './chromium';
import { contractOnce, HubSpotTestServer } from './server';

/**
 * A test file's HubSpot setup in Firefox: a contract-checked test server knowing `E2E_TOKEN`,
 * and Firefox on the shipped build (api.hubapi.com stays an optional permission) with
 * - `extensions.webextOptionalPermissionPrompts` false: `permissions.request` in the rep's click
 *   grants at once instead of showing a prompt nobody can click headless, so the real optional
 *   permission is exercised;
 * - every request for api.hubapi.com, the background page's included, routed to the server
 *   through a local proxy (firefox-proxy.ts says how, and why not request interception).
 * Started before the file's tests, closed after. Read `server` and `session` inside tests.
 */
export function hubSpotInFirefox(): { readonly server: HubSpotTestServer; readonly session: FirefoxSession } {
  const state = {} as { server: HubSpotTestServer; session: FirefoxSession; proxy: HubSpotProxy };
  beforeAll(async () => {
    await contractOnce();
    state.server = await HubSpotTestServer.start({ tokens: [E2E_TOKEN] });
    state.proxy = await startHubSpotProxy(state.server);
    state.session = await launchFirefox({}, { acceptInsecureCerts: true, prefs: { ...state.proxy.prefs, 'extensions.webextOptionalPermissionPrompts': false } });
  }, 120_000);
  afterAll(async () => {
    await state.session?.close();
    await state.proxy?.close();
    await state.server?.close();
  });
  return state;
}

/**
 * Click a button as a rep does: a real pointer click over BiDi (a trusted event, so the page is
 * "handling user input" and may ask for a permission), not element.click() from a script.
 */
export async function clickAsRep(page: Page, scope: string, name: string): Promise<void> {
  const marker = `pa-click-${Math.random().toString(36).slice(2)}`;
  await waitUntil(
    page,
    (arg) => {
      const [within, wanted, mark] = (arg ?? '').split('\n');
      const button = [...document.querySelectorAll(`${within} button`)].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted && !b.matches(':disabled'));
      button?.setAttribute('data-pa-click', mark ?? '');
      return button !== undefined;
    },
    `${scope}\n${name}\n${marker}`,
  );
  await pointerClick(page, `[data-pa-click="${marker}"]`);
}

/**
 * A real pointer click (BiDi input actions, trusted) at the centre of what `selector` finds,
 * scrolled into view first. Not puppeteer's page.click: in Firefox ESR it spent 4 to 7 s per
 * click before clicking (measured: "Sync now" 7.2 s that way, 0.05 s this way).
 */
export async function pointerClick(page: Page, selector: string): Promise<void> {
  const centre = await waitUntil(
    page,
    (wanted) => {
      const element = document.querySelector(wanted ?? '');
      if (!element) return undefined;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : undefined;
    },
    selector,
  );
  await page.mouse.click(centre.x, centre.y);
}

/** Connect HubSpot on the options page as a rep does, and wait until it says so; the extension tab stays on the options page. */
export async function connectHubSpotInFirefox(session: FirefoxSession, token = E2E_TOKEN): Promise<Page> {
  const options = await session.showExtensionPage('options.html#crm');
  await fillByLabel(options, 'HubSpot access token', token);
  await clickAsRep(options, 'section#crm', 'Connect');
  await waitUntil(options, () => document.querySelector('[data-testid="crm-status"]')?.textContent?.startsWith('Connected to HubSpot account'), undefined, 20_000);
  return options;
}
