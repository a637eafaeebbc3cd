import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leverValue, LEVERS } from '../../components/velocity/FactorList';
import { money } from '../../components/velocity/format-metrics';
import { dailyTotalsOf, dayNumber, kindsOf, type Counted } from '../../lib/metrics/daily-totals';
import { dailyTotals, stageStats } from '../../lib/metrics/figures/read';
import type { DayFigures, StageFigures, TotalsFigures } from '../../lib/metrics/figures/schema';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/metrics/settings';
import { velocityReport } from '../../lib/metrics/velocity-report';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { seedLeads } from '../e2e/harness/seed';
import { printTable } from './harness/report';
import { settle, timeInTurn, waitForFigures, waitForIdle } from './harness/timing';

/**
 * Issue 6's popup target, in real Chromium: from opening the popup to the velocity
 * figure drawn, with 10,000 and 100,000 leads (five activities each), against the
 * same on an empty database (the floor). The floor runs in a second browser at the
 * same time, and the two are reloaded in turn, so both see the same machine load
 * (a page load here varies by ±30 % from one second to the next). Each seeded size
 * is also checked: the kept totals equal a full recomputation from the raw records,
 * and the figures drawn equal those computed from it. Prints; asserts no timing.
 */
const SIZES = [10_000, Number(process.env.BENCH_LEADS ?? 100_000)];
const RUNS = 11;

let session: ChromiumSession;
let empty: ChromiumSession;
let launchedAt = 0;
beforeAll(async () => {
  launchedAt = Date.now();
  session = await launchChromium();
  empty = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await empty?.close();
});

const drawn = (page: Page) => page.locator('[data-testid="velocity-value"], [data-testid="velocity-missing"]').first().waitFor({ timeout: 600_000 });

type KeptRows = { totals: TotalsFigures; stages: StageFigures[]; days: DayFigures[] };

/** The raw lead fields the figures depend on, and the kept rows, read in the page with plain IndexedDB. */
function readRaw(): Promise<{ leads: Counted[]; kept: KeptRows }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('prospecting-assistant');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['leads', 'figures', 'stageFigures', 'dailyFigures']);
      const leads: Counted[] = [];
      const kept = {} as KeptRows;
      tx.objectStore('leads').openCursor().onsuccess = (e) => {
        const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
        if (!cursor) return;
        const { stageId, stageChangedAt, createdAt, dealValue, currency } = cursor.value as Counted;
        leads.push({ stageId, stageChangedAt, createdAt, dealValue, currency });
        cursor.continue();
      };
      const totals = tx.objectStore('figures').get('totals');
      totals.onsuccess = () => (kept.totals = totals.result as TotalsFigures);
      const stages = tx.objectStore('stageFigures').getAll();
      stages.onsuccess = () => (kept.stages = stages.result as StageFigures[]);
      const days = tx.objectStore('dailyFigures').getAll();
      days.onsuccess = () => (kept.days = days.result as DayFigures[]);
      tx.oncomplete = () => {
        db.close();
        resolve({ leads, kept });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The kept totals equal a recomputation, and what the popup draws equals what that recomputation gives. */
async function checkFigures(page: Page): Promise<void> {
  const { leads, kept } = await page.evaluate(readRaw);
  const kindOf = kindsOf(DEFAULT_PIPELINE);
  const days = dailyTotalsOf(leads, kindOf);
  const byStage: Record<string, { count: number; values: Record<string, number> }> = {};
  for (const lead of leads) {
    const row = (byStage[lead.stageId] ??= { count: 0, values: {} });
    row.count += 1;
    if (lead.dealValue !== undefined) row.values[lead.currency ?? ''] = (row.values[lead.currency ?? ''] ?? 0) + lead.dealValue;
  }
  expect(stageStats(kept.stages)).toEqual(byStage);
  expect(dailyTotals(kept.days, DEFAULT_PIPELINE)).toEqual(days);
  expect(kept.totals.leads).toBe(leads.length);
  const currency = DEFAULT_PIPELINE.currency;
  const report = velocityReport(days, dayNumber(Date.now()), 90, { currency, scope: DEFAULT_METRICS_SETTINGS.scope, cycle: DEFAULT_METRICS_SETTINGS.cycle });
  const v = report.current.velocity;
  expect(v.ok).toBe(true);
  if (v.ok) expect(await page.getByTestId('velocity-value').textContent()).toBe(`${money(v.perDay, currency)} per day`);
  for (const lever of LEVERS) {
    expect(await page.locator(`[data-factor="${lever}"] .factor-value`).textContent()).toBe(leverValue(lever, report.current.factors, currency));
  }
  // The seed has deals in EUR: left out of the average and said so.
  expect(await page.getByRole('note').textContent()).toMatch(/won in EUR/);
}

it('popup: open to velocity drawn, at 0, 10,000 and 100,000 leads', async () => {
  const page = await session.extensionPage('popup.html');
  const floor = await empty.extensionPage('popup.html');
  await Promise.all([drawn(page), drawn(floor)]);
  await settle(floor, drawn);
  const rows: string[][] = [];
  for (const size of SIZES) {
    await seedLeads(page, { leads: size, activitiesPerLead: 5, now: Date.now() });
    await page.reload();
    await drawn(page);
    await waitForFigures(page);
    await waitForIdle(page, launchedAt);
    await settle(page, drawn);
    const [ms, floorMs] = await timeInTurn(page, floor, drawn, RUNS);
    await checkFigures(page);
    rows.push([`empty database: open popup to velocity drawn (floor, alongside)`, `${floorMs.toFixed(0)} ms`, '1.00']);
    rows.push([`${size.toLocaleString('en')} leads: open popup to velocity drawn`, `${ms.toFixed(0)} ms`, `${(ms / floorMs).toFixed(2)} (target ≤ 1.2); figures equal a full recomputation`]);
    // Printed as each size finishes, so a long run still reports what it measured.
    printTable(`Popup in Chromium, ${size.toLocaleString('en')} leads (five activities each)`, rows.slice(-2));
  }
}, 2_400_000);
