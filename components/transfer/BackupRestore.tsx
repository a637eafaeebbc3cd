import { useState } from 'react';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { parseBackup, restoreBackup, type Backup, type RestoreMode } from '@/lib/transfer/backup';
import { runTransfer } from '@/lib/transfer/unfinished';
import { useDb } from '../db-context';
import { useUnfinishedTransfer } from './use-unfinished-transfer';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

type Status = { error: boolean; text: string };

/** Restore a JSON backup: the file is checked whole first; replace (asked twice) or merge, in one transaction. */
export function BackupRestore() {
  const db = useDb();
  const [backup, setBackup] = useState<Backup>();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  // A restore this page (or another) started and never committed: nothing was changed.
  const { unfinished, forget } = useUnfinishedTransfer('restore');
  // Said until the rep chooses a file here.
  const shown: Status | undefined = status ?? (unfinished ? { error: true, text: t('unfinished.restore') } : undefined);

  async function choose(file: File | undefined) {
    forget();
    setBackup(undefined);
    setStatus(undefined);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) setStatus({ error: true, text: t(`backup.error.${parsed.error}` as MessageKey, { detail: parsed.detail ?? '' }) });
    else setBackup(parsed.backup);
  }

  async function restore() {
    if (!backup) return;
    if (mode === 'replace' && !window.confirm(t('backup.confirmReplace', { date: formatDateTime(backup.exportedAt) }))) return;
    setBusy(true);
    setStatus({ error: false, text: t('backup.restoring') });
    try {
      // Noted as under way until its transaction commits: a page closed mid-way is told when it opens again.
      const now = clock();
      const counts = await runTransfer(db, 'restore', now, (end) => restoreBackup(db, backup, mode, now, end));
      setBackup(undefined);
      const restored = t('backup.restored', { leads: counts.leads, activities: counts.activities, sequences: counts.sequences });
      setStatus({ error: false, text: counts.duplicates ? `${restored} ${t('backup.duplicates', { count: counts.duplicates })}` : restored });
    } catch {
      setStatus({ error: true, text: t('backup.error.storage') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="restore-title">
      <h3 id="restore-title">{t('backup.import')}</h3>
      <p className="muted small">{t('backup.intro')}</p>
      <label>
        {t('data.chooseBackup')} <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {backup && (
        <fieldset>
          <legend>{t('backup.file', { date: formatDateTime(backup.exportedAt), leads: backup.tables.leads.length })}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} className="block">
              <input type="radio" name="restore-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(`backup.mode.${m}`)}
              <span className="muted small"> — {t(`backup.mode.${m}Hint`)}</span>
            </label>
          ))}
          <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
            {t('backup.restore')}
          </button>
        </fieldset>
      )}
      {shown && (
        <p role={shown.error ? 'alert' : 'status'} className={shown.error ? 'error' : 'muted'}>
          {shown.text}
        </p>
      )}
    </section>
  );
}
