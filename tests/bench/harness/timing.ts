import type { Page } from 'playwright-core';

/** The middle value (the upper middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Reload a page (brought to the front: background tabs are throttled) and time until `ready` holds. */
export async function timeReload(page: Page, ready: (page: Page) => Promise<unknown>): Promise<number> {
  await page.bringToFront();
  const start = performance.now();
  await page.reload();
  await ready(page);
  return performance.now() - start;
}

/**
 * Median reload times of a measured page and its floor, reloaded in turn (each
 * pair sees the same machine load: a page load here varies by ±30 % from one
 * second to the next).
 */
export async function timeInTurn(measured: Page, floor: Page, ready: (page: Page) => Promise<unknown>, runs: number): Promise<[number, number]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timeReload(measured, ready));
    b.push(await timeReload(floor, ready));
  }
  return [median(a), median(b)];
}

/**
 * Untimed: reload until opening takes a steady time (the last three within 15 %).
 * Right after hundreds of thousands of records are written the store compacts for
 * a while and every read waits; that is the seeding's cost, not the page's.
 */
export async function settle(page: Page, ready: (page: Page) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    times.push(await timeReload(page, ready));
    const last = times.slice(-3);
    if (last.length === 3 && Math.max(...last) <= 1.15 * Math.min(...last)) return;
    await page.waitForTimeout(1_000);
  }
}

/** Untimed: wait until the background has rebuilt the figures the seeding dropped (a walk over every lead and touch). */
export async function waitForFigures(page: Page): Promise<void> {
  const built = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('prospecting-assistant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('figures').objectStore('figures').get('totals');
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result !== undefined);
            };
          };
        }),
    );
  // Only the popup, options page and dashboard ask for the rebuild when they find the figures
  // missing; a bench that opens none of them (the side panel's) would wait for ever, so ask here
  // as they do. Not awaited: the answer comes when the walk ends; the loop below watches for it.
  if (!(await built())) {
    await page.evaluate(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      void runtime.sendMessage({ type: 'totals.rebuild' }).catch(() => undefined);
    });
  }
  const deadline = Date.now() + 900_000;
  while (!(await built())) {
    if (Date.now() > deadline) throw new Error('the figures were never rebuilt');
    await page.waitForTimeout(2_000);
  }
}

/**
 * Untimed: wait until the background is idle. The fading rescore's alarm fires a
 * minute after install and walks every lead (it changes none of the seed's, which
 * are stored scored); a benchmark that timed a page while it ran would measure
 * that walk. So: more than 75 s since the browser started, and no rescore job
 * unfinished.
 */
export async function waitForIdle(page: Page, launchedAt: number): Promise<void> {
  const rescoring = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('prospecting-assistant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('jobs').objectStore('jobs').get('rescore');
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result !== undefined && request.result.finished === false);
            };
          };
        }),
    );
  const deadline = Date.now() + 900_000;
  while (Date.now() - launchedAt < 75_000 || (await rescoring())) {
    if (Date.now() > deadline) throw new Error('the background never went idle');
    await page.waitForTimeout(2_000);
  }
}
