import { DB_NAME, SCHEMA_VERSION } from '../../../lib/db/name';
import { waitUntil } from '../pages/firefox-pages';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { fixtureFor } from './fixture-server';
import { FIREFOX_BIN, FIREFOX_BUILD } from './paths';

// A fixed internal UUID for the add-on, so its pages have a known moz-extension:// origin.
export const FIREFOX_UUID = '4b7f3c2e-9a51-4d8e-b6a0-2f1c9e7d5a31';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export type FirefoxSession = {
  browser: Browser;
  /** The tab the add-on opened on install (its welcome page), usable to reach its other pages. */
  extensionTab: Page;
  /** Show one of the add-on's pages (popup.html, sidepanel.html…) in that tab. */
  showExtensionPage(path: string): Promise<Page>;
  newLinkedInPage(): Promise<Page>;
  close(): Promise<void>;
};

/** Answer LinkedIn documents from fixtures and refuse every other request. */
async function closeNetwork(page: Page, extra: Record<string, string>) {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (/^https:\/\/([a-z]{2,3}|www)\.linkedin\.com\//.test(url) && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureFor(url, extra) });
    } else if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('about:')) {
      void request.continue();
    } else {
      void request.abort('blockedbyclient');
    }
  });
}

/** The add-on opens its options page on install; find that tab (its reported URL can lag, so ask the page). */
async function findExtensionTab(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(FIREFOX_ORIGIN)) return page;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the add-on did not open its welcome page');
}

export type FirefoxLaunchOptions = {
  /** More prefs, over the harness's (a proxy for api.hubapi.com, the optional-permission prompt off). */
  prefs?: Record<string, string | number | boolean>;
  /** Accept any certificate, for the whole browser (the HubSpot proxy's, hubspot/firefox-proxy.ts). */
  acceptInsecureCerts?: boolean;
};

export async function launchFirefox(extraFixtures: Record<string, string> = {}, options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'pa-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'xpinstall.signatures.required': false,
      'network.proxy.type': 0,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionTab = await findExtensionTab(browser);
  // The background creates the database; a test's raw IndexedDB open that came first would make
  // an empty version-1 one and race the app's upgrade (Dexie's native version is ten times its own).
  await waitUntil(
    extensionTab,
    async (expected) => {
      const [name, version] = (expected ?? '').split('@');
      return ((await indexedDB.databases()).find((db) => db.name === name)?.version ?? 0) >= Number(version);
    },
    `${DB_NAME}@${SCHEMA_VERSION * 10}`,
    20_000,
  );
  return {
    browser,
    extensionTab,
    async showExtensionPage(path) {
      // BiDi refuses to navigate to moz-extension:// itself; the add-on's own page may.
      const url = `${FIREFOX_ORIGIN}/${path}`;
      await extensionTab.evaluate((next) => location.assign(next), url);
      await waitUntil(extensionTab, (next) => location.href === next && document.readyState === 'complete', url);
      return extensionTab;
    },
    async newLinkedInPage() {
      const page = await browser.newPage();
      await closeNetwork(page, extraFixtures);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
