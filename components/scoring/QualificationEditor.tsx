import { t } from '@/lib/i18n';
import { errorAt } from '@/lib/scoring/form-errors';
import { useEditor, useEditorContext } from './context';
import { Field } from '../Field';

/** MQL / SQL thresholds. */
export function ThresholdsEditor() {
  const { store, errors, domId } = useEditorContext();
  const thresholds = useEditor((s) => s.form.thresholds);
  const headingId = domId('thresholds-title');
  return (
    <section className="scoring-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scoring.thresholds.title')}</h3>
      <p className="muted small">{t('scoring.thresholds.intro')}</p>
      <div className="scoring-pair">
        <Field id={domId('thresholds', 'mql')} label={t('scoring.thresholds.mql')} error={errorAt(errors, 'thresholds.mql')}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" step={1} value={thresholds.mql} onChange={(e) => store.getState().updateThresholds({ mql: e.target.value })} />}
        </Field>
        <Field id={domId('thresholds', 'sql')} label={t('scoring.thresholds.sql')} error={errorAt(errors, 'thresholds.sql')}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" step={1} value={thresholds.sql} onChange={(e) => store.getState().updateThresholds({ sql: e.target.value })} />}
        </Field>
      </div>
    </section>
  );
}

/** Fading of engagement points after quiet days. */
export function DecayEditor() {
  const { store, errors, domId } = useEditorContext();
  const decay = useEditor((s) => s.form.decay);
  const headingId = domId('decay-title');
  const enabledId = domId('decay', 'enabled');
  return (
    <section className="scoring-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scoring.decay.title')}</h3>
      <p className="muted small">{t('scoring.decay.intro')}</p>
      <div className="field field-check">
        <input id={enabledId} type="checkbox" role="switch" checked={decay.enabled} onChange={(e) => store.getState().updateDecay({ enabled: e.target.checked })} />
        <label htmlFor={enabledId}>{t('scoring.decay.enabled')}</label>
        {errorAt(errors, 'decay.enabled') && (
          <p className="field-error" role="alert">
            {errorAt(errors, 'decay.enabled')}
          </p>
        )}
      </div>
      <div className="scoring-pair">
        <Field id={domId('decay', 'quietDays')} label={t('scoring.decay.quietDays')} error={errorAt(errors, 'decay.quietDays')}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} max={3650} step={1} value={decay.quietDays} onChange={(e) => store.getState().updateDecay({ quietDays: e.target.value })} />}
        </Field>
        <Field id={domId('decay', 'weeklyLossPercent')} label={t('scoring.decay.weeklyLossPercent')} error={errorAt(errors, 'decay.weeklyLossPercent')}>
          {(a11y) => <input {...a11y} type="number" inputMode="decimal" min={0} max={100} step="any" value={decay.weeklyLossPercent} onChange={(e) => store.getState().updateDecay({ weeklyLossPercent: e.target.value })} />}
        </Field>
      </div>
    </section>
  );
}
