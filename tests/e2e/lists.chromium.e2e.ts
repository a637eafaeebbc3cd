import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english } from './harness/english';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ContentWorld } from './harness/content-world';
import { storedLeads, storedRecords } from './harness/extension-data';
import { ROOT } from './harness/paths';
import { LinkedInListPage } from './pages/linkedin-list-page';

/**
 * "Save people from lists" end to end in Chromium, on the real people-search page
 * (../shared/linkedin-real/14-li-search-people-2025.html): three of the ten ticked
 * with real clicks, one of them saved already, saved with one click on "Save
 * selected"; the database holds two new leads and one merged, and nothing else.
 */
const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=x';
const FEED = 'https://www.linkedin.com/feed/';
const CONNECTIONS = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const SALES_LIST = 'https://www.linkedin.com/sales/lists/people/7150000000000000001?sortCriteria=CREATED_TIME';
const TEN = ['Si Kai Lee', 'Jake Nyquist', 'Dylan Sherry', 'Joseph Pan', 'Sidharth Shanker', 'Maja Milinkovic', 'Jeremiah Rogers', 'AJ Ding', 'Andriy Mulyar', 'David Seeto'];
const profile = (id: string) => `https://www.linkedin.com/in/${id}/`;

type Change = { seq: number; table: string; kind: string; key: string };

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** Save a lead the way an extension page may (the popup's "Save this page" form does the same). */
async function saveLeadFromExtensionPage(person: Record<string, unknown>): Promise<void> {
  const page = await session.extensionPage('popup.html');
  const answer = await page.evaluate(
    (p) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
        type: 'capture.save',
        capture: { kind: 'person', person: { ...p, capturedAt: Date.now() } },
      }),
    person,
  );
  expect(answer.ok).toBe(true);
  await page.close();
}

