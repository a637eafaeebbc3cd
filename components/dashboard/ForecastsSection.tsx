import { cycleAgeForecast, runRateForecast } from '@/lib/metrics/forecast';
import type { Money } from '@/lib/metrics/pipeline-value';
import type { VelocityReport } from '@/lib/metrics/velocity-report';
import { t } from '@/lib/i18n';
import { days, money, moneyList, signedPercent } from '../velocity/format-metrics';
import { Figure } from './Figure';

/** The three forecasts, each with its inputs. */
export function ForecastsSection(props: {
  report: VelocityReport;
  value: { raw: Money; weighted: Money; deals: number };
  /** Open deal value by creation day, with its mean age (cycle-age forecast), and how many deals that is. */
  openDeals: { value: number; ageDays: number }[];
  openDealCount: number;
  currency: string;
  windowDays: number;
}) {
  const { report, value, openDeals, openDealCount, currency, windowDays } = props;
  const cycle = report.current.factors.averageCycleDays;
  const cycleAge = cycle === undefined ? undefined : cycleAgeForecast(openDeals, cycle);
  const historical = runRateForecast(report.current.factors, report.previous.factors);
  return (
    <section className="card" aria-labelledby="dash-forecasts">
      <h2 id="dash-forecasts">{t('dash.forecasts')}</h2>
      <Figure
        label={t('dash.fc.weighted')}
        value={moneyList(value.weighted) || money(0, currency)}
        // The count is of deals in the rep's currency; with others beside it, the line says so.
        detail={
          Object.keys(value.weighted).some((code) => code !== currency)
            ? t('dash.fc.weighted.howIn', { count: openDealCount, currency })
            : t('dash.fc.weighted.how', { count: openDealCount })
        }
      />
      <Figure
        label={t('dash.fc.cycleAge')}
        value={cycleAge === undefined ? t('dash.fc.unknown', { reason: cycle === undefined ? t('dash.fc.noCycle') : t('vel.missing.zero-cycle') }) : money(cycleAge, currency)}
        detail={cycle === undefined || cycle <= 0 ? undefined : t('dash.fc.cycleAge.how', { cycle: days(cycle) })}
      />
      <Figure
        label={t('dash.fc.historical', { days: windowDays })}
        // Undefined when nothing was won in the rep's currency: deals won only in another one are no "nothing won".
        value={historical === undefined ? t('dash.fc.unknown', { reason: t('vel.missing.no-won-deals', { currency }) }) : money(historical.forecast, currency)}
        detail={
          historical === undefined
            ? undefined
            : t('dash.fc.historical.how', { days: windowDays, baseline: money(historical.baseline, currency), growth: signedPercent(1 + historical.growthRate) })
        }
      />
    </section>
  );
}
