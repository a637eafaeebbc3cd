import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/transfer/backup-schema';
import { windows1252 } from '../unit/helpers/encodings';
import { knownPipelineLeads } from '../unit/helpers/known-pipeline';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { FIXTURES } from './harness/paths';
import { waitUntil, clickButton, controlByLabel, textOf } from './pages/firefox-pages';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('data in Firefox: a backup restored, velocity in its popup, a CSV imported', () => {
  it('restores the known pipeline from a backup file, then the popup reads its velocity and factors', async () => {
    const now = Date.now();
    const leads = knownPipelineLeads(now);
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      schemaVersion: 5,
      tables: {
        leads,
        companies: [],
        activities: [],
        stageHistory: [],
        sequences: [],
        enrolments: [],
        settings: [{ key: 'pipeline', pipeline: { ...DEFAULT_PIPELINE, currency: 'PLN' }, updatedAt: now }],
      },
    };
    const file = join(mkdtempSync(join(tmpdir(), 'pa-backup-')), 'backup.json');
    writeFileSync(file, JSON.stringify(backup));

    const options = await session.showExtensionPage('options.html#data');
    const input = (await options.$(await controlByLabel(options, 'Backup file (JSON)'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await clickButton(options, 'Restore');
    await waitUntil(options, () => document.body.textContent?.includes('Restored 125 leads'), undefined, 30_000).catch(async (e: unknown) => {
      throw new Error(`${String(e)}: ${await textOf(options, '#data')}`);
    });

    const popup = await session.showExtensionPage('popup.html');
    await expect.poll(() => textOf(popup, '[data-testid="velocity-value"]'), { timeout: 15_000 }).toMatch(/^PLN\s?1,785\.71 per day$/);
    expect(await textOf(popup, '[data-factor="opportunities"] .factor-value')).toBe('50');
    expect(await textOf(popup, '[data-factor="winRate"]')).toMatch(/4%1 won of 25 closed, last 90 days/);
    expect(await textOf(popup, '[data-factor="cycle"] .factor-value')).toBe('28 days');
    expect(await textOf(popup, '[data-testid="velocity-change"]')).toBe('Up 150% on the previous 90 days. Moved most by win rate (2% → 4%), which pushed it up 100%.');
  });

  it('imports a Polish CSV through the mapping and the preview (the import worker runs in Firefox too)', async () => {
    const options = await session.showExtensionPage('options.html#data');
    const input = (await options.$(await controlByLabel(options, 'CSV file'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(`${FIXTURES}/import/leads-pl.csv`);
    const counts = await waitUntil(options, () => document.querySelector('[data-testid="import-counts"]')?.textContent?.match(/^5 rows: .* refused\.$/)?.[0], undefined, 30_000);
    expect(counts).toBe('5 rows: 2 new, 1 merged into leads you have, 2 refused.');
    await clickButton(options, 'Import 3 rows');
    await waitUntil(options, () => document.body.textContent?.includes('Imported: 2 new leads, 1 merged.'), undefined, 30_000);
  });

  it('reads a CSV Excel saved in windows-1252 with its names intact, and says which encoding it assumed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pa-csv-')), 'contacts.csv');
    writeFileSync(file, windows1252('First Name,Last Name,Company\r\nHélène,Lefèvre,“Crème” & Co\r\nSøren,Kjærgaard,Åsa AB\r\n'));
    const options = await session.showExtensionPage('options.html#data');
    const input = (await options.$(await controlByLabel(options, 'CSV file'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const note = await waitUntil(options, () => document.querySelector('[data-testid="import-encoding"]')?.textContent, undefined, 30_000);
    expect(note).toContain('Windows-1252 (Western European');
    const preview = await waitUntil(options, () => document.querySelector('table')?.textContent, undefined, 30_000);
    for (const name of ['Hélène', 'Lefèvre', '“Crème” & Co', 'Søren', 'Kjærgaard', 'Åsa AB']) expect(preview).toContain(name);
  });
});
