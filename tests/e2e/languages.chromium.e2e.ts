import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { formatMessage } from '../../lib/i18n/message-format';
import type { Locale } from '../../lib/i18n/locales';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { englishOnPage } from './harness/english-text';
import { AxControl } from './harness/ax';
import { storedLeads } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';
import { extensionViews, openView, OPTIONS_SECTIONS } from './pages/extension-views';
import { describeOverflows, findOverflows } from './harness/overflow';
import type { Page } from 'playwright-core';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

let session: ChromiumSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Wait until a view has drawn in the language (a language-neutral stand-in for the views' own English waits). */
function drawnIn(locale: Locale, name: string) {
  return async (page: Page) => {
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { message: name }).toBe(locale);
    const section = /^options-(.+)$/.exec(name)?.[1];
    if (section) await page.locator(`section#${section}`).getByRole('heading', { level: 2 }).first().waitFor();
    else if (name === 'popup') await page.getByTestId('lead-count').filter({ hasText: /\d/ }).waitFor();
    else await expect.poll(() => page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(40);
    // Live queries settle: nothing still says it is loading.
    await expect.poll(() => page.evaluate((loading) => document.body.innerText.includes(loading), CATALOGS[locale]['common.loading'])).toBe(false);
  };
}

/** A message of the language, as the interface shows it. */
const say = (locale: Locale, key: keyof (typeof CATALOGS)['en'], values?: Record<string, string | number>) => formatMessage(CATALOGS[locale][key], values, locale);

describe.each(['pl', 'ro', 'ru'] as const)('the extension in a browser started in %s (Chromium)', (locale) => {
  it('captures a lead; the popup (within its width), side panel, lead list, dashboard and every options section show no English', async () => {
    session = await launchChromium({}, { locale });
    // The demo pipeline, loaded as a rep would in this language: the popup then shows every figure it can.
    const data = await session.extensionPage('options.html#data');
    await data.getByRole('button', { name: say(locale, 'demo.load') }).click();
    await expect.poll(async () => (await storedLeads(session!.worker)).length, { timeout: 30_000 }).toBeGreaterThan(100);
    await data.close();
    const demoLeads = (await storedLeads(session.worker)).length;

    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    const save = new AxControl(profile.page, 'button', say(locale, 'capture.saveLead'));
    await save.click();
    await expect.poll(() => profile.says(say(locale, 'capture.saved', { name: 'Jane Doe' }))).toBe(true);
    await expect.poll(async () => (await storedLeads(session!.worker)).length).toBe(demoLeads + 1);
    const lead = (await storedLeads(session.worker)).find((l) => l.fullName === 'Jane Doe')!;

    // Every screen a rep opens, each options section included, drawn in the language with the lead loaded.
    for (const view of extensionViews({ id: lead.id, fullName: lead.fullName, stageId: 'new', score: 0 }, OPTIONS_SECTIONS)) {
      const page = await openView(session, { ...view, ready: drawnIn(locale, view.name) }, 'light');
      expect(await englishOnPage(page, locale), `${view.name} in ${locale}`).toEqual([]);
      // Polish and Russian run longer than English: nothing may run past the popup's width.
      if (view.name === 'popup') {
        const overflows = await findOverflows(page);
        expect(overflows, describeOverflows(overflows)).toEqual([]);
      }
      await page.close();
    }
  });
});

describe('the language picked on the options page (Chromium, browser in English)', () => {
  it('reaches every page and the in-page control without a restart', async () => {
    session = await launchChromium();
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    // Right after launch on a loaded machine the control can take seconds to appear (poll's default is 1 s).
    await expect.poll(() => profile.saveButton().isVisible(), { timeout: 20_000 }).toBe(true);
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang), { timeout: 20_000 }).toBe('en');

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
