import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { storedLeads } from './harness/extension-data';
import { FIXTURES } from './harness/paths';
import { DataPage } from './pages/data-page';
import { PopupPage } from './pages/popup-page';
import { windows1252 } from '../unit/helpers/encodings';


let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

describe('data in and out (Chromium)', () => {
  it('the demo pipeline shows velocity and follow-ups in the popup, exports for HubSpot, and goes in one click', async () => {
    const data = new DataPage(await session.extensionPage('options.html?welcome=1#data'));
    // Offered first thing on an empty database.
    await expect.poll(() => data.page.getByTestId('demo-offer').count()).toBe(1);
    await data.part('Demo data').getByRole('button', { name: 'Load demo data' }).click();
    await expect.poll(() => data.status('Demo data').textContent(), { timeout: 30_000 }).toBe('Loaded 300 demo leads.');

    const popup = new PopupPage(await session.extensionPage('popup.html'));
    await expect.poll(() => popup.velocityValue().textContent(), { timeout: 30_000 }).toMatch(/^\$[\d,]+(\.\d\d)? per day$/);
    expect(await popup.change().textContent()).toMatch(/^(Up|Down) \d/);
    // The due list is its own live query; it may draw after the velocity figure.
    await expect.poll(() => popup.dueSteps().getByRole('article').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await data.choosePreset('HubSpot contacts');
    const file = await data.exportFile('Export leads (CSV)');
    expect(file.name).toMatch(/^leads-hubspot-\d{4}-\d\d-\d\d\.csv$/);
    expect(file.text.startsWith('\uFEFFFirst Name,Last Name,Email,')).toBe(true);
    const lines = file.text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(301);
    // Names with diacritics arrive intact (UTF-8 with BOM).
    expect(file.text).toMatch(/[ąćęłńóśźżăâîșțа-я]/i);

    await data.part('Demo data').getByRole('button', { name: 'Remove demo data' }).click();
    await expect.poll(() => data.status('Demo data').textContent(), { timeout: 30_000 }).toBe('Removed 300 demo leads. Your own leads were not touched.');
    expect(await storedLeads(session.worker)).toHaveLength(0);
  });

  it('imports a Polish CSV through the mapping and the preview, refusing bad rows and merging a duplicate', async () => {
    const data = new DataPage(await session.extensionPage('options.html#data'));
    await data.chooseCsv(`${FIXTURES}/import/leads-pl.csv`);
    // Columns matched by their Polish names; one changed by hand.
    await expect.poll(() => data.mapping('Imię').inputValue()).toBe('firstName');
    expect(await data.mapping('Adres e-mail').inputValue()).toBe('email');
    expect(await data.mapping('Profil LinkedIn').inputValue()).toBe('linkedinUrl');
    expect(await data.mapping('Notatka').inputValue()).toBe('ignore');
    await data.mapping('Stanowisko').selectOption('headline');
    await data.mapping('Stanowisko').selectOption('title');

    await expect.poll(() => data.counts().textContent()).toBe('5 rows: 2 new, 1 merged into leads you have, 2 refused.');
    expect(await data.preview().textContent()).toContain('Wiśniewska');
    const refused = await data.refused().textContent();
    expect(refused).toMatch(/"Adres e-mail" is not a valid e-mail address/);
    expect(refused).toMatch(/no name, LinkedIn URL or e-mail/);
    if (process.env.SHOTS) await data.part('Import leads from a CSV file').screenshot({ path: `${process.env.SHOTS}/import-preview.png` });
    // Nothing is stored before the rep confirms.
    expect(await storedLeads(session.worker)).toHaveLength(0);

    await data.part('Import leads from a CSV file').getByRole('button', { name: 'Import 3 rows' }).click();
    await expect.poll(() => data.status('Import leads from a CSV file').textContent()).toBe('Imported: 2 new leads, 1 merged.');
    const leads = await storedLeads(session.worker);
    expect(leads.map((l) => l.fullName).sort()).toEqual(['Anna Wiśniewska', 'Jan Kowalski']);
    expect(session.refused).toEqual([]);
  });

  it('reads a CSV Excel saved in windows-1252 (a Western European Windows) with its names intact, and says which encoding it assumed', async () => {
    const data = new DataPage(await session.extensionPage('options.html#data'));
    const text = 'First Name,Last Name,Company,Email\r\nHélène,Lefèvre,Crème & Co,helene@creme.fr\r\nJosé,Muñoz,“Peña” Ibáñez SL,jose@pena.es\r\nSøren,Kjærgaard,Åsa AB,soren@asa.dk\r\n';
    await data.chooseCsvBytes('contacts.csv', Buffer.from(windows1252(text)));
    await expect.poll(() => data.encodingNote().textContent()).toContain('Windows-1252 (Western European');
    await expect.poll(() => data.counts().textContent()).toBe('3 rows: 3 new, 0 merged into leads you have, 0 refused.');
    const preview = await data.preview().textContent();
    for (const name of ['Hélène', 'Lefèvre', 'Muñoz', 'Søren', 'Kjærgaard']) expect(preview).toContain(name);
    if (process.env.SHOTS) await data.part('Import leads from a CSV file').screenshot({ path: `${process.env.SHOTS}/import-windows-1252.png` });

    await data.part('Import leads from a CSV file').getByRole('button', { name: 'Import 3 rows' }).click();
    await expect.poll(() => data.status('Import leads from a CSV file').textContent()).toBe('Imported: 3 new leads, 0 merged.');
    // Beside the two leads the Polish import stored.
    const leads = (await storedLeads(session.worker)).filter((l) => l.email && !l.email.endsWith('.pl'));
    expect(leads.map((l) => [l.fullName, l.companyName]).sort()).toEqual([
      ['Hélène Lefèvre', 'Crème & Co'],
      ['José Muñoz', '“Peña” Ibáñez SL'],
      ['Søren Kjærgaard', 'Åsa AB'],
    ]);
  });
});
