import { currentLocale, formatDateTime, t } from '@/lib/i18n';
import { formatMoney } from '@/lib/pipeline/deal-input';
import type { Lead } from '@/lib/schema/records';
import { stageLabel } from '../panel/StageSection';
import { usePipeline } from '../use-pipeline';
import { useWaitingCrmDelete } from './use-crm-contact';

/**
 * What is left of an erased person: the anonymous record, read only. Nothing can be
 * typed into it (that would be new data about someone who asked to be forgotten).
 */
export function ErasedLeadCard({ lead }: { lead: Lead & { erasedAt: number } }) {
  const pipeline = usePipeline();
  const crmDelete = useWaitingCrmDelete(lead.id);
  return (
    <article className="lead-card" aria-label={t('erased.name')}>
      <header className="lead-header">
        <div>
          <h2 className="lead-name">{t('erased.name')}</h2>
          <p className="small">{t('erased.body', { date: formatDateTime(lead.erasedAt) })}</p>
          <p className="small">
            {pipeline && <span data-testid="header-stage">{stageLabel(pipeline, lead.stageId)}</span>}
            {lead.dealValue !== undefined && pipeline && <span> · {formatMoney(lead.dealValue, lead.currency ?? pipeline.currency, currentLocale())}</span>}
          </p>
          {crmDelete && (
            <p className="small" role="status" data-testid="erase-crm-waiting">
              {crmDelete.lastError ? t('erase.crmFailed', { date: formatDateTime(crmDelete.lastError.at) }) : t('erase.crmWaiting')}
            </p>
          )}
        </div>
      </header>
    </article>
  );
}
