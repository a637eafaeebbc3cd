import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { BackupRestore } from '../../components/transfer/BackupRestore';
import { CsvImport } from '../../components/transfer/CsvImport';
import { freshDb, NOW } from '../unit/helpers/db';

describe('the options page says when the last import or restore was cut short', () => {
  it('an import whose page closed mid-way: said once, in the import part, and not in the restore part', async () => {
    const db = freshDb();
    await db.jobs.put({ key: 'transfer', kind: 'import', startedAt: NOW });
    const first = render(
      <DbProvider db={db}>
        <CsvImport />
        <BackupRestore />
      </DbProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The last import did not finish (its page was closed while it ran), so nothing from it was imported. Choose the file again to import it.',
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(await db.jobs.get('transfer')).toBeUndefined();
    first.unmount();

    // Opened again: already told.
    render(
      <DbProvider db={db}>
        <CsvImport />
      </DbProvider>,
    );
    await screen.findByLabelText('CSV file');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a restore whose page closed mid-way', async () => {
    const db = freshDb();
    await db.jobs.put({ key: 'transfer', kind: 'restore', startedAt: NOW });
    render(
      <DbProvider db={db}>
        <BackupRestore />
      </DbProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The last backup restore did not finish (its page was closed while it ran), so nothing was changed. Choose the backup again to restore it.',
    );
  });
});
