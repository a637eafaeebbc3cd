import type { VelocityReport } from '@/lib/metrics/velocity-report';
import { t, type MessageKey } from '@/lib/i18n';
import { leverValue } from './FactorList';
import { signedPercent } from './format-metrics';

/**
 * How velocity changed on the previous window, and the lever that moved it most.
 * Each lever's effect is exp(its log): the four effects multiply exactly to the
 * change, so offsetting levers are shown as they are (one up, one down).
 */
export function ChangeLine({ report, currency, windowDays }: { report: VelocityReport; currency: string; windowDays: number }) {
  const { change } = report;
  if (!change.ok) {
    if (change.reason === 'no-current') return null;
    if (change.reason === 'from-zero') return <p className="velocity-change" data-testid="velocity-change">{t('vel.change.fromZero', { days: windowDays })}</p>;
    return <p className="muted small velocity-change">{t('vel.change.noPrevious', { days: windowDays })}</p>;
  }
  if (Math.abs(change.ratio - 1) < 0.0005) return <p className="velocity-change">{t('vel.change.flat', { days: windowDays })}</p>;
  const effect = Math.exp(change.logs[change.biggest]);
  return (
    <p className="velocity-change" data-testid="velocity-change">
      {t(change.ratio > 1 ? 'vel.change.up' : 'vel.change.down', { pct: signedPercent(change.ratio).slice(1), days: windowDays })}{' '}
      {t(effect >= 1 ? 'vel.change.pushed' : 'vel.change.pulled', {
        lever: t(`vel.lever.${change.biggest}` as MessageKey),
        before: leverValue(change.biggest, report.previous.factors, currency),
        after: leverValue(change.biggest, report.current.factors, currency),
        effect: signedPercent(effect).slice(1),
      })}
    </p>
  );
}
