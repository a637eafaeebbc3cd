import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { CsvImport } from '../../components/transfer/CsvImport';
import { freshDb } from '../unit/helpers/db';

const file = (text: string, name = 'leads.csv') => new File([text], name, { type: 'text/csv' });

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

  it('says plainly why a file is refused, and stores nothing', async () => {
    const db = renderImport();
    await userEvent.upload(screen.getByLabelText('CSV file'), file('%PDF-1.7 binary', 'invoice.pdf'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not a CSV/i));
    expect(await db.leads.count()).toBe(0);
  });
});
