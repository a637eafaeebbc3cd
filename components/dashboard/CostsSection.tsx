import { acquisitionCost, lifetimeValue } from '@/lib/metrics/dashboard';
import type { FactorResult } from '@/lib/metrics/factors';
import type { Costs } from '@/lib/metrics/settings';
import { currentLocale, t } from '@/lib/i18n';
import { money, percent } from '../velocity/format-metrics';
import { Figure } from './Figure';

/** Customer acquisition cost and lifetime value, from the costs entered on the options page. */
export function CostsSection({ costs, factors, currency, windowDays }: { costs: Costs; factors: FactorResult; currency: string; windowDays: number }) {
  const cac = acquisitionCost(costs.monthlySpend, windowDays, factors.won);
  const clv = lifetimeValue(factors.averageWonValue, costs);
  const unknown = t('vel.unknown');
  const number = (n: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(n);
  return (
    <section className="card" aria-labelledby="dash-costs">
      <h2 id="dash-costs">{t('dash.costs')}</h2>
      {costs.monthlySpend === undefined && <p className="muted small">{t('dash.costs.none')}</p>}
      <Figure
        label={t('dash.cac')}
        value={cac === undefined ? unknown : money(cac, currency)}
        detail={costs.monthlySpend === undefined ? undefined : t('dash.cac.how', { spend: money((costs.monthlySpend * windowDays) / 30, currency), days: windowDays, won: factors.won })}
      />
      <Figure
        label={t('dash.clv')}
        value={clv === undefined ? unknown : money(clv, currency)}
        detail={
          factors.averageWonValue === undefined
            ? undefined
            : t('dash.clv.how', {
                deal: money(factors.averageWonValue, currency),
                margin: percent((costs.marginPercent ?? 100) / 100),
                purchases: costs.purchasesPerYear ?? 1,
                years: costs.retentionYears ?? 1,
              })
        }
      />
      {cac !== undefined && clv !== undefined && cac > 0 && <p>{t('dash.clvCac', { ratio: number(clv / cac) })}</p>}
    </section>
  );
}
