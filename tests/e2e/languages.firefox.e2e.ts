import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { formatMessage } from '../../lib/i18n/message-format';
import type { Locale } from '../../lib/i18n/locales';
import { OPTIONS_SECTIONS } from '../../lib/options/sections';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { englishOnPage } from './harness/english-text';
import { clickButton, selectByLabel, waitUntil } from './pages/firefox-pages';

/**
 * Firefox in another language: the rep picks Polish on the options page (Debian's Firefox has
 * no Polish language pack, so the browser itself stays English), loads the demo, and every
 * screen is drawn in Polish with no English left: catalog chunks, the options sections and
 * the live figures all load in Firefox as in Chromium (languages.chromium.e2e.ts).
 */
const LOCALE: Locale = 'pl';
const say = (key: keyof (typeof CATALOGS)['en'], values?: Record<string, string | number>) => formatMessage(CATALOGS[LOCALE][key], values, LOCALE);

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

/** The first demo lead with a deal, read from the add-on's own database (an extension page may open it). */
async function demoLeadId(page: Page): Promise<string> {
  return waitUntil(
    page,
    () =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onsuccess = () => {
          const db = open.result;
          const cursor = db.transaction('leads').objectStore('leads').openCursor();
          cursor.onsuccess = () => {
            const row = cursor.result;
            if (!row) return resolve(undefined), db.close();
            const lead = row.value as { id: string; dealValue?: number };
            if (lead.id.startsWith('demo-') && lead.dealValue) return resolve(lead.id), db.close();
            row.continue();
          };
          cursor.onerror = () => resolve(undefined);
        };
        open.onerror = () => resolve(undefined);
      }),
    undefined,
    30_000,
  );
}

/** Drawn in the language: <html lang>, some text, and nothing still loading. */
async function drawnInLanguage(page: Page, name: string): Promise<void> {
  const loading = say('common.loading');
  await waitUntil(
    page,
    (text) => document.documentElement.lang === 'pl' && document.readyState === 'complete' && document.body.innerText.length > 40 && !document.body.innerText.includes(text ?? ''),
    loading,
    20_000,
  ).catch((error: unknown) => {
    throw new Error(`${name}: ${String(error)}`);
  });
}

describe('the extension in Polish, picked on the options page (Firefox)', () => {
  it('shows no English on the popup, side panel, lead list, dashboard or any options section', async () => {
    const options = await session.showExtensionPage('options.html');
    // Still English: the check finds it (it reads Firefox pages, it is not vacuous).
    await waitUntil(options, () => document.documentElement.lang === 'en' && document.querySelector('h2') !== null, undefined);
    expect((await englishOnPage(options, LOCALE)).length).toBeGreaterThan(5);
    await selectByLabel(options, 'Language', LOCALE);
    await waitUntil(options, () => document.documentElement.lang === 'pl', undefined, 20_000);

    await session.showExtensionPage('options.html#data');
    await clickButton(options, say('demo.load'));
    const leadId = await demoLeadId(options);

    const views: [string, string][] = [
      ['popup', 'popup.html'],
      ['sidepanel', `sidepanel.html?lead=${leadId}`],
      ['sidepanel-list', 'sidepanel.html?view=list'],
      ['dashboard', 'dashboard.html'],
      ...OPTIONS_SECTIONS.map((section): [string, string] => [`options-${section}`, `options.html#${section}`]),
    ];
    for (const [name, path] of views) {
      const page = await session.showExtensionPage(path);
      await drawnInLanguage(page, name);
      if (name === 'popup') await waitUntil(page, () => document.querySelector('[data-testid="velocity-value"]')?.textContent?.match(/\d/), undefined, 20_000);
      expect(await englishOnPage(page, LOCALE), `${name} in Firefox, ${LOCALE}`).toEqual([]);
    }
  });
});
