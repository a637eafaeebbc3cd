import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { LeadEditor } from './LeadEditor';
import { formatPoints } from './format';
import { ScoreSection } from './ScoreSection';
import { BantSection } from './panel/BantSection';
import { LeadHeader } from './panel/LeadHeader';
import { NextStepSection } from './panel/NextStepSection';
import { PanelSection } from './panel/PanelSection';
import { TouchesSection } from './panel/TouchesSection';
import { DealSection } from './panel/DealSection';
import { StageSection } from './panel/StageSection';
import { UndoBar } from './panel/UndoBar';
import { SequenceSection } from './sequences/SequenceSection';
import { usePipeline } from './use-pipeline';
import { EraseSection } from './privacy/EraseSection';
import { ErasedLeadCard } from './privacy/ErasedLeadCard';
import { CrmLookupLine } from './crm/CrmLookupLine';
import { PullConflictLine } from './crm/PullConflicts';

/** The lead header (always on top) and its sections: stage, next step and touches first, the rest collapsible; an erased person's anonymous record, read only. */
export function LeadCard({ lead, firstPipeline }: { lead: Lead; /** The pipeline the panel's first view drew the header with, until the live query answers. */ firstPipeline?: PipelineSettings }) {
  if (lead.erasedAt !== undefined) return <ErasedLeadCard lead={{ ...lead, erasedAt: lead.erasedAt }} />;
  return <LiveLeadCard lead={lead} firstPipeline={firstPipeline} />;
}

function LiveLeadCard({ lead, firstPipeline }: { lead: Lead; firstPipeline?: PipelineSettings }) {
  const pipeline = usePipeline(firstPipeline);
  return (
    <article className="lead-card" aria-label={lead.fullName ?? t('list.unnamed')}>
      <LeadHeader lead={lead} pipeline={pipeline} />
      <CrmLookupLine lead={lead} />
      <PullConflictLine leadId={lead.id} currency={lead.currency} />
      <UndoBar leadId={lead.id} />
      {/* What a rep does most, always open: move the stage, set the next step, log a touch. */}
      {pipeline && <StageSection lead={lead} pipeline={pipeline} />}
      <NextStepSection lead={lead} />
      <TouchesSection lead={lead} />
      {pipeline && (
        <PanelSection id="deal" title={t('deal.title')}>
          <DealSection lead={lead} pipeline={pipeline} />
        </PanelSection>
      )}
      <PanelSection id="qualification" title={t('bant.title')}>
        <BantSection lead={lead} />
      </PanelSection>
      <PanelSection id="sequences" title={t('seq.title')}>
        <SequenceSection lead={lead} />
      </PanelSection>
      <PanelSection
        id="score"
        title={t('score.title')}
        summary={`${formatPoints(lead.score, false)} · ${t(`label.${lead.scoreLabel}` as MessageKey)}`}
      >
        <ScoreSection lead={lead} />
      </PanelSection>
      <PanelSection id="details" title={t('header.details')}>
        <p className="muted small">
          {t(`source.${lead.source}` as MessageKey)} · {t('panel.savedAt', { date: formatDateTime(lead.createdAt) })}
        </p>
        <LeadEditor lead={lead} />
      </PanelSection>
      <EraseSection lead={lead} />
    </article>
  );
}
