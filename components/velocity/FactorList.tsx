import type { FactorResult } from '@/lib/metrics/factors';
import type { Change } from '@/lib/metrics/velocity-report';
import type { Lever } from '@/lib/metrics/velocity';
import type { MetricsSettings } from '@/lib/metrics/settings';
import { currentLocale, t, type MessageKey } from '@/lib/i18n';
import { days, money, percent, signedPercent } from './format-metrics';

export const LEVERS: readonly Lever[] = ['opportunities', 'dealValue', 'winRate', 'cycle'];

/** A factor's value as the rep reads it, or "not known". */
export function leverValue(lever: Lever, f: FactorResult, currency: string): string {
  const known = (v: number | undefined, format: (v: number) => string) => (v === undefined ? t('vel.unknown') : format(v));
  switch (lever) {
    case 'opportunities':
      return new Intl.NumberFormat(currentLocale()).format(f.opportunities);
    case 'dealValue':
      return known(f.averageWonValue, (v) => money(v, currency));
    case 'winRate':
      return known(f.winRate, percent);
    case 'cycle':
      return known(f.averageCycleDays, days);
  }
}

/** How a factor was computed: which leads, which window. */
function how(lever: Lever, f: FactorResult, settings: MetricsSettings, currency: string, windowDays: number): string {
  switch (lever) {
    case 'opportunities':
      return t(`vel.how.opportunities.${settings.scope}` as MessageKey);
    case 'dealValue':
      return t('vel.how.dealValue', { count: f.valued, currency, days: windowDays });
    case 'winRate':
      return t('vel.how.winRate', { won: f.won, closed: f.won + f.lost, days: windowDays });
    case 'cycle':
      return t(`vel.how.cycle.${settings.cycle}` as MessageKey, { count: f.won });
  }
}

/** The four factors, each with how it was computed and what its change did to velocity (the effects multiply to the change). */
export function FactorList(props: { factors: FactorResult; change: Change; settings: MetricsSettings; currency: string; windowDays: number }) {
  const { factors, change, settings, currency, windowDays } = props;
  return (
    <dl className="factors" aria-label={t('vel.factors')}>
      {LEVERS.map((lever) => (
        <div key={lever} className="factor" data-factor={lever}>
          <dt>{t(`vel.f.${lever}` as MessageKey)}</dt>
          <dd>
            <span className="factor-value">{leverValue(lever, factors, currency)}</span>
            <span className="muted small factor-how">{how(lever, factors, settings, currency, windowDays)}</span>
            {change.ok && change.shares && (
              <span className="muted small factor-share">{t('vel.effect', { effect: signedPercent(Math.exp(change.logs[lever])) })}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
