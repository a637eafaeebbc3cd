import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedLeads } from './harness/extension-data';
import { FIXTURES } from './harness/paths';
import { DataPage } from './pages/data-page';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe('data safety (Chromium)', () => {
  it('bulk delete asks first, and its undo is still offered after the list is closed and opened again', async () => {
    const data = new DataPage(await session.extensionPage('options.html#data'));
    await data.chooseCsv(`${FIXTURES}/import/leads-pl.csv`);
    await data.part('Import leads from a CSV file').getByRole('button', { name: /^Import \d+ rows$/ }).click();
    await expect.poll(() => data.status('Import leads from a CSV file').textContent()).toMatch(/^Imported:/);
    const before = (await storedLeads(session.worker)).length;
    expect(before).toBeGreaterThan(1);

    let list = await session.extensionPage('sidepanel.html?view=list');
    await list.getByRole('checkbox', { name: 'Select all shown' }).click();
    await list.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = list.getByRole('alertdialog', { name: `Delete ${before} leads?` });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement)).toBe(true);
    if (process.env.SHOTS) await list.screenshot({ path: `${process.env.SHOTS}/bulk-delete-confirm.png` });
    await dialog.getByRole('button', { name: `Delete ${before} leads` }).click();
    await expect.poll(() => list.getByText(`${before} leads deleted —`).count()).toBe(1);
    await expect.poll(async () => (await storedLeads(session.worker)).length).toBe(0);
    await list.close();

    list = await session.extensionPage('sidepanel.html?view=list');
    const undo = list.getByRole('button', { name: 'Undo delete' });
    await expect.poll(() => undo.count()).toBe(1);
    if (process.env.SHOTS) await list.screenshot({ path: `${process.env.SHOTS}/bulk-delete-undo.png` });
    await undo.click();
    await expect.poll(() => list.getByText(`Restored ${before} leads.`).count()).toBe(1);
    expect(await storedLeads(session.worker)).toHaveLength(before);
    expect(await undo.count()).toBe(0);
  });

  it('a backup file that is not JSON is refused with a message, read in the backup worker', async () => {
    const data = new DataPage(await session.extensionPage('options.html#data'));
    await data.part('Restore a backup…').getByLabel('Backup file (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
    await expect.poll(() => data.outcome('Restore a backup…').textContent()).toBe('This file is not a backup: it is not JSON. Choose the .json file the extension saved.');
    expect(session.refused).toEqual([]);
  });
});
