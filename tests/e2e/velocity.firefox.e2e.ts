import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { knownPipelineLeads } from '../unit/helpers/known-pipeline';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { putRecordsInPage } from './harness/seed';
import { textOf } from './pages/firefox-pages';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('pipeline velocity in the Firefox popup', () => {
  it('reads the known pipeline: velocity, factors and the lever that moved it', async () => {
    const now = Date.now();
    const leads = knownPipelineLeads(now);
    const setup = await session.showExtensionPage('options.html');
    await setup.evaluate(putRecordsInPage, [
      { store: 'leads', records: leads },
      {
        store: 'settings',
        records: [
          { key: 'pipeline', pipeline: { ...DEFAULT_PIPELINE, currency: 'PLN' }, updatedAt: now },
          { key: 'leadCount', count: leads.length, updatedAt: now },
        ],
      },
    ]);
    const popup = await session.showExtensionPage('popup.html');
    await expect.poll(() => textOf(popup, '[data-testid="velocity-value"]'), { timeout: 15_000 }).toMatch(/^PLN\s?1,785\.71 per day$/);
    expect(await textOf(popup, '[data-factor="opportunities"] .factor-value')).toBe('50');
    expect(await textOf(popup, '[data-factor="winRate"]')).toMatch(/4%1 won of 25 closed, last 90 days/);
    expect(await textOf(popup, '[data-factor="cycle"] .factor-value')).toBe('28 days');
    expect(await textOf(popup, '[data-testid="velocity-change"]')).toBe('Up 150% on the previous 90 days. Moved most by win rate (2% → 4%), which pushed it up 100%.');
  });
});
