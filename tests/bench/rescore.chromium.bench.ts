import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { RuleSet } from '../../lib/scoring/schema';
import { seedLeads } from '../e2e/harness/seed';
import { printTable } from './harness/report';
import { median, settle, timeReload, waitForFigures, waitForIdle } from './harness/timing';
import type { Page } from 'playwright-core';

/**
 * Issues 3 and 12, in real Chromium: a full rescore of 100,000 leads (five
 * activities each) after a rule change, against a floor measured in the same run
 * (a raw IndexedDB put of the same records in one transaction); the options page's
 * answer to input while the rescore runs; and the popup opened while a second
 * rule change rescores, against the same popup opened at rest. The seeding drops
 * the kept figures, which the app rebuilds first: the timings start after that.
 * Prints; asserts no timing.
 */
const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);

const velocityDrawn = (page: Page) => page.locator('[data-testid="velocity-value"], [data-testid="velocity-missing"]').first().waitFor({ timeout: 600_000 });

/** Save a rule set through the background, as the options page does, and time until its rescore job is finished. */
function rescoreWith(options: Page, rules: RuleSet): Promise<number> {
  return options.evaluate(async (rules) => {
    const readJob = () =>
      new Promise<{ finished: boolean; revision: number } | undefined>((resolve, reject) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('jobs').objectStore('jobs').get('rescore');
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
        };
      });
    const start = performance.now();
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data: { revision: number } }> } } }).chrome.runtime;
    const answer = await runtime.sendMessage({ type: 'scoring.save', ruleSet: rules });
    for (;;) {
      const job = await readJob();
      if (job && job.revision === answer.data.revision && job.finished) return performance.now() - start;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, rules);
}

let session: ChromiumSession;
let launchedAt = 0;
beforeAll(async () => {
  launchedAt = Date.now();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

it(`rescore of ${LEADS.toLocaleString('en')} leads against a raw put floor`, async () => {
  const options = await session.extensionPage('options.html#scoring');
  await options.getByRole('heading', { name: 'Lead scoring' }).waitFor();
  const seeded = await seedLeads(options, { leads: LEADS, activitiesPerLead: 5, now: Date.now() });
  const popup = await session.extensionPage('popup.html');
  await waitForFigures(popup);
  await waitForIdle(popup, launchedAt);
  await settle(popup, velocityDrawn);

  const ruleSet: RuleSet = {
    ...DEFAULT_RULESET,
    rules: [
      ...DEFAULT_RULESET.rules,
      { id: 'bench-title', name: 'Sales title', enabled: true, points: 12, per: 'match', condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' } },
    ],
  };

  // Input latency on the options page while the background rescores: time from a key
  // event (and its input handler) to the page's next task, sampled every 50 ms; and the
  // longest task the page ran.
  await options.bringToFront();
  const startSampling = () =>
    options.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __stop: boolean; __long: number };
    w.__lat = [];
    w.__stop = false;
    w.__long = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__long = Math.max(w.__long, entry.duration);
    }).observe({ type: 'longtask' });
    const input = document.createElement('input');
    document.body.append(input);
    const sample = () => {
      if (w.__stop) return;
      const start = performance.now();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      input.value += 'a';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The page answers when its next task runs (a hidden headless page throttles
      // frames, so the next task, not the next frame, is the honest measure).
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.__lat.push(performance.now() - start);
        setTimeout(sample, 50);
      };
      channel.port2.postMessage(null);
    };
    sample();
  });
  const stopSampling = () =>
    options.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __stop: boolean; __long: number };
      w.__stop = true;
      const sorted = [...w.__lat].sort((a, b) => a - b);
      return { p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, max: sorted.at(-1) ?? 0, samples: sorted.length, longest: w.__long };
    });

  // Baseline: the same sampling with nothing running.
  await startSampling();
  await options.waitForTimeout(2_000);
  const idle = await stopSampling();
  await startSampling();

  const rescoreMs = await rescoreWith(options, ruleSet);
  const busy = await stopSampling();

  // The popup at rest, then while a second rule change rescores every lead. At rest means
  // after the store has compacted what the first rescore wrote (the same untimed settling
  // as before it), or the popup at rest is timed beside the compaction.
  await settle(popup, velocityDrawn);
  const atRest: number[] = [];
  for (let i = 0; i < 9; i++) atRest.push(await timeReload(popup, velocityDrawn));
  const second = rescoreWith(options, { ...ruleSet, rules: ruleSet.rules.map((r) => (r.id === 'bench-title' ? { ...r, points: 11 } : r)) });
  let finished = false;
  void second.finally(() => (finished = true));
  const during: number[] = [];
  while (!finished) during.push(await timeReload(popup, velocityDrawn));
  await second;
  // The last open may have started after the rescore ended: only whole opens during it count.
  if (during.length > 1) during.pop();



  // Every lead was rescored: those with a sales title carry the new rule's points.
  const scored = await options.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onsuccess = () => {
          let count = 0;
          const req = open.result.transaction('leads').objectStore('leads').openCursor();
          req.onsuccess = () => {
            const cursor = req.result;
            if (!cursor) return resolve(count);
            const lead = cursor.value as { title: string; score: number };
            if (/sales/i.test(lead.title) && lead.score >= 12) count += 1;
            cursor.continue();
          };
        };
      }),
  );
  expect(scored).toBeGreaterThan(LEADS / 4);

  printTable(`Rescore in Chromium (${LEADS.toLocaleString('en')} leads, 5 activities each)`, [
    ['raw put floor (one transaction)', `${seeded.floorMs.toFixed(0)} ms`, '1.00'],
    ['full rescore (background, chunked)', `${rescoreMs.toFixed(0)} ms`, (rescoreMs / seeded.floorMs).toFixed(2)],
    ['options page input → next task, p95, idle', `${idle.p95.toFixed(1)} ms`, `${idle.samples} samples`],
    ['options page input → next task, p95, during rescore', `${busy.p95.toFixed(1)} ms`, 'target ≤ 100 ms'],
    ['options page input → next task, max, during rescore', `${busy.max.toFixed(1)} ms`, `${busy.samples} samples; longest task ${busy.longest.toFixed(0)} ms`],
    ['popup: open to velocity drawn, at rest (median of 9)', `${median(atRest).toFixed(0)} ms`, '1.00'],
    [`popup: open to velocity drawn while a rescore runs (median of ${during.length})`, `${median(during).toFixed(0)} ms`, `${(median(during) / median(atRest)).toFixed(2)} (target ≤ 1.5)`],
  ]);
});
