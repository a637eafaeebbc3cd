import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { BackupRestore } from '../../components/transfer/BackupRestore';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { saveRuleSet } from '../../lib/db/settings';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { MAX_BACKUP_BYTES } from '../../lib/transfer/backup-codes';
import { backupJson, exportBackup } from '../../lib/transfer/backup';
import { freshDb, NOW } from '../unit/helpers/db';

function renderRestore() {
  const db = freshDb();
  render(
    <DbProvider db={db}>
      <BackupRestore />
    </DbProvider>,
  );
  return db;
}

const input = () => screen.getByLabelText('Backup file (JSON)');

describe('the backup restore screen (the session runs in the page: jsdom has no workers)', () => {
  it('says why a file too big to be a backup is refused, without reading it', async () => {
    const db = renderRestore();
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    await userEvent.upload(input(), file);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(
      'This file is larger than 256 MB, more than a backup of 100,000 leads with their touches. Choose the backup file the extension saved.',
    ));
    expect(text).not.toHaveBeenCalled();
    expect(await db.leads.count()).toBe(0);
  });

  it('shows the rep a file that cannot be read, and one that is not a backup', async () => {
    renderRestore();
    const gone = new File(['{}'], 'backup.json', { type: 'application/json' });
    vi.spyOn(gone, 'text').mockRejectedValue(new Error('The file was moved or deleted'));
    await userEvent.upload(input(), gone);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not be read \(The file was moved or deleted\)/));
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
    await userEvent.upload(input(), new File(['hello'], 'notes.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not a backup: it is not JSON/));
  });

  it('merges a backup with other rules, and says every lead is being rescored', async () => {
    const remote = freshDb();
    await saveRuleSet(remote, { ...DEFAULT_RULESET, thresholds: { mql: 5, sql: 15 } }, NOW);
    const person = PersonCaptureSchema.parse({ fullName: 'Grace Hopper', linkedinUrl: 'https://www.linkedin.com/in/grace/', source: 'linkedin', capturedAt: NOW });
    await saveCapture(remote, { kind: 'person', person }, NOW);
    const file = new File([backupJson(await exportBackup(remote, NOW))], 'backup.json', { type: 'application/json' });

    const db = renderRestore();
    await saveCapture(db, { kind: 'person', person: { ...person, fullName: 'Ada Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada/' } }, NOW);
    await userEvent.upload(input(), file);
    await userEvent.click(await screen.findByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Restored 1 lead.*every lead is being rescored\.$/));
    expect(await db.leads.count()).toBe(2);
  }, 20_000); // a whole restore in jsdom: slow on a loaded 2-core machine, not a timing claim
});
