import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseGate } from '../../components/DatabaseGate';
import { DbProvider } from '../../components/db-context';
import { declareVersions, LeadsDatabase } from '../../lib/db/database';
import { RawBackupSchema } from '../../lib/transfer/raw-backup-schema';
import { seedFailingUpgrade, V2_RECORDS } from '../unit/helpers/failing-upgrade';

const uniqueName = (stem: string) => `${stem}-${Math.random().toString(36).slice(2)}`;

function renderGate(db: LeadsDatabase) {
  return render(
    <DbProvider db={db}>
      <DatabaseGate>
        <p>The app</p>
      </DatabaseGate>
    </DbProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('pages open the database first', () => {
  it('an upgrade that fails is told as it is, and the raw data can be downloaded', async () => {
    const user = userEvent.setup();
    const name = uniqueName('gate-upgrade');
    await seedFailingUpgrade(name);
    renderGate(new LeadsDatabase(name));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^The database could not be upgraded to the new version: BulkError: .+\. Your data has not been changed\.$/);
    expect(alert).not.toHaveTextContent(/close|other tab/i);
    expect(screen.queryByText('The app')).toBeNull();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:raw';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Download a backup of the raw data' }));
    expect(await screen.findByText('Raw data saved: 5 records from 4 stores.')).toHaveAttribute('role', 'status');
    expect(blobs).toHaveLength(1);
    const file = RawBackupSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(file.schemaVersion).toBe(2);
    expect(file.reason).toBe(alert.textContent);
    for (const [table, rows] of Object.entries(V2_RECORDS)) {
      expect(file.stores.find((s) => s.name === table)?.records.map((r) => r.value)).toEqual(expect.arrayContaining(rows));
    }
  });

  it('says to close other tabs only while another tab really blocks the upgrade, then goes on', async () => {
    const name = uniqueName('gate-blocked');
    const old = new Dexie(name);
    declareVersions(old, 6);
    await old.open();
    old.close();
    // Another tab of an older version: a connection that does not close when asked to.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    renderGate(new LeadsDatabase(name));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Close the other tabs of the extension/);
    expect(screen.queryByText('The app')).toBeNull();
    other.close();
    expect(await screen.findByText('The app')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a database that opens shows the page', async () => {
    renderGate(new LeadsDatabase(uniqueName('gate-fine')));
    expect(await screen.findByText('The app')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Opening your data…')).toBeNull());
  });
});
