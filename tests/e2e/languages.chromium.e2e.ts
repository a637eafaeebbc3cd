import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { formatMessage } from '../../lib/i18n/message-format';
import type { Locale } from '../../lib/i18n/locales';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { englishOnPage } from './harness/english-text';
import { AxControl } from './harness/ax';
import { storedLeads } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

let session: ChromiumSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A message of the language, as the interface shows it. */
const say = (locale: Locale, key: keyof (typeof CATALOGS)['en'], values?: Record<string, string | number>) => formatMessage(CATALOGS[locale][key], values, locale);

describe.each(['pl', 'ro', 'ru'] as const)('the extension in a browser started in %s (Chromium)', (locale) => {
  it('captures a lead and shows the popup, side panel, options page and dashboard with no English left', async () => {
    session = await launchChromium({}, { locale });
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    const save = new AxControl(profile.page, 'button', say(locale, 'capture.saveLead'));
    await save.click();
    await expect.poll(() => profile.says(say(locale, 'capture.saved', { name: 'Jane Doe' }))).toBe(true);
    await expect.poll(async () => (await storedLeads(session!.worker)).length).toBe(1);
    const lead = (await storedLeads(session.worker))[0]!;

    const pages = {
      popup: 'popup.html',
      'side panel': `sidepanel.html?lead=${lead.id}`,
      options: 'options.html',
      dashboard: 'dashboard.html',
    };
    for (const [name, path] of Object.entries(pages)) {
      const page = await session.extensionPage(path);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { message: name }).toBe(locale);
      // Wait for the page to draw its data (a count, a name), then read everything a rep can see or hear.
      await expect.poll(() => page.evaluate(() => document.body.innerText.length), { timeout: 20_000 }).toBeGreaterThan(40);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      expect(await englishOnPage(page, locale), `${name} in ${locale}`).toEqual([]);
      await page.close();
    }
  });
});

describe('the language picked on the options page (Chromium, browser in English)', () => {
  it('reaches every page and the in-page control without a restart', async () => {
    session = await launchChromium();
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await expect.poll(() => profile.saveButton().isVisible()).toBe(true);
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('en');

    const options = await session.extensionPage('options.html');
    await options.getByLabel('Language').selectOption('ru');

    await expect.poll(() => options.evaluate(() => document.documentElement.lang), { timeout: 20_000 }).toBe('ru');
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang), { timeout: 20_000 }).toBe('ru');
    // The LinkedIn tab is not reloaded: its control is drawn again in Russian.
    await expect.poll(() => new AxControl(profile.page, 'button', say('ru', 'capture.saveLead')).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await englishOnPage(popup, 'ru')).toEqual([]);

    // Back to the browser's language.
    await options.getByLabel(say('ru', 'language.label')).selectOption('auto');
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang), { timeout: 20_000 }).toBe('en');
  });
});
