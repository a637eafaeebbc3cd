import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { DB_NAME, SCHEMA_VERSION } from '../../../lib/db/name';
import { fixtureFor } from './fixture-server';
import { CHROME_BUILD, CHROMIUM_BIN } from './paths';

export type ChromiumSession = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that would have left the machine (refused); the extension must make none. */
  refused: string[];
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
};

/** System Chromium with the built extension loaded, and the network closed except for fixtures. */
/** `locale` starts the browser in that UI language (both are needed: --lang for i18n.getUILanguage(), locale for navigator.language). */
/** `build` loads another build than .output/chrome-mv3 (the HubSpot e2e loads one whose manifest grants api.hubapi.com). */
export async function launchChromium(extraFixtures: Record<string, string> = {}, { locale, build = CHROME_BUILD }: { locale?: string; build?: string } = {}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pa-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    // Playwright turns extensions off by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      // Chromium no longer honours --load-extension; unpacked extensions are loaded over CDP.
      '--enable-unsafe-extension-debugging',
      ...(locale ? [`--lang=${locale}`] : []),
    ],
    // On Linux, Chromium takes its UI language (i18n.getUILanguage) from LANGUAGE, not from --lang, and
    // only when it has the language's pack (Debian's chromium-l10n, installed by .ci/run).
    ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale } } : {}),
    viewport: { width: 1280, height: 900 },
  });
  const refused: string[] = [];
  // Every request is answered locally: LinkedIn URLs by fixtures, fixture pages by tests, the rest refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https:\/\/([a-z]{2,3}|www)\.linkedin\.com\//.test(url) && route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureFor(url, extraFixtures) });
    }
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  const workerEvent = context.waitForEvent('serviceworker');
  await cdp.send('Extensions.loadUnpacked' as never, { path: build } as never);
  const worker = context.serviceWorkers()[0] ?? (await workerEvent);
  const extensionId = new URL(worker.url()).host;
  await databaseReady(worker);
  return {
    context,
    extensionId,
    worker,
    refused,
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

/** The ids of the extension's service-worker targets, as the browser lists them. */
export async function extensionWorkers(session: ChromiumSession): Promise<string[]> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    return targetInfos.filter((target) => target.type === 'service_worker' && target.url.includes(session.extensionId)).map((target) => target.targetId);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Stop the extension's service worker, as Chrome does when it idles, from one of its
 * pages; resolves with the stopped worker's target id once that target is gone (the
 * next event for the extension starts a new one).
 */
export async function stopExtensionWorker(session: ChromiumSession, page: Page): Promise<string | undefined> {
  const [before] = await extensionWorkers(session);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while (before !== undefined && (await extensionWorkers(session)).includes(before)) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return before;
}

/**
 * Waits until the background has created the extension's database at the build's schema
 * version. Tests seed and read it with raw IndexedDB from extension pages; an open without a
 * version that comes first would create an empty version-1 database, the app's upgrade would then
 * race it, and the seeding transaction would name stores that do not exist yet.
 */
async function databaseReady(worker: Worker): Promise<void> {
  const version = SCHEMA_VERSION * 10; // Dexie's native version is ten times its own
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await worker.evaluate(
      async ({ name }) => (await indexedDB.databases()).find((db) => db.name === name)?.version ?? 0,
      { name: DB_NAME },
    );
    if (found >= version) return;
    if (Date.now() > deadline) throw new Error(`the extension's database is at version ${found}, not ${version}, 20 s after install`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
