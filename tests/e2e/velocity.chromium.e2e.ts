import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { FIGURES_VERSION } from '../../lib/metrics/figures/schema';
import { knownPipelineLeads } from '../unit/helpers/known-pipeline';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedRecords } from './harness/extension-data';
import { putRecordsInPage } from './harness/seed';
import { PanelPage } from './pages/panel-page';
import { PopupPage } from './pages/popup-page';

/** Set SHOTS=dir to keep screenshots of the popup, dashboard and options page (for looking at them). */
const SHOTS = process.env.SHOTS;

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe('pipeline velocity in the popup (Chromium)', () => {
  it('reads a known pipeline as a rep sees it, and follows a deal won in the side panel', async () => {
    const now = Date.now();
    const leads = knownPipelineLeads(now);
    // The pipeline is imported behind the app's back, as an older version or a crash would leave it:
    // the kept figures disagree with each other, so the popup has them rebuilt.
    const setup = await session.extensionPage('options.html#metrics');
    await setup.evaluate(putRecordsInPage, [
      { store: 'leads', records: leads },
      {
        store: 'settings',
        records: [
          { key: 'pipeline', pipeline: { ...DEFAULT_PIPELINE, currency: 'PLN' }, updatedAt: now },
        ],
      },
      { store: 'figures', records: [{ key: 'totals', version: FIGURES_VERSION, leads: leads.length, updatedAt: now }] },
    ]);

    const popup = new PopupPage(await session.extensionPage('popup.html'));
    await expect.poll(() => popup.velocityValue().textContent()).toMatch(/^PLN\s?1,785\.71 per day$/);
    await expect.poll(() => popup.factor('Opportunities').textContent()).toMatch(/^Opportunities50open leads past the first stage, now/);
    expect(await popup.factor('Average won deal').textContent()).toMatch(/PLN\s?25,000mean of 1 won deal in PLN, last 90 days/);
    expect(await popup.factor('Win rate').textContent()).toMatch(/4%1 won of 25 closed, last 90 days/);
    expect(await popup.factor('Sales cycle').textContent()).toMatch(/28 daysmedian, creation to win, 1 won deal/);
    expect(await popup.change().textContent()).toBe('Up 150% on the previous 90 days. Moved most by win rate (2% → 4%), which pushed it up 100%.');
    expect(await popup.page.getByTestId('pipeline-value').textContent()).toMatch(/PLN\s?50,000 open, PLN\s?20,000 stage-weighted/);
    // The rebuilt figures are kept for the next open.
    await expect.poll(async () => (await storedRecords<{ day: number }>(session.worker, 'dailyFigures')).length).toBeGreaterThan(0);
    const kept = (await storedRecords<{ stageId: string; n: number }>(session.worker, 'stageFigures')).find((r) => r.stageId === 'demo');
    expect(kept?.n).toBe(50);

    // A deal won in the side panel moves the open popup at once.
    const panel = new PanelPage(await session.extensionPage('sidepanel.html?lead=known-0000'));
    await expect.poll(() => panel.leadHeading().textContent()).toBe('Known 0');
    await panel.closeAsWon('25000');
    await expect.poll(() => panel.headerStage().textContent()).toContain('Won');
    await expect.poll(() => popup.factor('Opportunities').textContent()).toMatch(/^Opportunities49/);
    expect(await popup.factor('Win rate').textContent()).toMatch(/2 won of 26 closed/);

    // A year's window: no year before it to compare with, said plainly.
    await popup.chooseWindow(365);
    await expect.poll(() => popup.factor('Win rate').textContent()).toMatch(/3 won of 76 closed, last 365 days/);
    expect(await popup.velocity().textContent()).toContain('No velocity in the previous 365 days to compare with.');
    expect(await popup.velocity().textContent()).not.toMatch(/NaN|Infinity|undefined/);

    // The dashboard, one click away.
    const dashboard = await session.extensionPage('dashboard.html');
    await expect.poll(() => dashboard.getByTestId('funnel-worst').textContent()).toMatch(/^Most leads drop out at /);
    const forecasts = dashboard.getByRole('region', { name: 'Forecasts' });
    // 49 open deals of 1,000 in a 40 % stage.
    await expect.poll(() => forecasts.textContent()).toMatch(/Stage-weightedPLN\s?19,600/);
    expect(await dashboard.getByRole('region', { name: 'Data completeness' }).textContent()).toMatch(/Deal value\d+(\.\d)?%/);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await popup.page.setViewportSize({ width: 400, height: 1000 });
      await popup.chooseWindow(90);
      await popup.page.screenshot({ path: `${SHOTS}/popup.png`, fullPage: true });
      await dashboard.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });
      await setup.reload();
      await setup.getByRole('region', { name: 'Metrics' }).screenshot({ path: `${SHOTS}/options-metrics.png` });
    }
    expect(session.refused).toEqual([]);
  });
});
