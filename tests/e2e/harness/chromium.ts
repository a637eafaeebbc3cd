import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fixtureFor } from './fixture-server';
import { CHROME_BUILD, CHROMIUM_BIN } from './paths';

export type ChromiumSession = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
};

/** System Chromium with the built extension loaded, and the network closed except for fixtures. */
export async function launchChromium(extraFixtures: Record<string, string> = {}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pa-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
    ],
    viewport: { width: 1280, height: 900 },
  });
  // Every request is answered locally: LinkedIn URLs by fixtures, fixture pages by tests, the rest refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https:\/\/([a-z]{2,3}|www)\.linkedin\.com\//.test(url) && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureFor(url, extraFixtures) });
    }
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
