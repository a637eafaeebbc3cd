import { useState } from 'react';
import { eraseLead } from '@/lib/db/erase';
import { t } from '@/lib/i18n';
import type { Lead } from '@/lib/schema/records';
import { usePanelStore } from '@/lib/ui/panel-store';
import { useUndoStore } from '@/lib/ui/undo-store';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import './privacy.css';

/** "Erase this person", asked twice: it removes their personal data for good (lib/db/erase.ts). */
export function EraseSection({ lead }: { lead: Lead }) {
  const db = useDb();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const { run, failure } = useWrite();

  async function erase() {
    setBusy(true);
    // First, so no "Undo" can put their data back, even while the erase runs.
    useUndoStore.getState().forget(lead.id);
    const done = await run(() => eraseLead(db, lead.id, Date.now()));
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
