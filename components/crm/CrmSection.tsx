import { useState } from 'react';
import { formatDateTime, t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import type { CrmConnectionView } from '@/lib/crm/connection';
import { ConfirmDialog } from '../ConfirmDialog';
import { ConnectForm } from './ConnectForm';
import { useCrmConnection } from './use-crm-connection';
import { SyncStatus } from './SyncStatus';
import { PullConflicts } from './PullConflicts';
import { RefusedRecords } from './RefusedRecords';
import { StageMappingForm } from './StageMapping';

/** Owners named in the section; the rest are counted. */
const OWNERS_SHOWN = 8;

/**
 * The CRM section of the options page (`#crm`). Until the rep connects HubSpot nothing
 * leaves the browser; connected, it names the account, the token's hint and the owners,
 * and offers "Disconnect", which forgets the token and gives back the permission.
 */
export function CrmSection() {
  const connection = useCrmConnection();
  const live = connection && connection.state !== 'disconnected' ? connection : undefined;
  return (
    <section id="crm" aria-labelledby="crm-title">
      <h2 id="crm-title">{t('crm.title')}</h2>
      {connection === undefined ? null : live ? (
        <Connected connection={live} />
      ) : (
        <>
          <p data-testid="crm-status">{connection?.state === 'disconnected' ? t('crm.disconnected') : t('crm.none')}</p>
          <p>{t('crm.local')}</p>
          <ConnectForm />
        </>
      )}
    </section>
  );
}

function Connected({ connection }: { connection: CrmConnectionView }) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const { owners, account } = connection;
  const names = owners.slice(0, OWNERS_SHOWN).map((o) => o.name);
  if (owners.length > OWNERS_SHOWN) names.push('…');
  return (
    <>
      <p data-testid="crm-status">{t('crm.connected', { portalId: account.accountId, domain: account.uiDomain })}</p>
      <p className="small">{t('crm.connectedSince', { date: formatDateTime(connection.connectedAt), hint: connection.tokenHint })}</p>
      <p className="small" data-testid="crm-owners">
        {owners.length ? t('crm.owners', { count: owners.length, names: names.join(', ') }) : t('crm.ownersNone')}
      </p>
      <p>{t('crm.whatGoes')}</p>
      <SyncStatus />
      <RefusedRecords />
      <PullConflicts />
      {connection.state === 'connected' && <StageMappingForm />}
      {connection.state === 'reconnect' && (
        <>
          <p role="alert" className="field-error">
            {t('crm.reconnect')}
          </p>
          <ConnectForm />
        </>
      )}
      <p className="button-row">
        <button type="button" onClick={() => setAsking(true)}>
          {t('crm.disconnect')}
        </button>
      </p>
      {failed && (
        <p role="alert" className="field-error">
          {t('crm.error.unexpected')}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t('crm.disconnect')}
          body={t('crm.disconnectAsk')}
          confirmLabel={t('crm.disconnect')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setAsking(false);
            setFailed(false);
            sendToBackground({ type: 'crm.disconnect' }).catch(() => setFailed(true));
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
