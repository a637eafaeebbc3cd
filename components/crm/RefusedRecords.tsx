import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CrmSyncJob } from '@/lib/crm/sync/state';
import type { RefusedRecord } from '@/lib/crm/sync/refused';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/transport';
import { useDb } from '../db-context';

/** Refusals named one by one; the rest are counted. */
const SHOWN = 20;

type Shown = { entry: RefusedRecord; name: string; leadId?: string };

/**
 * The options page's list of records HubSpot refused (lib/crm/sync/refused.ts): how many, and for
 * each the lead's (or company's) name read from the database and HubSpot's reason, with a way to
 * open the lead in the side panel. Names and reasons are page and CRM data: rendered as text.
 * Entries whose record is no longer here (deleted, erased) are not shown: the next round drops them.
 */
export function RefusedRecords() {
  const db = useDb();
  const [failed, setFailed] = useState(false);
  const shown = useLiveQuery(async (): Promise<Shown[]> => {
    const parsed = CrmSyncJob.safeParse(await db.jobs.get('crmSync'));
    const refused = parsed.success ? (parsed.data.refused ?? []) : [];
    if (refused.length === 0) return [];
    const leadIds = [...new Set(refused.flatMap((e) => (e.leadId ? [e.leadId] : [])))];
    const companyIds = [...new Set(refused.filter((e) => e.kind === 'company').map((e) => e.localId))];
    const leads = new Map((await db.leads.bulkGet(leadIds)).flatMap((l) => (l && l.erasedAt === undefined ? [[l.id, l] as const] : [])));
    const companies = new Map((await db.companies.bulkGet(companyIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    return refused.flatMap((entry): Shown[] => {
      if (entry.kind === 'company') {
        const company = companies.get(entry.localId);
        return company ? [{ entry, name: company.name || t('list.unnamed') }] : [];
      }
      const lead = entry.leadId ? leads.get(entry.leadId) : undefined;
      return lead ? [{ entry, name: lead.fullName || lead.email || t('list.unnamed'), leadId: lead.id }] : [];
    });
  }, [db]);
  if (!shown?.length) return null;
  return (
    <div className="crm-refused" data-testid="crm-refused">
      <h3>{t('crm.refused.title', { count: shown.length })}</h3>
      <p className="small">{t('crm.refused.intro')}</p>
      <ul>
        {shown.slice(0, SHOWN).map(({ entry, name, leadId }) => (
          <li key={`${entry.kind}:${entry.localId}`}>
            <span>{t('crm.refused.item', { name, what: t(`crm.refused.kind.${entry.kind}`), reason: entry.message })}</span>{' '}
            {leadId && (
              <button
                type="button"
                className="link"
                aria-label={t('crm.refused.openFor', { name })}
                onClick={() => {
                  setFailed(false);
                  sendToBackground({ type: 'panel.open', leadId }).catch(() => setFailed(true));
                }}
              >
                {t('crm.refused.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {shown.length > SHOWN && <p className="small">{t('crm.refused.more', { count: shown.length - SHOWN })}</p>}
      {failed && (
        <p role="alert" className="field-error">
          {t('crm.error.unexpected')}
        </p>
      )}
    </div>
  );
}
