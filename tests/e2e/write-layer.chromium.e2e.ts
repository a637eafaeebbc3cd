import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedRecords, tabIdOf } from './harness/extension-data';
import { english } from './harness/english';
import { LinkedInPage } from './pages/linkedin-page';
import { PanelPage } from './pages/panel-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

type Notified = { id: string; title: string; message: string };

/** Record the notifications the background creates (a headless browser shows none). */
async function recordNotifications(): Promise<void> {
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: { notifications: { create(id: string, options: { title: string; message: string }): Promise<string> } }; __notified?: Notified[] };
    g.__notified = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (id, options) => {
      g.__notified!.push({ id, title: options.title, message: options.message });
      return create(id, options);
    };
  });
}
// SQL notifications only: the SQL label also enrols the lead in the sequence whose first step is
// due at once, and outside quiet hours its reminder is notified too (by time of day, not by this test).
const notified = async () => (await session.worker.evaluate(() => (globalThis as unknown as { __notified?: Notified[] }).__notified ?? [])).filter((n) => n.title === english('notify.sqlTitle'));

describe('one write path, in Chromium', () => {
  it('a lead labelled SQL in the side panel (a page write) is notified once by the background, logged, and enrolled', async () => {
    await recordNotifications();
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    const [lead] = await storedRecords<{ id: string; scoreLabel: string }>(session.worker, 'leads');
    expect(lead?.scoreLabel).not.toBe('sql');

    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await panel.openSection('Score');
    await panel.page.getByLabel('Label').selectOption('sql');

    // The page's write recorded the crossing; the page told the background, which notified it.
    await expect.poll(notified).toEqual([expect.objectContaining({ id: `lead:${lead!.id}`, message: expect.stringContaining('Jane Doe') })]);
    // Asked again (a page, the minute's check): already told, never twice.
    await panel.page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'crossings.check' }));
    await expect.poll(async () => (await storedRecords<{ key: string; notifiedThrough?: number }>(session.worker, 'jobs')).find((j) => j.key === 'crossings')?.notifiedThrough).toBe(1);
    expect(await notified()).toHaveLength(1);

    // The change log holds the capture (the rep's), the label (the rep's), and the enrolment the SQL trigger made (the extension's).
    const changes = await storedRecords<{ table: string; key: string; kind: string; origin: string; fields?: string[] }>(session.worker, 'changes');
    expect(changes.filter((c) => c.key === lead!.id).map((c) => [c.table, c.kind, c.origin])).toEqual([
      ['leads', 'create', 'rep'],
      ['leads', 'update', 'rep'],
    ]);
    expect(changes.find((c) => c.key === lead!.id && c.kind === 'update')?.fields).toEqual(expect.arrayContaining(['scoreLabel', 'labelByHand', 'sqlAt']));
    // (Outside quiet hours the step's reminder also updates the enrolment: the extension's too.)
    const enrolmentChanges = changes.filter((c) => c.table === 'enrolments');
    expect(enrolmentChanges.filter((c) => c.kind === 'create').map((c) => c.origin)).toEqual(['extension']);
    expect(enrolmentChanges.every((c) => c.origin === 'extension')).toBe(true);
    expect(session.refused).toEqual([]);
  });
});
