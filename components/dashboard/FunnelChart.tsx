import type { FunnelStep } from '@/lib/metrics/figures/read';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { t } from '@/lib/i18n';
import { percent } from '../velocity/format-metrics';

/** Leads that reached each stage as bars, with how many went on and how many were lost there; the worst step is named. */
export function FunnelChart({ funnel, worst, pipeline }: { funnel: FunnelStep[]; worst: string | undefined; pipeline: PipelineSettings }) {
  const top = Math.max(1, funnel[0]?.reached ?? 0);
  const name = (id: string) => pipeline.stages.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      <ol className="funnel" aria-label={t('dash.funnelLabel')}>
        {funnel.map((step) => (
          <li key={step.stageId} className={step.stageId === worst ? 'worst' : undefined}>
            <span className="funnel-name">{name(step.stageId)}</span>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${Math.round((step.reached / top) * 100)}%` }} />
            </span>
            <span className="funnel-numbers small">
              {t('dash.funnel.reached', { count: step.reached })}
              {step.conversion !== undefined && <> · {t('dash.funnel.conversion', { share: percent(step.conversion) })}</>}
              {step.lostHere > 0 && <> · {t('dash.funnel.lost', { count: step.lostHere })}</>}
            </span>
          </li>
        ))}
      </ol>
      {worst && <p data-testid="funnel-worst">{t('dash.funnel.worst', { stage: name(worst) })}</p>}
    </>
  );
}
