import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { missingFields } from '@/lib/leads/completeness';
import { dayNumber } from '@/lib/metrics/daily-totals';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { formatPoints } from '../format';
import { useToday } from '../use-today';
import { stageLabel } from './stage-label';

function initials(name: string | undefined): string {
  return (name ?? '?')
    .split(' ')
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

const formatDay = (at: number) => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(at);

/** The next step as the header says it: what, and when, with "overdue" in words (never by colour alone). */
function NextStepLine({ lead }: { lead: Lead }) {
  const today = useToday();
  const next = lead.nextStep;
  if (!next?.text && next?.dueAt === undefined) return <p className="muted small" data-testid="header-next-step">{t('header.noNextStep')}</p>;
  const overdue = next.dueAt !== undefined && dayNumber(next.dueAt) < today;
  const when = next.dueAt === undefined ? '' : t(overdue ? 'header.overdue' : 'header.due', { date: formatDay(next.dueAt) });
  return (
    <p className={overdue ? 'small header-next overdue' : 'small header-next'} data-testid="header-next-step">
      {t('header.next', { text: next.text || t('header.nextUntitled') })}
      {when && <> · {when}</>}
    </p>
  );
}

/**
 * What a rep needs at a glance, kept on top while the panel scrolls: who (name, title,
 * company), how hot (score and its label, in words), where (stage), what next, and what is missing.
 */
export function LeadHeader({ lead, pipeline }: { lead: Lead; pipeline: PipelineSettings | undefined }) {
  const missing = missingFields(lead);
  return (
    <header className="lead-header">
      {/* No <img> of the photo URL: loading it would be a network request to LinkedIn's CDN. */}
      <span className="avatar" aria-hidden="true">
        {initials(lead.fullName)}
      </span>
      <div className="lead-header-text">
        <h2 className="lead-name">{lead.fullName ?? lead.email ?? t('list.unnamed')}</h2>
        {(lead.title || lead.companyName) && <p className="muted small">{[lead.title ?? lead.headline, lead.companyName].filter(Boolean).join(' · ')}</p>}
        <p className="small">
          <span data-testid="header-score">{t('score.short', { score: formatPoints(lead.score, false) })}</span>{' '}
          <span className={`badge badge-${lead.scoreLabel}`}>{t(`label.${lead.scoreLabel}` as MessageKey)}</span>
          {pipeline && <span data-testid="header-stage"> · {stageLabel(pipeline, lead.stageId)}</span>}
        </p>
        <NextStepLine lead={lead} />
        {missing.length > 0 && <p className="missing small">{t('common.missing', { fields: missing.map((f) => t(`field.${f}` as MessageKey)).join(', ') })}</p>}
      </div>
    </header>
  );
}
