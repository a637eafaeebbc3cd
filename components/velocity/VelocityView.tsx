import { useDeferredValue, useMemo } from 'react';
import { useToday } from '../use-today';
import { pipelineValue } from '@/lib/metrics/pipeline-value';
import { velocityReport, velocityTrend, WINDOWS, type WindowDays } from '@/lib/metrics/velocity-report';
import { t, type MessageKey } from '@/lib/i18n';
import { useMetricsUi } from '@/lib/ui/metrics-store';
import { ChangeLine } from './ChangeLine';
import { FactorList } from './FactorList';
import { money, moneyList } from './format-metrics';
import { Sparkline } from './Sparkline';
import type { Kept } from '@/lib/metrics/figures/kept';
import { WhatIf } from './WhatIf';
import './velocity.css';

/**
 * Velocity for the chosen window with its factors, change, trend and what-if, drawn from
 * kept figures it is handed ('updating' while a rebuild runs, undefined while read). Reads
 * nothing itself: the popup draws it from its first read before Dexie has loaded.
 */
export function VelocityView({ kept, onOpenDashboard }: { kept: Kept | 'updating' | undefined; onOpenDashboard?(): void }) {
  const windowDays = useMetricsUi((s) => s.windowDays);
  const setWindow = useMetricsUi((s) => s.setWindow);
  return (
    <section className="velocity" aria-labelledby="velocity-title">
      <header className="velocity-header">
        <h2 id="velocity-title" className="section-title">
          {t('vel.title')}
        </h2>
        <select aria-label={t('vel.window')} value={windowDays} onChange={(e) => setWindow(Number(e.target.value) as WindowDays)}>
          {WINDOWS.map((days) => (
            <option key={days} value={days}>
              {t(`vel.window.${days}` as MessageKey)}
            </option>
          ))}
        </select>
      </header>
      {kept === 'updating' ? (
        <p className="muted" role="status">
          {t('vel.stale')}
        </p>
      ) : kept ? (
        <VelocityBody kept={kept} windowDays={windowDays} />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      {onOpenDashboard && (
        <button type="button" className="link" onClick={onOpenDashboard}>
          {t('vel.openDashboard')}
        </button>
      )}
    </section>
  );
}

function VelocityBody({ kept, windowDays }: { kept: Kept; windowDays: WindowDays }) {
  const currency = kept.pipeline.currency;
  const today = useToday();
  const report = useMemo(
    () => velocityReport(kept.days, today, windowDays, { currency: kept.pipeline.currency, scope: kept.settings.scope, cycle: kept.settings.cycle }),
    [kept, today, windowDays],
  );
  // The trend (twelve windows) is drawn just after the headline, never in its way.
  const later = useDeferredValue<Kept | undefined>(kept, undefined);
  const trend = useMemo(
    () =>
      later && velocityTrend(later.days, today, windowDays, { currency: later.pipeline.currency, scope: later.settings.scope, cycle: later.settings.cycle }),
    [later, today, windowDays],
  );
  const value = pipelineValue(kept.stats, kept.pipeline);
  const { velocity: v, factors } = report.current;
  const others = Object.entries(factors.otherCurrencies);
  const otherValues = Object.fromEntries(Object.entries(value.raw).filter(([c]) => c !== currency));
  return (
    <>
      {v.ok ? (
        <div className="velocity-headline">
          <p className="velocity-value" data-testid="velocity-value">
            {t('vel.perDay', { value: money(v.perDay, currency) })}
          </p>
          <p className="muted">{t('vel.per30', { value: money(v.per30Days, currency) })}</p>
        </div>
      ) : (
        <div className="velocity-missing" data-testid="velocity-missing">
          <p>{t('vel.notEnough', { days: windowDays })}</p>
          <ul>
            {v.missing.map((m) => (
              <li key={m}>{t(`vel.missing.${m}` as MessageKey, { currency })}</li>
            ))}
          </ul>
        </div>
      )}
      <ChangeLine report={report} currency={currency} windowDays={windowDays} />
      {others.length > 0 && (
        <p className="warning small" role="note">
          {t('vel.otherCurrencies', { list: others.map(([c, n]) => t('vel.otherCurrency', { count: n, currency: c })).join(', ') })}
        </p>
      )}
      <FactorList factors={factors} change={report.change} settings={kept.settings} currency={currency} windowDays={windowDays} />
      <div className="velocity-trend">
        <span className="muted small">{t('vel.trend')}</span>
        {trend && <Sparkline values={trend.map((p) => p.perDay)} format={(n) => money(n, currency)} windowDays={windowDays} />}
      </div>
      <p className="pipeline-value" data-testid="pipeline-value">
        <strong>{t('vel.pipelineValue')}:</strong>{' '}
        {t('vel.pipelineValue.detail', { raw: money(value.raw[currency] ?? 0, currency), weighted: money(value.weighted[currency] ?? 0, currency) })}
        {Object.keys(otherValues).length > 0 && <span className="muted"> {t('vel.pipelineValue.other', { list: moneyList(otherValues) })}</span>}
      </p>
      <WhatIf factors={factors} currency={currency} />
    </>
  );
}
