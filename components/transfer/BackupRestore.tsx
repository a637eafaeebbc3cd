import { useCallback, useEffect, useRef, useState } from 'react';
import { StorageError } from '@/lib/db/errors';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import type { RestoreCounts } from '@/lib/messaging/protocol';
import { MAX_BACKUP_BYTES, type RestoreMode } from '@/lib/transfer/backup-codes';
import { createBackupClient, type BackupClient } from '@/lib/transfer/backup-client';
import { useDb } from '../db-context';
import { useUnfinishedTransfer } from './use-unfinished-transfer';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

const MAX_BACKUP_MB = MAX_BACKUP_BYTES / 1024 / 1024;

type Status = { error: boolean; text: string };
type Opened = { exportedAt: number; leads: number };

/** The restore's worker, started on first use (in event handlers) and stopped when the screen goes. */
function useBackupClient(): () => BackupClient {
  const db = useDb();
  const client = useRef<BackupClient>(undefined);
  useEffect(
    () => () => {
      client.current?.close();
      client.current = undefined;
    },
    [],
  );
  return useCallback(() => (client.current ??= createBackupClient(db, clock)), [db]);
}

function restoredText(counts: RestoreCounts): string {
  const parts = [t('backup.restored', { leads: counts.leads, activities: counts.activities, sequences: counts.sequences })];
  if (counts.duplicates) parts.push(t('backup.duplicates', { count: counts.duplicates }));
  if (counts.forgotten) parts.push(t('backup.forgotten', { count: counts.forgotten }));
  if (counts.moved) parts.push(t('backup.moved', { count: counts.moved }));
  if (counts.rescoring) parts.push(t('backup.rescoring'));
  return parts.join(' ');
}

function storageText(error: unknown): string {
  return error instanceof StorageError && error.code !== 'unknown' ? t(`error.${error.code}` as MessageKey) : t('backup.error.storage');
}

/**
 * Restore a JSON backup: the file is read and checked whole first, in a worker (a
 * big file never freezes the page); then replace (asked twice) or merge, in one
 * transaction. Whatever goes wrong, reading, checking or writing, is said.
 */
export function BackupRestore() {
  const client = useBackupClient();
  const [opened, setOpened] = useState<Opened>();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  // A restore this page (or another) started and never committed: nothing was changed.
  const { unfinished, forget } = useUnfinishedTransfer('restore');
  // Said until the rep chooses a file here.
  const shown: Status | undefined = status ?? (unfinished ? { error: true, text: t('unfinished.restore') } : undefined);

  async function choose(file: File | undefined) {
    forget();
    setOpened(undefined);
    setStatus(undefined);
    if (!file) return;
    setBusy(true);
    setStatus({ error: false, text: t('backup.reading', { file: file.name }) });
    try {
      const outcome = await client().open(file);
      if (!outcome.ok) return setStatus({ error: true, text: t(`backup.error.${outcome.error}` as MessageKey, { detail: outcome.detail ?? '', max: MAX_BACKUP_MB }) });
      setStatus(undefined);
      setOpened({ exportedAt: outcome.exportedAt, leads: outcome.leads });
    } catch (error) {
      setStatus({ error: true, text: t('backup.error.unreadable', { detail: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!opened) return;
    if (mode === 'replace' && !window.confirm(t('backup.confirmReplace', { date: formatDateTime(opened.exportedAt) }))) return;
    setBusy(true);
    setStatus({ error: false, text: t('backup.restoring') });
    try {
      const counts = await client().restore(mode);
      setOpened(undefined);
      setStatus({ error: false, text: restoredText(counts) });
    } catch (error) {
      setStatus({ error: true, text: storageText(error) });
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
      {opened && (
        <fieldset>
          <legend>{t('backup.file', { date: formatDateTime(opened.exportedAt), leads: opened.leads })}</legend>
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
