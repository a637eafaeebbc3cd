import { useMemo } from 'react';
import { useToday } from '../use-today';
import { pipelineValue } from '@/lib/metrics/pipeline-value';
import { velocityReport, velocityTrend, windowRange } from '@/lib/metrics/velocity-report';
import { currentLocale, t } from '@/lib/i18n';
import { useMetricsUi } from '@/lib/ui/metrics-store';
import { ResponseTimesSection } from '../sequences/ResponseTimesSection';
import { VelocityCard } from '../velocity/VelocityCard';
import { money, moneyList, percent, days } from '../velocity/format-metrics';
import { Sparkline } from '../velocity/Sparkline';
import { useKeptMetrics } from '../velocity/use-kept-metrics';
import { CostsSection } from './CostsSection';
import { Figure } from './Figure';
import { ForecastsSection } from './ForecastsSection';
import { FunnelChart } from './FunnelChart';
import { useDashboardFigures } from './use-dashboard-figures';
import { COMPLETENESS_FIELDS } from '@/lib/metrics/figures/schema';
import type { MessageKey } from '@/lib/i18n';
import './dashboard.css';

/** The dashboard page: velocity in full, then every figure the seeds name, each with how it was computed. */
export function DashboardApp() {
  const read = useKeptMetrics();
  const kept = read === 'updating' ? undefined : read;
  const windowDays = useMetricsUi((s) => s.windowDays);
  const today = useToday();
  const range = useMemo(() => windowRange(today, windowDays), [today, windowDays]);
  const walked = useDashboardFigures(kept, range);
  const computed = useMemo(() => {
    if (!kept) return undefined;
    const settings = { currency: kept.pipeline.currency, scope: kept.settings.scope, cycle: kept.settings.cycle };
    return {
      report: velocityReport(kept.days, today, windowDays, settings),
      trend: velocityTrend(kept.days, today, windowDays, settings),
      value: pipelineValue(kept.stats, kept.pipeline),
    };
  }, [kept, today, windowDays]);

  return (
    <main className="dashboard">
      <h1>{t('dash.title')}</h1>
      <div className="dashboard-grid">
        <VelocityCard figures={{ read }} />
        {kept && computed && (
          <>
            <section className="card" aria-labelledby="dash-trend">
              <h2 id="dash-trend">{t('dash.trend', { days: windowDays })}</h2>
              <Sparkline large values={computed.trend.map((p) => p.perDay)} format={(n) => money(n, kept.pipeline.currency)} windowDays={windowDays} />
            </section>
            <section className="card" aria-labelledby="dash-value">
              <h2 id="dash-value">{t('dash.value')}</h2>
              <Figure label={t('dash.value.raw')} value={moneyList(computed.value.raw) || money(0, kept.pipeline.currency)} />
              <Figure label={t('dash.value.weighted')} value={moneyList(computed.value.weighted) || money(0, kept.pipeline.currency)} />
            </section>
            <section className="card" aria-labelledby="dash-deals">
              <h2 id="dash-deals">{t('dash.deals', { days: windowDays })}</h2>
              <DealFigures factors={computed.report.current.factors} currency={kept.pipeline.currency} />
            </section>
          </>
        )}
        {kept && walked ? (
          <>
            <section className="card wide" aria-labelledby="dash-funnel">
              <h2 id="dash-funnel">{t('dash.funnel')}</h2>
              <FunnelChart funnel={walked.figures.funnel} worst={walked.figures.worstStep} pipeline={kept.pipeline} />
            </section>
            <section className="card" aria-labelledby="dash-follow">
              <h2 id="dash-follow">{t('dash.followUps')}</h2>
              <Figure label={t('dash.due')} value={String(walked.followUps.dueToday)} />
              <Figure label={t('dash.overdue')} value={String(walked.followUps.overdue)} />
              <Figure
                label={t('dash.touchesPerWon')}
                value={walked.figures.touchesPerWon === undefined ? t('vel.unknown') : new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(walked.figures.touchesPerWon)}
              />
            </section>
            <section className="card" aria-labelledby="dash-rescued">
              <h2 id="dash-rescued">{t('dash.rescued')}</h2>
              <p>{t('dash.rescued.detail', walked.figures.rescued)}</p>
              <h2>{t('dash.referrals')}</h2>
              <p>
                {t('dash.referrals.detail', {
                  count: walked.figures.referrals.count,
                  won: walked.figures.referrals.won,
                  revenue: moneyList(walked.figures.referrals.revenue) || money(0, kept.pipeline.currency),
                })}
              </p>
            </section>
            <section className="card" aria-labelledby="dash-complete">
              <h2 id="dash-complete">{t('dash.completeness')}</h2>
              {COMPLETENESS_FIELDS.map((f) => (
                <Figure key={f} label={t(`dash.field.${f}` as MessageKey)} value={percent(walked.figures.completeness[f])} bar={walked.figures.completeness[f]} />
              ))}
            </section>
            {computed && (
              <>
                <CostsSection costs={kept.settings.costs} factors={computed.report.current.factors} currency={kept.pipeline.currency} windowDays={windowDays} />
                <ForecastsSection
                  report={computed.report}
                  value={computed.value}
                  openDeals={walked.figures.openDeals}
                  openDealCount={walked.figures.openDealCount}
                  currency={kept.pipeline.currency}
                  windowDays={windowDays}
                />
              </>
            )}
          </>
        ) : (
          <p className="muted" role="status">
            {t('dash.computing')}
          </p>
        )}
        <section className="card wide">
          <ResponseTimesSection />
        </section>
      </div>
    </main>
  );
}

function DealFigures({ factors, currency }: { factors: ReturnType<typeof velocityReport>['current']['factors']; currency: string }) {
  const unknown = t('vel.unknown');
  return (
    <>
      <Figure label={t('dash.avgDeal')} value={factors.averageWonValue === undefined ? unknown : money(factors.averageWonValue, currency)} />
      <Figure label={t('dash.winRate')} value={factors.winRate === undefined ? unknown : percent(factors.winRate)} />
      <Figure label={t('dash.cycle')} value={factors.averageCycleDays === undefined ? unknown : days(factors.averageCycleDays)} />
    </>
  );
}
