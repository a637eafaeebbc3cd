import { useEffect, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import type { CrmSyncStatus } from '@/lib/crm/sync/status';
import { useSyncStatus } from './use-sync-status';

/**
 * The popup's compact sync line (loaded only when HubSpot is connected, in a chunk of its
 * own). Opening the popup asks the background for a round; it runs at most once a minute.
 */
export function CrmSyncLine({ pending = null }: { /** Drawn until the status is read (the popup keeps the line's room). */ pending?: ReactNode }) {
  const status = useSyncStatus();
  useEffect(() => {
    void sendToBackground({ type: 'crm.sync', trigger: 'popup' }).catch(() => undefined);
  }, []);
  if (!status) return pending;
  if (status.connection !== 'connected' && status.connection !== 'reconnect') return null;
  return (
    <p className="muted small crm-sync-line" data-testid="crm-sync-line">
      {lineOf(status)}
    </p>
  );
}

/** What the rep must act on first: a refused token, a missing scope, a failed sync; else what waits, and what HubSpot refused. */
function lineOf(status: CrmSyncStatus): string {
  if (status.connection === 'reconnect') return t('crm.sync.popupReconnect');
  if (status.lastError?.kind === 'missing-scopes') return t('crm.sync.popupScopes');
  if (status.lastError) return t('crm.sync.popupFailed');
  const waiting = t('crm.sync.popup', { count: status.pending });
  return status.refused ? `${waiting} · ${t('crm.sync.popupRefused', { count: status.refused })}` : waiting;
}
