import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ROOT } from './harness/paths';
import { OptionsPage } from './pages/options-page';
import { OPTIONS_SECTIONS } from './pages/extension-views';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** The ids of the sections a person can see (the others are hidden). */
async function shownSections(options: OptionsPage): Promise<string[]> {
  const shown: string[] = [];
  for (const id of OPTIONS_SECTIONS) if (await options.section(id).isVisible()) shown.push(id);
  return shown;
}

describe('the options page, one section at a time (Chromium)', () => {
  it('shows the section its hash names, follows the navigation and Back, and falls back to the first section', async () => {
    const options = new OptionsPage(await session.extensionPage('options.html'));
    // No hash: the first section, the welcome above it.
    await expect.poll(() => shownSections(options)).toEqual(['scoring']);
    expect(await options.currentLink().textContent()).toBe('Lead scoring');
    expect(await options.page.getByRole('heading', { level: 1 }).textContent()).toBe('Prospecting Assistant');
    expect(await options.page.getByText(/^Welcome\. Save leads from LinkedIn/).isVisible()).toBe(true);
    expect(await options.nav().getByRole('link').allTextContents()).toEqual([
      'Lead scoring',
      'Pipeline stages',
      'Follow-up sequences',
      'Metrics',
      'Your data',
      'CRM',
      'Privacy and storage',
      'Diagnostics',
    ]);

    // A nav link: the URL carries the deep link, one section shows, the link says it is current.
    await options.show('Privacy and storage', 'privacy');
    expect(new URL(options.page.url()).hash).toBe('#privacy');
    await expect.poll(() => shownSections(options)).toEqual(['privacy']);
    expect(await options.currentLink().textContent()).toBe('Privacy and storage');
    // The permissions are explained under privacy.
    expect(await options.page.getByRole('heading', { name: 'Why the extension asks for what it asks' }).isVisible()).toBe(true);

    // From the keyboard: Tab to a link, Enter; the section shown takes the focus.
    await options.navLink('CRM').focus();
    await options.page.keyboard.press('Enter');
    await expect.poll(() => shownSections(options)).toEqual(['crm']);
    expect(await options.page.evaluate(() => document.activeElement?.getAttribute('data-section'))).toBe('crm');
    expect(await options.section('crm').getByTestId('crm-status').textContent()).toBe('No CRM is connected.');
    expect(await options.section('crm').textContent()).toContain('Nothing leaves this browser');

    // Back follows the hash.
    await options.page.goBack();
    await expect.poll(() => shownSections(options)).toEqual(['privacy']);

    // An unknown hash shows the first section.
    await options.page.evaluate(() => (location.hash = '#nowhere'));
    await expect.poll(() => shownSections(options)).toEqual(['scoring']);
    expect(await options.currentLink().textContent()).toBe('Lead scoring');
    await options.page.close();
  });

  it.each(OPTIONS_SECTIONS)('opens straight on #%s', async (id) => {
    const options = new OptionsPage(await session.extensionPage(`options.html#${id}`));
    await expect.poll(() => shownSections(options)).toEqual([id]);
    expect(await options.currentLink().getAttribute('href')).toBe(`#${id}`);
    await options.page.close();
  });

  it('says in diagnostics which extension version, browser and language it runs in', async () => {
    const options = new OptionsPage(await session.extensionPage('options.html#diagnostics'));
    const diagnostics = options.section('diagnostics');
    await expect.poll(() => diagnostics.getByTestId('diag-version').textContent()).toBe((JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version);
    expect(await diagnostics.getByTestId('diag-browser').textContent()).toMatch(/^Chrome \d+\.\d+/);
    expect(await diagnostics.getByTestId('diag-language').textContent()).toMatch(/^[a-z]{2}(-[A-Za-z]{2})?$/);
    await options.page.close();
    expect(session.refused).toEqual([]);
  });
});
