import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedLeads, tabIdOf } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';
import { PanelPage } from './pages/panel-page';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const ALICE = 'https://www.linkedin.com/in/alice-anders/';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

// Fixtures are self-contained, so any request that reached the router's refusal came from us.
const expectNoTraffic = () => expect(session.refused).toEqual([]);

describe('capture in Chromium', () => {
  it('saves a profile with one click and shows it in the popup and the side panel', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    await expect.poll(() => profile.openInPanelButton().isVisible()).toBe(true);

    const popup = new PopupPage(await session.extensionPage('popup.html'));
    await expect.poll(() => popup.leadCount().textContent()).toBe('1 lead');
    await expect.poll(() => popup.recentLead('Jane Doe').textContent()).toContain('Head of Sales');

    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await expect.poll(() => panel.field('Company').inputValue()).toBe('Acme Analytics');
    await expect.poll(() => panel.field('Location').inputValue()).toBe('Boston, Massachusetts, United States');

    // An edit in the panel is kept, and a later capture does not overwrite it.
    await panel.openSection('Contact details and notes');
    await panel.field('Title').fill('VP Sales (edited)');
    await expect.poll(async () => (await storedLeads(session.worker)).find((l) => l.fullName === 'Jane Doe')?.title).toBe('VP Sales (edited)');
    await profile.page.reload();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    await profile.savedButton('Jane Doe').click();
    await expect.poll(() => profile.says('Lead updated: Jane Doe')).toBe(true);
    const janes = (await storedLeads(session.worker)).filter((l) => l.linkedinUrl === JANE);
    expect(janes).toHaveLength(1);
    expect(janes[0]?.title).toBe('VP Sales (edited)');
    await Promise.all([profile.page.close(), popup.page.close(), panel.page.close()]);
  });

  it('follows in-page navigation: moving to another profile saves the new one, never the previous', async () => {
    const tab = await LinkedInPage.open(await session.context.newPage(), ALICE);
    await expect.poll(() => tab.saveButton().isVisible()).toBe(true);
    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, ALICE)}`));
    await expect.poll(() => panel.page.getByText('This page has no saved lead.').count()).toBe(1);

    await tab.clickProfileLink('Bob Brown');
    await expect.poll(() => tab.page.url()).toBe('https://www.linkedin.com/in/bob-brown/');
    // Click at once: the fixture draws Bob only 300 ms after the URL changes.
    await tab.save();
    await expect.poll(() => tab.savedButton('Bob Brown').count()).toBe(1);

    const stored = await storedLeads(session.worker);
    const bob = stored.find((l) => l.linkedinUrl === 'https://www.linkedin.com/in/bob-brown/');
    expect(bob).toMatchObject({ fullName: 'Bob Brown', title: 'Staff Engineer', companyName: 'Globex Corporation' });
    expect(stored.some((l) => l.fullName === 'Alice Anders')).toBe(false);
    // The panel follows the tab to Bob's profile.
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Bob Brown');

    // Back to Alice in-page: the button is fresh again and saves Alice.
    await tab.clickProfileLink('Alice Anders');
    await expect.poll(() => tab.saveButton().isVisible()).toBe(true);
    await tab.save();
    await expect.poll(() => tab.savedButton('Alice Anders').count()).toBe(1);
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Alice Anders');
    await Promise.all([tab.page.close(), panel.page.close()]);
  });

  it('saving the same profile from two tabs at the same moment gives one lead', async () => {
    const url = 'https://www.linkedin.com/in/mei-tanaka/';
    const [a, b] = await Promise.all([
      LinkedInPage.open(await session.context.newPage(), url),
      LinkedInPage.open(await session.context.newPage(), url),
    ]);
    await Promise.all([a.saveButton().waitFor(), b.saveButton().waitFor()]);
    await Promise.all([a.save(), b.save()]);
    await expect.poll(async () => (await a.says(/Lead (saved|updated): Mei Tanaka/)) && (await b.says(/Lead (saved|updated): Mei Tanaka/))).toBe(true);
    const meis = (await storedLeads(session.worker)).filter((l) => l.linkedinUrl === url);
    expect(meis).toHaveLength(1);
    await Promise.all([a.page.close(), b.page.close()]);
  });

  it('a hostile name is stored and shown as characters and runs nothing', async () => {
    const page = await session.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const eve = await LinkedInPage.open(page, 'https://www.linkedin.com/in/eve-hacker/');
    await eve.save();
    const literal = `<img src=x onerror="document.title='pwned'">Eve Hacker`;
    await expect.poll(() => eve.savedButton(literal).count()).toBe(1);
    expect(await page.title()).not.toBe('pwned');

    const popup = new PopupPage(await session.extensionPage('popup.html'));
    await expect.poll(() => popup.recentLead('Eve Hacker').textContent()).toContain(literal);
    expect(await popup.page.locator('img').count()).toBe(0);
    expect(await popup.page.title()).not.toBe('pwned');

    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, 'https://www.linkedin.com/in/eve-hacker/')}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe(literal);
    expect(await panel.page.locator('img').count()).toBe(0);
    const stored = (await storedLeads(session.worker)).find((l) => l.linkedinUrl === 'https://www.linkedin.com/in/eve-hacker/');
    expect(stored?.fullName).toBe(literal);
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), popup.page.close(), panel.page.close()]);
  });

  it('shows no button on pages that are not profiles, and the list finds saved leads', async () => {
    for (const url of ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/search/results/people/?keywords=sales', 'https://www.linkedin.com/messaging/thread/2-YWJjZGVmZ2hpams=/']) {
      const page = await LinkedInPage.open(await session.context.newPage(), url);
      await page.page.waitForTimeout(300);
      expect(await page.saveButton().count()).toBe(0);
      await page.page.close();
    }
    const list = new PanelPage(await session.extensionPage('sidepanel.html?view=list'));
    await list.search().fill('globex');
    await expect.poll(() => list.listItems().allTextContents()).toEqual([expect.stringContaining('Bob Brown')]);
    await list.search().fill('');
    await expect.poll(() => list.listItems().count()).toBeGreaterThanOrEqual(4);
    await list.page.close();
  });

  it('saves a company page as a company', async () => {
    const company = await LinkedInPage.open(await session.context.newPage(), 'https://www.linkedin.com/company/northwind-robotics/');
    await company.save();
    await expect.poll(() => company.says(/Company saved: Northwind Robotics/)).toBe(true);
    await company.page.close();
  });

  it('"Save this page" in the popup reads the page into a form the rep confirms', async () => {
    const url = 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz';
    const lead = await LinkedInPage.open(await session.context.newPage(), url);
    await lead.saveButton().waitFor();
    const popup = new PopupPage(await session.extensionPage(`popup.html?tab=${await tabIdOf(session.worker, url)}`));
    await popup.page.getByRole('button', { name: 'Save this page' }).click();
    const name = popup.page.getByLabel('Name', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('Olivia Martinez');
    await popup.page.getByLabel('E-mail').fill('olivia@example.com');
    await popup.page.getByRole('button', { name: 'Save lead' }).click();
    await expect.poll(() => popup.page.getByRole('status').filter({ hasText: 'Lead saved' }).textContent()).toContain('Lead saved: Olivia Martinez');
    const olivia = (await storedLeads(session.worker)).find((l) => l.fullName === 'Olivia Martinez');
    expect(olivia).toMatchObject({ email: 'olivia@example.com' });
    // The in-page button learns the lead is saved on its next look-up.
    await lead.page.reload();
    await expect.poll(() => lead.savedButton('Olivia Martinez').count()).toBe(1);
    await Promise.all([lead.page.close(), popup.page.close()]);
  });

  it('"Save this page" on a page that is no profile reads it in the page: its data, and the number and address printed in the block naming the person', async () => {
    const url = 'https://www.linkedin.com/pulse/jak-skrocic-cykl-sprzedazy-jan-kowalski/';
    const article = await session.context.newPage();
    await article.goto(url);
    const popup = new PopupPage(await session.extensionPage(`popup.html?tab=${await tabIdOf(session.worker, url)}`));
    await popup.page.getByRole('button', { name: 'Save this page' }).click();
    await expect.poll(() => popup.page.getByLabel('Name', { exact: true }).inputValue()).toBe('Jan Kowalski');
    expect(await popup.page.getByLabel('Phone').inputValue()).toBe('+48 600 111 222');
    expect(await popup.page.getByLabel('E-mail').inputValue()).toBe('jan.kowalski@drewbud.example');
    // The footer's fax is no phone; the line says where the values came from.
    await expect.poll(() => popup.page.getByText(/^Found on this page:/).textContent()).toBe('Found on this page: structured data, page text');
    await popup.page.getByRole('button', { name: 'Save lead' }).click();
    await expect.poll(() => popup.page.getByRole('status').filter({ hasText: 'Lead saved' }).textContent()).toContain('Lead saved: Jan Kowalski');
    const jan = (await storedLeads(session.worker)).find((l) => l.fullName === 'Jan Kowalski');
    expect(jan).toMatchObject({ phone: '+48 600 111 222', email: 'jan.kowalski@drewbud.example', companyName: 'Drewbud Sp. z o.o.' });
    // The list finds him by what a rep pastes: the whole e-mail, or the number without its country code.
    const list = new PanelPage(await session.extensionPage('sidepanel.html?view=list'));
    for (const typed of ['jan.kowalski@drewbud.example', '600111222']) {
      await list.search().fill(typed);
      await expect.poll(() => list.listItems().allTextContents()).toEqual([expect.stringContaining('Jan Kowalski')]);
    }
    expectNoTraffic();
    await Promise.all([article.close(), popup.page.close(), list.page.close()]);
  });

  it('a rule edited on the options page changes a captured lead\'s score and label in the side panel', async () => {
    const url = 'https://www.linkedin.com/in/noor-haddad/';
    const profile = await LinkedInPage.open(await session.context.newPage(), url);
    await profile.save();
    // Only the title and meta tags name Noor (the top card never rendered): the rep checks, then saves.
    await profile.saveCheckedButton().click();
    await expect.poll(() => profile.savedButton('Noor Haddad').count()).toBe(1);
    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, url)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Noor Haddad');
    await expect.poll(() => panel.page.getByTestId('header-score').textContent()).toBe('Score 0');

    // Sales-ops adds a rule: title contains "marketing" gives 25 points, past the SQL threshold.
    const options = new OptionsPage(await session.extensionPage('options.html#scoring'));
    await options.page.getByLabel('New rule based on').selectOption({ label: 'Lead field' });
    await options.page.getByRole('button', { name: 'Add rule', exact: true }).click();
    await options.page.getByLabel('Rule name').fill('Marketing title');
    await options.page.getByLabel('Field', { exact: true }).selectOption({ label: 'Title' });
    await options.page.getByLabel('Condition', { exact: true }).selectOption({ label: 'contains' });
    await options.page.getByLabel('Value', { exact: true }).fill('marketing');
    // A bad value is refused next to the field, and nothing can be saved meanwhile.
    await options.setPoints('5000');
    await expect.poll(() => options.points().getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => options.saveButton().isDisabled()).toBe(true);
    await options.setPoints('25');
    await expect.poll(() => options.saveButton().isEnabled()).toBe(true);
    // The live preview counts the lead as SQL under the draft, before saving.
    await expect.poll(() => options.page.getByText(/SQL: \d+ → \d+/).textContent()).toMatch(/SQL: 0 → [1-9]/);
    await options.saveButton().click();

    await expect.poll(() => panel.page.getByTestId('header-score').textContent(), { timeout: 15_000 }).toBe('Score 25');
    await expect.poll(() => panel.page.locator('.lead-header .badge').textContent()).toBe('SQL');
    await panel.openSection('Score');
    await expect.poll(() => panel.page.getByRole('list', { name: 'How the score is made' }).textContent()).toContain('Marketing title');
    await Promise.all([profile.page.close(), panel.page.close(), options.page.close()]);
  });

  it('made no network request of its own through all of the above', () => {
    expectNoTraffic();
  });
});
