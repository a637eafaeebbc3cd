import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { CsvImport } from '../../components/transfer/CsvImport';
import { freshDb } from '../unit/helpers/db';
import { windows1251 } from '../unit/helpers/encodings';

const file = (content: string | Uint8Array<ArrayBuffer>, name = 'leads.csv') => new File([content], name, { type: 'text/csv' });

/** The import screen on a fresh database. */
function renderImport() {
  const db = freshDb();
  render(
    <DbProvider db={db}>
      <CsvImport />
    </DbProvider>,
  );
  return db;
}

describe('the CSV import screen (the session runs in the page: jsdom has no workers)', () => {
  it('maps, previews, counts, lets the rep change a column, and imports on confirmation only', async () => {
    const db = renderImport();
    const rows = ['Name,Email,Company', 'Anna Nowak,anna@acme.io,Acme', 'Jan Kowalski,not-an-email,Globex', 'Anna Nowak,anna@acme.io,Acme', ',,'];
    await userEvent.upload(screen.getByLabelText('CSV file'), file(rows.join('\n')));

    await waitFor(() => expect(screen.getByTestId('import-counts').textContent).toBe('3 rows: 1 new, 1 merged into leads you have, 1 refused.'));
    expect((screen.getByLabelText(/Email/) as HTMLSelectElement).value).toBe('email');
    expect(screen.queryByTestId('import-encoding')).toBeNull();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('list').textContent).toMatch(/Row 3.*"Email" is not a valid e-mail address/);
    expect(await db.leads.count()).toBe(0);

    // Ignoring the e-mail column saves Jan after all.
    await userEvent.selectOptions(screen.getByLabelText(/Email/), 'ignore');
    await waitFor(() => expect(screen.getByTestId('import-counts').textContent).toBe('3 rows: 2 new, 1 merged into leads you have, 0 refused.'));

    await userEvent.click(screen.getByRole('button', { name: 'Import 3 rows' }));
    await waitFor(() => expect(screen.getByText('Imported: 2 new leads, 1 merged.')).toBeTruthy());
    expect((await db.leads.toArray()).map((l) => l.fullName).sort()).toEqual(['Anna Nowak', 'Jan Kowalski']);
  });

  it('maps a column of LinkedIn links by what they are, and shows the field a link went to', async () => {
    renderImport();
    const rows = ['Name,URL', 'Anna Nowak,https://www.linkedin.com/in/anna-nowak', 'Jan Kowalski,https://www.linkedin.com/sales/lead/ACwAAB1234xyz,NAME_SEARCH,ab'];
    await userEvent.upload(screen.getByLabelText('CSV file'), file(rows.map((r, i) => (i === 2 ? r.replace(/(https\S+)/, '"$1"') : r)).join('\n')));
    await waitFor(() => expect(screen.getByTestId('import-counts').textContent).toBe('2 rows: 2 new, 0 merged into leads you have, 0 refused.'));
    expect((screen.getByLabelText(/URL/) as HTMLSelectElement).value).toBe('linkedinUrl');
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Name', 'LinkedIn URL', 'Sales Navigator URL']);
  });

  it('reads a file Russian Excel saved in windows-1251, and tells the rep which encoding it assumed', async () => {
    const db = renderImport();
    await userEvent.upload(screen.getByLabelText('CSV file'), file(windows1251('ФИО;Компания\r\nДмитрий Шостакович;ООО Ромашка\r\n')));
    await waitFor(() => expect(screen.getByTestId('import-counts').textContent).toBe('1 row: 1 new, 0 merged into leads you have, 0 refused.'));
    expect(screen.getByTestId('import-encoding').textContent).toMatch(/read as Windows-1251/);
    expect(within(screen.getByRole('table')).getByText('Дмитрий Шостакович')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    await waitFor(() => expect(screen.getByText('Imported: 1 new lead, 0 merged.')).toBeTruthy());
    expect((await db.leads.toArray()).map((l) => [l.fullName, l.companyName])).toEqual([['Дмитрий Шостакович', 'ООО Ромашка']]);
  });

  it('says plainly why a file is refused, and stores nothing', async () => {
    const db = renderImport();
    await userEvent.upload(screen.getByLabelText('CSV file'), file('%PDF-1.7 binary', 'invoice.pdf'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not a CSV/i));
    expect(await db.leads.count()).toBe(0);
  });

  it('a 5 MB cell (and a 5 MB header) does not hang the screen: the preview shows them cut', async () => {
    const db = renderImport();
    const huge = (ch: string) => ch.repeat(5 * 1024 * 1024);
    await userEvent.upload(screen.getByLabelText('CSV file'), file(`Name,Notes ${huge('h')}\nAnna Nowak,${huge('x')}\n`));
    // Before, the summary carrying the whole cell failed the reply's check and the screen waited for ever.
    await waitFor(() => expect(screen.getByTestId('import-counts').textContent).toBe('1 row: 1 new, 0 merged into leads you have, 0 refused.'));
    expect(screen.getByText(/^Column "Notes h+…"$/).textContent!.length).toBeLessThan(300);
    expect(document.body.textContent!.length).toBeLessThan(20_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 row' }));
    await waitFor(() => expect(screen.getByText('Imported: 1 new lead, 0 merged.')).toBeTruthy());
    expect((await db.leads.toArray()).map((l) => l.fullName)).toEqual(['Anna Nowak']);
  }, 20_000); // 10 MB of text parsed in jsdom: slow on a loaded 2-core machine, not a timing claim

  it('refuses a file of more rows than the cap, saying how many are allowed', async () => {
    const db = renderImport();
    await userEvent.upload(screen.getByLabelText('CSV file'), file(`Name\n${'a\n'.repeat(250_000)}`));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(
      'This file has more than 200,000 rows. Split it into files of at most 200,000 rows each and import them one by one.',
    ));
    expect(await db.leads.count()).toBe(0);
  });
});
