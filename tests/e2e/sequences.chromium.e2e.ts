import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorkers, launchChromium, stopExtensionWorker, type ChromiumSession } from './harness/chromium';
import { makeStepsDueNow, recheckReminders, storedRecords, tabIdOf } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';
import { PanelPage } from './pages/panel-page';
import { PopupPage } from './pages/popup-page';

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const FIVE = 'LinkedIn + e-mail, five touches';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

type StoredEnrolment = { id: string; leadId: string; stepIndex: number; status: string; dueAt?: number; remindedDueAt?: number };
type StoredActivity = { leadId: string; kind: string; stepId?: string; sequenceId?: string };

/** The toolbar badge as the rep sees it, read through the extension API from one of its pages. */
function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

describe('follow-up sequences (Chromium)', () => {
  it('enrol a captured lead, see the step due in the popup and badge, click Connect and see it logged and done', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);

    const panel = new PanelPage(await session.extensionPage(`sidepanel.html?tab=${await tabIdOf(session.worker, JANE)}`));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Jane Doe');
    await panel.page.getByRole('combobox', { name: 'Sequence to enrol in' }).selectOption({ label: FIVE });
    await panel.page.getByRole('button', { name: 'Enrol', exact: true }).click();
    await expect.poll(() => panel.page.getByRole('region', { name: 'Follow-up sequences' }).textContent()).toContain('Step 1 of 5: Connect on LinkedIn');
    await makeStepsDueNow(panel.page, 'default-linkedin-email-5');

    const popup = new PopupPage(await session.extensionPage('popup.html'));
    const card = popup.dueStep('Jane Doe', 'Connect on LinkedIn');
    await expect.poll(() => card.count()).toBe(1);
    // The message, filled for this lead, ready to copy.
    expect(await card.getByRole('textbox').inputValue()).toBe('Hi Jane, I work with sales teams like Acme Analytics’s. Happy to connect.');
    await expect.poll(() => badgeText(popup.page)).toBe('1');

    // The rep connects on LinkedIn: the touch is logged and the step completed, without typing.
    await profile.page.bringToFront();
    await profile.connectWithoutNote('Jane Doe');
    await expect.poll(() => profile.says('Invite logged on Jane Doe. Step done: Connect on LinkedIn.')).toBe(true);
    const enrolments = await storedRecords<StoredEnrolment>(session.worker, 'enrolments');
    expect(enrolments).toMatchObject([{ stepIndex: 1, status: 'active' }]);
    const invites = (await storedRecords<StoredActivity>(session.worker, 'activities')).filter((a) => a.kind === 'invite-sent');
    expect(invites).toMatchObject([{ leadId: enrolments[0]?.leadId, stepId: 'invite' }]);
    // The next step waits two business days: nothing is due today any more.
    await expect.poll(() => popup.dueStep('Jane Doe', 'Connect on LinkedIn').count()).toBe(0);
    await recheckReminders(popup.page);
    await expect.poll(() => badgeText(popup.page)).toBe('');
    expect(session.refused).toEqual([]);
    await Promise.all([panel.page.close(), popup.page.close()]);
  });

  it('a reminder alarm still fires after the service worker is stopped', async () => {
    const page = await session.extensionPage('popup.html');
    const [enrolment] = await storedRecords<StoredEnrolment>(session.worker, 'enrolments');
    if (!enrolment) throw new Error('no enrolment');
    // The waiting step falls due now, written behind the extension's back (as if the clock had jumped):
    // only an alarm can make the stopped worker notice it. Quiet hours are turned off the same way.
    // Written as the write layer stores a step whose reminder is unsent: `remindAt` is its due time.
    const dueAt = Date.now() - 1_000;
    await page.evaluate(
      ({ id, dueAt }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('prospecting-assistant');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['enrolments', 'settings'], 'readwrite');
            const store = tx.objectStore('enrolments');
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...get.result, dueAt, remindAt: dueAt, remindedDueAt: undefined });
            // Quiet hours (20:00–08:00 by default) would hold the reminder back when the suite runs in the evening.
            tx.objectStore('settings').put({ key: 'reminders', quiet: { enabled: false, startHour: 20, endHour: 8 }, updatedAt: Date.now() });
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { id: enrolment.id, dueAt },
    );
    const alarms = await session.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<{ name: string; periodInMinutes?: number }[]> } } }).chrome.alarms.getAll()).map((a) => [a.name, a.periodInMinutes ?? null]),
    );
    expect(alarms).toContainEqual(['sequence-reminders-tick', 1]);

    // Stop the worker, as Chrome does when it idles; a new worker target proves it was started again.
    const workerTargets = () => extensionWorkers(session);
    const before = await stopExtensionWorker(session, page);
    expect(before).toBeDefined();
    await expect.poll(async () => (await workerTargets()).includes(before ?? ''), { timeout: 10_000 }).toBe(false);

    // The alarm wakes it (within its one-minute period): the reminder is sent once and marked, and the badge counts the step.
    await expect.poll(async () => (await storedRecords<StoredEnrolment>(page, 'enrolments'))[0]?.remindedDueAt, { timeout: 90_000, interval: 1_000 }).toBe(dueAt);
    expect((await workerTargets()).length).toBe(1);
    await expect.poll(() => badgeText(page)).toBe('1');
    await page.close();
  });
});
