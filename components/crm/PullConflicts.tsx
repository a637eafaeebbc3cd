import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { conflictText } from '@/lib/crm/conflict-text';
import { dismissConflict } from '@/lib/crm/sync/conflicts';
import { t } from '@/lib/i18n';
import { useDb } from '../db-context';
import { usePipeline } from '../use-pipeline';
import { usePullConflicts } from './use-conflicts';

/**
 * The options page's list of values a pull did not keep (or kept over a local edit): per
 * lead and field, what the lead has now and what the other side had, each with "Dismiss".
 * Nothing while there are none.
 */
export function PullConflicts() {
  const db = useDb();
  const conflicts = usePullConflicts();
  const pipeline = usePipeline();
  const ids = [...new Set((conflicts ?? []).map((c) => c.leadId))];
  const leads = useLiveQuery(async () => new Map((await db.leads.bulkGet(ids)).filter((l) => l !== undefined).map((l) => [l.id, l])), [db, ids.join('\n')]);
  const [failed, setFailed] = useState(false);
  if (!conflicts?.length || !pipeline) return null;
  return (
    <div className="crm-conflicts" data-testid="crm-conflicts">
      <h3>{t('crm.conflicts.title')}</h3>
      <p className="small">{t('crm.conflicts.intro')}</p>
      <ul>
        {conflicts.map((conflict) => {
          const lead = leads?.get(conflict.leadId);
          const name = (lead?.erasedAt === undefined ? lead?.fullName : undefined) ?? t('list.unnamed');
          const detail = conflictText(conflict, pipeline, lead?.currency ?? pipeline.currency);
          return (
            <li key={conflict.id}>
              <span>{t('crm.conflicts.item', { name, detail })}</span>{' '}
              <button
                type="button"
                aria-label={t('crm.conflicts.dismissFor', { name })}
                onClick={() => {
                  setFailed(false);
                  dismissConflict(db, conflict.id, Date.now()).catch(() => setFailed(true));
                }}
              >
                {t('crm.conflicts.dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
      {failed && (
        <p role="alert" className="field-error">
          {t('crm.error.unexpected')}
        </p>
      )}
    </div>
  );
}

/** On a lead's card in the side panel: what HubSpot had that the lead did not keep (or the lead's value HubSpot's replaced). */
export function PullConflictLine({ leadId, currency }: { leadId: string; currency?: string }) {
  const conflicts = usePullConflicts(leadId);
  const pipeline = usePipeline();
  if (!conflicts?.length || !pipeline) return null;
  return (
    <>
      {conflicts.map((conflict) => (
        <p key={conflict.id} className="small crm-conflict" data-testid="crm-conflict">
          {t('crm.conflicts.panel', { detail: conflictText(conflict, pipeline, currency ?? pipeline.currency) })}
        </p>
      ))}
    </>
  );
}