describe('saving people from a list (Chromium)', () => {
  it('three of ten ticked with real clicks, one already a lead: 2 new + 1 merged, three leads touched, nothing else saved', async () => {
    await saveLeadFromExtensionPage({ fullName: 'Dylan Sherry', linkedinUrl: profile('dylansherry'), source: 'manual' });
    const leadsBefore = await storedLeads(session.worker);
    expect(leadsBefore).toHaveLength(1);
    const lastChange = Math.max(0, ...(await storedRecords<Change>(session.worker, 'changes')).map((c) => c.seq));

    const list = await LinkedInListPage.open(await session.context.newPage(), SEARCH, '14-li-search-people-2025.html');
    await list.pick('David Seeto').waitFor();
    expect((await list.picks()).map((p) => p.name)).toEqual(TEN);
    expect(await list.hostCount()).toBe(10);

    for (const name of ['Si Kai Lee', 'Dylan Sherry', 'AJ Ding']) await list.pick(name).click();
    await expect.poll(() => list.picks()).toEqual(TEN.map((name) => ({ name, checked: ['Si Kai Lee', 'Dylan Sherry', 'AJ Ding'].includes(name) })));
    mkdirSync(`${ROOT}.tmp`, { recursive: true });
    await list.page.screenshot({ path: `${ROOT}.tmp/lists-search-ticked.png` });

    await list.saveSelected(3).click();
    const report = english('lists.saved', { count: 3, created: 2, merged: 1 });
    await expect.poll(() => list.says(report)).toBe(true);
    await list.page.screenshot({ path: `${ROOT}.tmp/lists-search-saved.png` });
    // The ticks are cleared once saved.
    await expect.poll(async () => (await list.picks()).some((p) => p.checked)).toBe(false);

    const leads = await storedLeads(session.worker);
    expect(leads.map((l) => l.linkedinUrl).sort()).toEqual([profile('aj-ding-90826856'), profile('dylansherry'), profile('sikailee')]);
    const byUrl = new Map(leads.map((l) => [l.linkedinUrl, l as typeof l & { headline?: string; source?: string; sourceUrl?: string }]));
    expect(byUrl.get(profile('sikailee'))).toMatchObject({ fullName: 'Si Kai Lee', location: 'New York City Metropolitan Area', source: 'linkedin', sourceUrl: SEARCH });
    expect(byUrl.get(profile('aj-ding-90826856'))).toMatchObject({ fullName: 'AJ Ding', headline: 'Founder | Building great software for SMBs', location: 'New York, NY' });
    // The merge kept Dylan's lead (same id) and took what the list shows.
    expect(byUrl.get(profile('dylansherry'))).toMatchObject({ id: leadsBefore[0]!.id, headline: 'Engineering Leader', location: 'New York City Metropolitan Area' });

    const changes = (await storedRecords<Change>(session.worker, 'changes')).filter((c) => c.seq > lastChange);
    const leadChanges = changes.filter((c) => c.table === 'leads');
    expect(leadChanges.map((c) => c.kind).sort()).toEqual(['create', 'create', 'update']);
    expect(new Set(leadChanges.map((c) => c.key)).size).toBe(3);
    await list.page.close();
  });

  it('controls come back when the page re-renders its list, with the ticks kept; a script’s clicks tick nothing', async () => {
    const list = await LinkedInListPage.open(await session.context.newPage(), SEARCH, '14-li-search-people-2025.html');
    await list.pick('Jake Nyquist').waitFor();
    await list.pick('Jake Nyquist').click();
    await expect.poll(() => list.pick('Jake Nyquist').isChecked()).toBe(true);

    // The page's own script replaces every result with a fresh copy, as LinkedIn does on an update.
    const hostsLeft = await list.page.evaluate(() => {
      const list = document.querySelector('prospecting-assistant-pick + li')!.parentElement!;
      const fresh = [...list.children].filter((child) => child.localName === 'li').map((li) => li.cloneNode(true));
      list.replaceChildren(...fresh);
      (window as unknown as { __fresh: Node[] }).__fresh = fresh;
      // Counted in the same task, before our observer can answer: the old hosts went with the old nodes.
      return document.querySelectorAll('prospecting-assistant-pick').length;
    });
    expect(hostsLeft).toBe(0);
    await expect
      .poll(() =>
        list.page.evaluate(() => {
          const fresh = (window as unknown as { __fresh: Node[] }).__fresh;
          const hosts = [...document.querySelectorAll('prospecting-assistant-pick')];
          return hosts.length === 10 && hosts.every((host) => fresh.includes(host.nextElementSibling!));
        }),
      )
      .toBe(true);
    expect((await list.picks()).map((p) => p.name)).toEqual(TEN);
    expect(await list.pick('Jake Nyquist').isChecked()).toBe(true);
    await expect.poll(() => list.saveSelected(1).isVisible()).toBe(true);

    // Untrusted clicks, from the page (on our host) and from code that reached our closed roots, tick nobody.
    await list.page.evaluate(() => document.querySelectorAll<HTMLElement>('prospecting-assistant-pick').forEach((host) => host.click()));
    const world = await ContentWorld.of(list.page, session.extensionId);
    await world.evaluate(`(() => {
      for (const host of document.querySelectorAll('prospecting-assistant-pick')) {
        const button = chrome.dom.openOrClosedShadowRoot(host).querySelector('button');
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: 5, clientY: 5 }));
      }
    })()`);
    expect((await list.picks()).filter((p) => p.checked).map((p) => p.name)).toEqual(['Jake Nyquist']);
    expect(await list.saveSelected(1).isVisible()).toBe(true);

    // "Clear" with a real click unticks; nothing was saved along the way.
    await list.clear().click();
    await expect.poll(() => list.pick('Jake Nyquist').isChecked()).toBe(false);
    expect((await storedLeads(session.worker)).some((l) => l.linkedinUrl === profile('jake-nyquist'))).toBe(false);
    await list.page.close();
  });

  it('a search row shows only a headline: the lead saved from it gets its title and company from it', async () => {
    const list = await LinkedInListPage.open(await session.context.newPage(), SEARCH, '14-li-search-people-2025.html');
    await list.pick('Jake Nyquist').waitFor();
    await list.pick('Jake Nyquist').click();
    await list.saveSelected(1).click();
    await expect.poll(() => list.says(english('lists.saved', { count: 1, created: 1, merged: 0 }))).toBe(true);
    const jake = (await storedLeads(session.worker)).find((l) => l.linkedinUrl === profile('jake-nyquist'));
    expect(jake).toMatchObject({ fullName: 'Jake Nyquist', title: 'Head of Protocol', companyName: 'Caldera' });
    await list.page.close();
  });

  it('the feed shows no list control (the real feed page)', async () => {
    const feed = await LinkedInListPage.open(await session.context.newPage(), FEED, '13-li-feed-2025.html');
    // Our UI is mounted (the content script ran and looked at the page)…
    await expect.poll(() => feed.page.evaluate(() => document.querySelector('prospecting-assistant-ui') !== null)).toBe(true);
    await feed.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // …and put nothing beside the posts, nor a bar.
    expect(await feed.hostCount()).toBe(0);
    expect(await feed.picks()).toEqual([]);
    expect(await feed.saveSelected(0).count()).toBe(0);
    await feed.page.close();
  });

  it('a Sales Navigator lead list: three leads ticked and saved as Sales Navigator leads', async () => {
    const list = await LinkedInListPage.open(await session.context.newPage(), SALES_LIST);
    const names = ['Olivia Martinez', 'Henrik Larsen', 'Amina Yusuf'];
    await list.pick('Amina Yusuf').waitFor();
    expect((await list.picks()).map((p) => p.name)).toEqual(names);
    for (const name of names) await list.pick(name).click();
    await list.page.screenshot({ path: `${ROOT}.tmp/lists-sales-list.png` });
    await list.saveSelected(3).click();
    await expect.poll(() => list.says(english('lists.saved', { count: 3, created: 3, merged: 0 }))).toBe(true);
    const saved = (await storedRecords<{ fullName?: string; salesNavUrl?: string; source?: string; sourceUrl?: string; companyName?: string }>(session.worker, 'leads')).filter((l) => l.source === 'sales-navigator');
    expect(saved.map((l) => [l.fullName, l.salesNavUrl, l.companyName]).sort()).toEqual([
      ['Amina Yusuf', 'https://www.linkedin.com/sales/lead/ACwAAAD3qrs456/', 'Lagos Freight Co.'],
      ['Henrik Larsen', 'https://www.linkedin.com/sales/lead/ACwAAAC2xyZ789/', 'Nordlys Energi'],
      ['Olivia Martinez', 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz/', 'Iberia Logistics'],
    ]);
    expect(saved.every((l) => l.sourceUrl === SALES_LIST)).toBe(true);
    await list.page.close();
  });

  it('the 2025 connections page (hashed classes, no list markup) gets a control per connection', async () => {
    const list = await LinkedInListPage.open(await session.context.newPage(), CONNECTIONS);
    await list.pick("Grace O'Neil").waitFor();
    expect((await list.picks()).map((p) => p.name)).toEqual(['Priya Raman', 'Tomasz Wiśniewski', 'Chen Wei', "Grace O'Neil"]);
    await list.page.screenshot({ path: `${ROOT}.tmp/lists-connections.png` });
    await list.page.close();
  });
});
