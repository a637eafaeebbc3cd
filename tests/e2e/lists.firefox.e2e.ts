import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { realPagePath } from './harness/real-pages';
import { waitUntil } from './pages/firefox-pages';

/**
 * "Save people from lists" in Firefox, on the real people-search page. Firefox has no
 * accessibility tree over BiDi, so the rep's keyboard does it: focus the first link of
 * a result, Shift+Tab back into our "Select" control just before it, Enter; then Tab
 * to the "Save selected" bar and Enter. The database is read from the add-on's page.
 */
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=x';
const FEED = 'https://www.linkedin.com/feed/';
const profile = (id: string) => `https://www.linkedin.com/in/${id}/`;

type StoredLead = { id: string; fullName?: string; linkedinUrl?: string; headline?: string; location?: string; source?: string };
type Change = { seq: number; table: string; kind: string };

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox({
    '/search/results/people/': realPagePath('14-li-search-people-2025.html'),
    '/feed/': realPagePath('13-li-feed-2025.html'),
  });
});
afterAll(async () => {
  await session?.close();
});

/** A table of the add-on's database, read in its own page. */
async function stored<T>(store: string): Promise<T[]> {
  const page = session.extensionTab;
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  ) as Promise<T[]>;
}

/** Tick a person: focus their result's first link, Shift+Tab into our control just before the result, Enter. */
async function tick(page: Page, name: string): Promise<void> {
  await page.evaluate((wanted) => {
    const host = [...document.querySelectorAll('prospecting-assistant-pick')].find((h) => h.nextElementSibling?.textContent?.includes(wanted));
    (host?.nextElementSibling?.querySelector('a[href], button') as HTMLElement | null)?.focus();
  }, name);
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  const inOurs = await page.evaluate((wanted) => {
    const active = document.activeElement;
    return active?.localName === 'prospecting-assistant-pick' && Boolean(active.nextElementSibling?.textContent?.includes(wanted));
  }, name);
  if (!inOurs) throw new Error(`Shift+Tab did not reach the control of ${name}`);
  await page.keyboard.press('Enter');
}

/**
 * Tab into the bar as a keyboard user would arrive at it, from the element just before
 * our UI (a button the test puts there: tabbing through the real page itself gets lost
 * in its many iframes). The bar's first enabled control is "Save selected"; Enter.
 */
async function saveSelected(page: Page): Promise<void> {
  await page.evaluate(() => {
    const start = document.createElement('button');
    start.textContent = 'test: start here';
    document.querySelector('prospecting-assistant-ui')!.before(start);
    start.focus();
  });
  await page.keyboard.press('Tab');
  if (!(await page.evaluate(() => document.activeElement?.localName === 'prospecting-assistant-ui'))) throw new Error('Tab did not reach the Save selected bar');
  await page.keyboard.press('Enter');
}

describe('saving people from a list (Firefox)', () => {
  it('three of ten ticked with the keyboard, one already a lead: 2 new + 1 merged, nothing else saved', async () => {
    const saved = await session.extensionTab.evaluate(
      (url) =>
        (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).browser.runtime.sendMessage({
          type: 'capture.save',
          capture: { kind: 'person', person: { fullName: 'Dylan Sherry', linkedinUrl: url, source: 'manual', capturedAt: Date.now() } },
        }),
      profile('dylansherry'),
    );
    expect(saved.ok).toBe(true);
    const dylan = (await stored<StoredLead>('leads'))[0]!;
    const lastChange = Math.max(0, ...(await stored<Change>('changes')).map((c) => c.seq));

    const page = await session.newLinkedInPage();
    await page.goto(SEARCH);
    await waitUntil(page, () => document.querySelectorAll('prospecting-assistant-pick').length === 10, undefined, 30_000);
    await page.bringToFront();
    for (const name of ['Si Kai Lee', 'Dylan Sherry', 'AJ Ding']) await tick(page, name);
    await saveSelected(page);

    await expect.poll(async () => (await stored<StoredLead>('leads')).length, { timeout: 15_000 }).toBe(3);
    const leads = await stored<StoredLead>('leads');
    expect(leads.map((l) => l.linkedinUrl).sort()).toEqual([profile('aj-ding-90826856'), profile('dylansherry'), profile('sikailee')]);
    expect(leads.find((l) => l.id === dylan.id)).toMatchObject({ headline: 'Engineering Leader', location: 'New York City Metropolitan Area' });
    expect(leads.find((l) => l.linkedinUrl === profile('sikailee'))).toMatchObject({ fullName: 'Si Kai Lee', source: 'linkedin' });
    const leadChanges = (await stored<Change>('changes')).filter((c) => c.seq > lastChange && c.table === 'leads');
    expect(leadChanges.map((c) => c.kind).sort()).toEqual(['create', 'create', 'update']);
    await page.close();
  });

  it('the feed shows no list control', async () => {
    const page = await session.newLinkedInPage();
    await page.goto(FEED);
    await waitUntil(page, () => document.querySelector('prospecting-assistant-ui') !== null, undefined, 30_000);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => document.querySelectorAll('prospecting-assistant-pick').length)).toBe(0);
    await page.close();
  });
});
