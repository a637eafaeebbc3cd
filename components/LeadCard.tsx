import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { missingFields } from '@/lib/leads/merge';
import type { Lead } from '@/lib/schema/records';
import { LeadEditor } from './LeadEditor';
import { formatPoints } from './format';
import { ScoreSection } from './ScoreSection';
import { BantSection } from './panel/BantSection';
import { NextStepSection } from './panel/NextStepSection';
import { TouchesSection } from './panel/TouchesSection';
import { DealSection } from './panel/DealSection';
import { StageSection, stageLabel } from './panel/StageSection';
import { UndoBar } from './panel/UndoBar';
import { SequenceSection } from './sequences/SequenceSection';
import { usePipeline } from './use-pipeline';
import { EraseSection } from './privacy/EraseSection';
import { ErasedLeadCard } from './privacy/ErasedLeadCard';

function initials(name: string | undefined): string {
  return (name ?? '?')
    .split(' ')
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

/** The lead header (name, title, company, what is missing) and its editable fields; an erased person's anonymous record, read only. */
export function LeadCard({ lead }: { lead: Lead }) {
  if (lead.erasedAt !== undefined) return <ErasedLeadCard lead={{ ...lead, erasedAt: lead.erasedAt }} />;
  return <LiveLeadCard lead={lead} />;
}

function LiveLeadCard({ lead }: { lead: Lead }) {
  const missing = missingFields(lead);
  const pipeline = usePipeline();
  return (
    <article className="lead-card" aria-label={lead.fullName ?? t('list.unnamed')}>
      <header className="lead-header">
        {/* No <img> of the photo URL: loading it would be a network request to LinkedIn's CDN. */}
        <span className="avatar" aria-hidden="true">
          {initials(lead.fullName)}
        </span>
        <div>
          <h2 className="lead-name">{lead.fullName ?? lead.email ?? t('list.unnamed')}</h2>
          {(lead.title || lead.companyName) && (
            <p className="muted">{[lead.title ?? lead.headline, lead.companyName].filter(Boolean).join(' · ')}</p>
          )}
          <p className="small">
            <span data-testid="header-score">{t('score.short', { score: formatPoints(lead.score, false) })}</span>{' '}
            <span className={`badge badge-${lead.scoreLabel}`}>{t(`label.${lead.scoreLabel}` as MessageKey)}</span>
            {pipeline && <span data-testid="header-stage"> · {stageLabel(pipeline, lead.stageId)}</span>}
          </p>
          <p className="muted small">
            {t(`source.${lead.source}` as MessageKey)} · {t('panel.savedAt', { date: formatDateTime(lead.createdAt) })}
          </p>
          <p className="missing small">
            {missing.length ? t('common.missing', { fields: missing.map((f) => t(`field.${f}` as MessageKey)).join(', ') }) : t('common.complete')}
          </p>
        </div>
      </header>
      <UndoBar leadId={lead.id} />
      {pipeline && <StageSection lead={lead} pipeline={pipeline} />}
      {pipeline && <DealSection lead={lead} pipeline={pipeline} />}
      <NextStepSection lead={lead} />
      <SequenceSection lead={lead} />
      <ScoreSection lead={lead} />
      <BantSection lead={lead} />
      <TouchesSection lead={lead} />
      <LeadEditor lead={lead} />
      <EraseSection lead={lead} />
    </article>
  );
}
