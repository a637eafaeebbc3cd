import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStepsDueNow } from './harness/extension-data';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { waitUntil, clickButton, controlByLabel, fillByLabel, selectByLabel, FirefoxLinkedInPage, textOf, valueByLabel } from './pages/firefox-pages';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('capture in Firefox', () => {
  it('the add-on installs, captures a profile, and the popup and sidebar pages show it', async () => {
    const profile = new FirefoxLinkedInPage(await session.newLinkedInPage());
    await profile.page.goto('https://www.linkedin.com/in/lukasz-zolc/');
    await profile.saveWithKeyboard();

    const popup = await session.showExtensionPage('popup.html');
    await expect.poll(() => textOf(popup, '[data-testid="lead-count"]'), { timeout: 15_000 }).toBe('1 lead');
    await expect.poll(() => textOf(popup, '.lead-list'), { timeout: 15_000 }).toContain('Łukasz Żółć');

    const panel = await session.showExtensionPage('sidepanel.html?view=list');
    await expect.poll(() => textOf(panel, '.lead-table'), { timeout: 15_000 }).toContain('Łukasz Żółć');
    // The live list (its search box is the live page's), not the first view's rows it replaces.
    await panel.waitForSelector('input[type="search"]');
    // And settled: its count is the last thing it draws (the rows above can move until then,
    // and a click aimed before they do lands beside the row).
    await expect.poll(() => textOf(panel, '.lead-table .table-head'), { timeout: 15_000 }).toContain('1 lead');
    await panel.click('.lead-table .row-button');
    await expect.poll(() => textOf(panel, 'h2.lead-name'), { timeout: 15_000 }).toBe('Łukasz Żółć');
    // "Dyrektor sprzedaży" fits the default persona: +5.
    await expect.poll(() => textOf(panel, '[data-testid="header-score"]'), { timeout: 15_000 }).toBe('Score 5');
  });

  it('a rule edited on the options page rescores the lead', async () => {
    const options = await session.showExtensionPage('options.html#scoring');
    await clickButton(options, 'Edit Fits the buyer persona');
    await fillByLabel(options, 'Points', '30');
    await clickButton(options, 'Save rules');
    await waitUntil(options, () => document.body.textContent?.includes('Rules saved'), undefined, 15_000);

    const panel = await session.showExtensionPage('sidepanel.html?view=list');
    await expect.poll(() => textOf(panel, '.lead-table'), { timeout: 15_000 }).toContain('30 SQL');
  });
});

describe('qualifying in the Firefox sidebar page', () => {
  it('stage, deal value, checklist and a touch survive a reload', async () => {
    const panel = await session.showExtensionPage('sidepanel.html?view=latest');
    // Firefox fires focus and blur only in the focused tab, and fields save on blur.
    await panel.bringToFront();
    await expect.poll(() => textOf(panel, 'h2.lead-name'), { timeout: 15_000 }).toBe('Łukasz Żółć');
    await selectByLabel(panel, 'Stage', 'demo');
    await expect.poll(() => textOf(panel, '[data-testid="header-stage"]'), { timeout: 15_000 }).toContain('Product demo');

    await fillByLabel(panel, 'Deal value', 'a lot');
    await panel.keyboard.press('Tab');
    await expect.poll(() => textOf(panel, '[role="alert"]'), { timeout: 15_000 }).toBe('Enter a number, like 25 000 or 25,000.50.');
    await fillByLabel(panel, 'Deal value', '12500.50');
    await panel.keyboard.press('Tab');
    await panel.click(await controlByLabel(panel, 'Budget'));
    await expect.poll(() => valueByLabel(panel, 'Budget'), { timeout: 15_000 }).toBe(true);
    await clickButton(panel, 'Meeting booked');
    await expect.poll(() => textOf(panel, '.timeline'), { timeout: 15_000 }).toContain('Meeting booked');

    const again = await session.showExtensionPage('sidepanel.html?view=latest');
    await expect.poll(() => textOf(again, 'h2.lead-name'), { timeout: 15_000 }).toBe('Łukasz Żółć');
    await expect.poll(() => valueByLabel(again, 'Stage'), { timeout: 15_000 }).toBe('demo');
    expect(await valueByLabel(again, 'Deal value')).toBe('12500.5');
    expect(await valueByLabel(again, 'Budget')).toBe(true);
    expect(await textOf(again, '.timeline')).toContain('Meeting booked');
  });
});

describe('follow-up sequences in Firefox', () => {
  it('enrol from the sidebar page, see the step due in the popup, and Connect on LinkedIn completes it', async () => {
    const profile = new FirefoxLinkedInPage(await session.newLinkedInPage());
    await profile.page.goto('https://www.linkedin.com/in/jane-doe/');
    await profile.saveWithKeyboard();

    const panel = await session.showExtensionPage('sidepanel.html?view=latest');
    await panel.bringToFront();
    await expect.poll(() => textOf(panel, 'h2.lead-name'), { timeout: 15_000 }).toBe('Jane Doe');
    await panel.select('select[aria-label="Sequence to enrol in"]', 'default-linkedin-email-5');
    await clickButton(panel, 'Enrol');
    await expect.poll(() => textOf(panel, '.sequence-section'), { timeout: 15_000 }).toContain('Step 1 of 5: Connect on LinkedIn');

    await makeStepsDueNow(panel, 'default-linkedin-email-5');
    const popup = await session.showExtensionPage('popup.html');
    await expect.poll(() => textOf(popup, '.due-steps'), { timeout: 15_000 }).toContain('Jane Doe');
    await expect.poll(() => textOf(popup, '.due-steps'), { timeout: 15_000 }).toContain('Connect on LinkedIn');

    await profile.page.bringToFront();
    await profile.page.click('button[aria-label="Invite Jane Doe to connect"]');
    await profile.page.click('[role="dialog"] button[aria-label="Send without a note"]');

    const again = await session.showExtensionPage('sidepanel.html?view=latest');
    await expect.poll(() => textOf(again, '.sequence-section'), { timeout: 15_000 }).toContain('Step 2 of 5: Thank them for connecting');
  });
});
