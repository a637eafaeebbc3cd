import { createZip } from '@aklinker1/zero-zip';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { FIREFOX_ORIGIN, FIREFOX_UUID } from './firefox';
import { FIREFOX_BIN, FIREFOX_BUILD } from './paths';

/**
 * Firefox with the add-on installed for good, to test what happens across a browser
 * restart. A temporary add-on (installExtension) is gone after a restart, and installing
 * it again fires onInstalled; instead Firefox ESR loads an unsigned XPI named after the
 * gecko id from the profile's extensions/ folder, and keeps it, with signatures not
 * required and no scope auto-disabled.
 */
export type FirefoxProfile = {
  dir: string;
  /** Start Firefox on this profile with one of the add-on's pages open (popup.html…). */
  start(path: string): Promise<{ browser: Browser; page: Page }>;
  remove(): void;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** An XPI is a zip with manifest.json at its root. */
async function writeXpi(build: string, target: string): Promise<void> {
  const zip = createZip();
  for (const file of filesUnder(build)) zip.addFile(relative(build, file).split('\\').join('/'), readFileSync(file));
  writeFileSync(target, await zip.toBuffer());
}

/** Wait for the add-on's page Firefox was started on; its reported URL can lag, so ask the page. */
async function findExtensionPage(firefox: Browser): Promise<Page> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const page of await firefox.pages()) {
      const ready = await page.evaluate(() => location.href.startsWith('moz-extension://') && typeof browser !== 'undefined').catch(() => false);
      if (ready && (await page.evaluate(() => location.origin)) === FIREFOX_ORIGIN) return page;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Firefox did not open the add-on page: is the add-on installed and enabled in the profile?');
}

export async function firefoxProfileWithAddon(): Promise<FirefoxProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'pa-firefox-profile-'));
  mkdirSync(join(dir, 'extensions'));
  await writeXpi(FIREFOX_BUILD, join(dir, 'extensions', `${GECKO_ID}.xpi`));
  return {
    dir,
    async start(path) {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_BIN,
        headless: true,
        userDataDir: dir,
        // BiDi will not navigate to moz-extension://, but a URL on the command line opens.
        args: [`${FIREFOX_ORIGIN}/${path}`],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
          'xpinstall.signatures.required': false,
          'extensions.autoDisableScopes': 0,
          'network.proxy.type': 0,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'app.update.enabled': false,
          'extensions.update.enabled': false,
        },
      });
      try {
        return { browser, page: await findExtensionPage(browser) };
      } catch (error) {
        await browser.close();
        throw error;
      }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
