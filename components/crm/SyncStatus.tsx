import { useState } from 'react';
import { formatDateTime, formatList, t, type MessageKey } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import type { CrmSyncStatus } from '@/lib/crm/sync/status';
import { useSyncStatus } from './use-sync-status';

/** What the last error means for the rep: reconnect, wait for the next round, or that something is wrong. */
export function syncErrorKey(error: NonNullable<CrmSyncStatus['lastError']>): MessageKey {
  if (error.kind === 'reconnect') return 'crm.sync.error.reconnect';
  if (error.kind === 'missing-scopes') return 'crm.sync.error.missingScopes';
  if (error.kind === 'rate-limited' || error.kind === 'unavailable' || error.kind === 'ambiguous-write') return 'crm.sync.error.retry';
  return 'crm.sync.error.other';
}

/** The sync line of the options page's CRM section: last sync, what waits, the last error, and "Sync now". */
export function SyncStatus() {
  const status = useSyncStatus();
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!status || status.connection === 'none' || status.connection === 'disconnected') return null;
  const reconnect = status.connection === 'reconnect';
  async function syncNow() {
    setRunning(true);
    setFailed(false);
    try {
      await sendToBackground({ type: 'crm.sync', trigger: 'now' });
    } catch {
      setFailed(true);
    } finally {
      setRunning(false);
    }
  }
  return (
    <div className="crm-sync" data-testid="crm-sync">
      <h3>{t('crm.sync.title')}</h3>
      <p data-testid="crm-sync-last">{status.lastSyncAt === undefined ? t('crm.sync.never') : t('crm.sync.last', { date: formatDateTime(status.lastSyncAt) })}</p>
      <p data-testid="crm-sync-pending">{t('crm.sync.pending', { count: status.pending })}</p>
      {status.erasePending > 0 && <p data-testid="crm-sync-erase-pending">{t('crm.sync.erasePending', { count: status.erasePending })}</p>}
      {reconnect ? (
        <p role="alert" className="field-error" data-testid="crm-sync-error">
          {t('crm.sync.reconnect')}
        </p>
      ) : (
        status.lastError && (
          <p role="alert" className="field-error" data-testid="crm-sync-error">
            {t(syncErrorKey(status.lastError), { date: formatDateTime(status.lastError.at), count: status.lastError.scopes?.length ?? 0, scopes: formatList(status.lastError.scopes ?? []) })}
          </p>
        )
      )}
      {failed && (
        <p role="alert" className="field-error">
          {t('crm.error.unexpected')}
        </p>
      )}
      <p className="button-row">
        <button type="button" onClick={() => void syncNow()} disabled={running || reconnect}>
          {running ? t('crm.sync.running') : t('crm.sync.now')}
        </button>
      </p>
    </div>
  );
}
