import { useState } from 'react';
import { eraseLead } from '@/lib/db/erase';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import type { Lead } from '@/lib/schema/records';
import { usePanelStore } from '@/lib/ui/panel-store';
import { useUndoStore } from '@/lib/ui/undo-store';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import { useCanDeleteInCrm } from './use-crm-contact';
import './privacy.css';

/**
 * "Erase this person", asked twice: it removes their personal data for good (lib/db/erase.ts).
 * With HubSpot connected and the person synced there, it also offers HubSpot's GDPR delete of
 * their contact: the erase here happens at once either way; the CRM delete is queued by the
 * erase and made by the background, retried by the sync rounds until HubSpot has done it
 * (the erased card says while it waits).
 */
export function EraseSection({ lead }: { lead: Lead }) {
  const db = useDb();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [crmDelete, setCrmDelete] = useState(false);
  const canDeleteInCrm = useCanDeleteInCrm(lead.id);
  const { run, failure } = useWrite();

  async function erase() {
    setBusy(true);
    // First, so no "Undo" can put their data back, even while the erase runs.
    useUndoStore.getState().forget(lead.id);
    const alsoCrm = crmDelete && canDeleteInCrm;
    const done = await run(() => eraseLead(db, lead.id, Date.now(), { crmDelete: alsoCrm }));
    // The background makes the queued delete now; if it cannot, the sync rounds will (no answer awaited: this card is gone by then).
    if (done.ok && alsoCrm) void sendToBackground({ type: 'crm.erase' }).catch(() => undefined);
    // The tab's profile no longer finds the lead (its address is gone): keep showing what is left of it.
    if (done.ok) usePanelStore.getState().pick(lead.id);
    else setBusy(false);
  }

  return (
    <section className="erase-section" aria-labelledby="erase-title">
      <h3 id="erase-title">{t('erase.title')}</h3>
      {!asking ? (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('erase.button')}
        </button>
      ) : (
        <div role="group" aria-label={t('erase.title')}>
          <p className="small">{t('erase.explain')}</p>
          {canDeleteInCrm && (
            <p className="small">
              <label className="erase-crm">
                <input type="checkbox" checked={crmDelete} disabled={busy} onChange={(e) => setCrmDelete(e.target.checked)} /> {t('erase.crmDelete')}
              </label>
            </p>
          )}
          <p className="button-row">
            <button type="button" className="danger" disabled={busy} onClick={() => void erase()}>
              {t('erase.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      )}
      <WriteFailure text={failure} />
    </section>
  );
}
