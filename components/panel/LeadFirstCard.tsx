import { t } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { LeadHeader } from './LeadHeader';

/** What the panel's first read found (lib/pages/panel-start.tsx): the lead asked for and the pipeline. */
export type FirstLead = { lead: Lead; pipeline: PipelineSettings };

/**
 * A lead's card as the first view draws it, before Dexie and the card's sections have
 * loaded: the card's own element and header, the same markup LeadCard draws (issue 15);
 * the live card adds its sections below.
 */
export function LeadFirstCard({ lead, pipeline }: FirstLead) {
  return (
    <article className="lead-card" aria-label={lead.fullName ?? t('list.unnamed')}>
      <LeadHeader lead={lead} pipeline={pipeline} />
    </article>
  );
}
