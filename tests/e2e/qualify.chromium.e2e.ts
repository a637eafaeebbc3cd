import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedRecords, tabIdOf } from './harness/extension-data';
import { seedLeads } from './harness/seed';
import { LinkedInPage } from './pages/linkedin-page';
import { OptionsPage } from './pages/options-page';
import { PanelPage } from './pages/panel-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

type StoredLead = { id: string; fullName?: string; stageId: string; dealValue?: number; currency?: string; bant: Record<string, { checked: boolean; note?: string }>; nextStep?: { text: string } };
type StoredChange = { leadId: string; at: number; fromStage?: string; toStage: string; kind: string; value?: number };

describe('qualifying a lead in the side panel (Chromium)', () => {
  it('stage, deal value, checklist, a touch and the next step survive a reload', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);

    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await panel.moveTo('demo');
    await expect.poll(() => panel.headerStage().textContent()).toContain('Product demo');

    // Bad values are refused at the field; nothing is stored.
    await panel.typeAndLeave('Deal value', '-300');
    await expect.poll(() => panel.alert().textContent()).toBe('A deal value cannot be negative.');
    await panel.typeAndLeave('Deal value', '24,000');
    await expect.poll(() => panel.alert().count()).toBe(0);
    await panel.tick('Budget');
    await panel.field('Budget: note').fill('<img src=x onerror=alert(1)> approved');
    await panel.field('Budget: note').blur();
    await panel.logTouch('Meeting booked');
    await expect.poll(() => panel.timeline().textContent()).toContain('Meeting booked');
    await panel.typeAndLeave('What is next', 'Send the proposal');

    await expect
      .poll(async () => (await storedRecords<StoredLead>(session.worker, 'leads')).find((l) => l.fullName === 'Jane Doe'))
      .toMatchObject({ stageId: 'demo', dealValue: 24_000, bant: { budget: { checked: true, note: '<img src=x onerror=alert(1)> approved' } }, nextStep: { text: 'Send the proposal' } });

    await panel.page.reload();
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await expect.poll(() => panel.stage().inputValue()).toBe('demo');
    expect(await panel.field('Deal value').inputValue()).toBe('24000');
    expect(await panel.bant('Budget').isChecked()).toBe(true);
    expect(await panel.field('Budget: note').inputValue()).toBe('<img src=x onerror=alert(1)> approved');
    expect(await panel.field('What is next').inputValue()).toBe('Send the proposal');
    expect(await panel.timeline().textContent()).toContain('Meeting booked');
    // Hostile text stayed text.
    expect(await panel.page.locator('img').count()).toBe(0);

    // Won asks for the final value; the history records every move.
    await panel.closeAsWon('26500');
    await expect.poll(() => panel.headerStage().textContent()).toContain('Won');
    await panel.page.getByText('Stage history').click();
    await expect.poll(() => panel.stageHistory().textContent()).toMatch(/won \(\$26,500\)/);
    const jane = (await storedRecords<StoredLead>(session.worker, 'leads')).find((l) => l.fullName === 'Jane Doe');
    const history = (await storedRecords<StoredChange>(session.worker, 'stageHistory')).filter((h) => h.leadId === jane?.id).sort((a, b) => a.at - b.at);
    expect(history.map((h) => [h.fromStage ?? null, h.toStage, h.kind])).toEqual([
      [null, 'new', 'change'],
      ['new', 'demo', 'change'],
      ['demo', 'won', 'won'],
    ]);
    expect(session.refused).toEqual([]);
    await Promise.all([profile.page.close(), panel.page.close()]);
  });

  it('a stage renamed on the options page shows in an open side panel', async () => {
    const panel = new PanelPage(await session.extensionPage('sidepanel.html?view=latest'));
    await expect.poll(() => panel.headerStage().textContent()).toContain('Won');
    const options = new OptionsPage(await session.extensionPage('options.html#pipeline'));
    await options.renameStage('Won', 'Closed won');
    await options.saveStages();
    await expect.poll(() => options.page.getByText('Stages saved.').count()).toBe(1);
    await expect.poll(() => panel.headerStage().textContent()).toContain('Closed won');
    await Promise.all([options.page.close(), panel.page.close()]);
  });
});

describe('the lead list on a seeded database (Chromium)', () => {
  // Seeded leads are deterministic: lead i is in stage i % 8 and tagged when i % 10 === 0.
  const LEADS = 2_400;

  it('searches, filters by stage and tag, and combines them', async () => {
    const list = new PanelPage(await session.extensionPage('sidepanel.html?view=list'));
    // Leads saved by the tests above are counted too.
    const earlier = await storedRecords<StoredLead>(session.worker, 'leads');
    const before = earlier.length;
    const earlierWon = earlier.filter((l) => l.stageId === 'won').length;
    await seedLeads(list.page, { leads: LEADS, activitiesPerLead: 1, now: Date.now() });
    await list.page.reload();
    await expect.poll(() => list.listCount().textContent()).toBe(`${(LEADS + before).toLocaleString('en')} leads`);
    await expect.poll(() => list.listItems().count()).toBeGreaterThan(5);

    await list.search().fill('lead 1234');
    await expect.poll(() => list.listCount().textContent()).toBe('1 lead');
    expect(await list.listItems().allTextContents()).toEqual([expect.stringContaining('Lead 1234')]);
    await list.search().fill('');

    await list.filter('Stage').selectOption('won');
    await expect.poll(() => list.listCount().textContent()).toBe(`${LEADS / 8 + earlierWon} leads`);
    for (const row of await list.listItems().allTextContents()) expect(row).toMatch(/ Closed won · /);

    await list.tagFilter().fill('inaccurate data');
    // Stage won (i % 8 === 6) and tagged (i % 10 === 0): i % 40 === 30.
    await expect.poll(() => list.listCount().textContent()).toBe(`${LEADS / 40} leads`);
    await list.filter('Stage').selectOption('');
    await expect.poll(() => list.listCount().textContent()).toBe(`${LEADS / 10} leads`);

    await list.tagFilter().fill('');
    await list.filter('Sort by').selectOption('value');
    await expect.poll(() => list.listCount().textContent()).toBe(`${(LEADS + before).toLocaleString('en')} leads`);
    // Jane won at 26,500; seeded deal values are 1,000 + (i % 50) × 500, so 25,500 at most.
    await expect.poll(() => list.listItems().first().textContent()).toContain('$26,500');
    expect(await list.listItems().nth(1).textContent()).toContain('$25,500');

    // Picking a row opens the lead.
    await list.listItems().first().click();
    await expect.poll(() => list.leadHeading().textContent()).toBe('Jane Doe');
    expect(session.refused).toEqual([]);
    await list.page.close();
  });
});
