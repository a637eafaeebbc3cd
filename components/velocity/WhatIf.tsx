import { useId, useState } from 'react';
import type { FactorResult } from '@/lib/metrics/factors';
import { whatIf, velocity, type Lever } from '@/lib/metrics/velocity';
import { t, type MessageKey } from '@/lib/i18n';
import { useMetricsUi } from '@/lib/ui/metrics-store';
import { LEVERS } from './FactorList';
import { money, signedPercent } from './format-metrics';

/** Nudge one factor by a percentage and see the velocity it would give. */
export function WhatIf({ factors, currency }: { factors: FactorResult; currency: string }) {
  const { whatIf: nudge, setWhatIf } = useMetricsUi();
  const id = useId();
  // The box keeps what is typed ("-", "") while only a number moves the nudge.
  const [text, setText] = useState(String(nudge.percent));
  const now = velocity(factors);
  const result = whatIf(factors, { [nudge.lever]: nudge.percent / 100 });
  return (
    <fieldset className="what-if">
      <legend>{t('vel.whatIf')}</legend>
      <label htmlFor={`${id}-lever`}>{t('vel.whatIf.lever')}</label>
      <select id={`${id}-lever`} value={nudge.lever} onChange={(e) => setWhatIf({ lever: e.target.value as Lever })}>
        {LEVERS.map((lever) => (
          <option key={lever} value={lever}>
            {t(`vel.f.${lever}` as MessageKey)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-pct`}>{t('vel.whatIf.change')}</label>
      <input
        id={`${id}-pct`}
        type="number"
        inputMode="decimal"
        min={-99}
        max={1000}
        step={1}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const value = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(value)) setWhatIf({ percent: Math.max(-99, Math.min(1000, value)) });
        }}
      />
      <p role="status" className="what-if-result">
        {result.ok
          ? t('vel.whatIf.result', { value: money(result.perDay, currency), pct: now.ok && now.perDay > 0 ? signedPercent(result.perDay / now.perDay) : '—' })
          : t('vel.whatIf.none')}
      </p>
      {nudge.lever === 'cycle' && <p className="muted small">{t('vel.whatIf.cycleHint')}</p>}
    </fieldset>
  );
}
