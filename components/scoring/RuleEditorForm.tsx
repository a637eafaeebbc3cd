import { t } from '@/lib/i18n';
import { errorAt } from '@/lib/scoring/form-errors';
import { ACTIVITY_TIMES_KEPT, FIT_TEXT_FIELDS } from '@/lib/scoring/schema';
import { ACTIVITY_KINDS } from '@/lib/schema/records';
import { NUMBER_OPS, RULE_KINDS, TEXT_OPS, type RuleForm, type RuleKind } from '@/lib/ui/scoring-editor-store';
import { useEditorContext } from './context';
import { Field } from '../Field';
import { activityLabel, fieldLabel, ruleDisplayName } from './summary';

function pick<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((o) => o === value);
}

/** The form of one rule: name, condition inputs for its kind, points, how they are given, and the cap. */
export function RuleEditorForm({ rule, index, formId, nameId }: { rule: RuleForm; index: number; formId: string; nameId: string }) {
  const { store, errors } = useEditorContext();
  const update = (patch: Partial<Omit<RuleForm, 'id'>>) => store.getState().updateRule(rule.id, patch);
  const at = (path: string) => errorAt(errors, `rules.${index}.${path}`);
  const fid = (part: string) => `${formId}-${part}`;

  return (
    <div id={formId} role="group" aria-label={t('scoring.rule.form', { name: ruleDisplayName(rule) })} className="rule-form">
      <Field id={nameId} label={t('scoring.form.name')} error={at('name')}>
        {(a11y) => <input {...a11y} type="text" maxLength={200} value={rule.name} onChange={(e) => update({ name: e.target.value })} />}
      </Field>
      <Field id={fid('kind')} label={t('scoring.form.kind')} error={undefined}>
        {(a11y) => (
          <select
            {...a11y}
            value={rule.kind}
            onChange={(e) => {
              const kind = pick<RuleKind>(RULE_KINDS, e.target.value);
              if (kind) update({ kind });
            }}
          >
            {RULE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`scoring.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      {rule.kind === 'text' && (
        <div className="rule-condition">
          <Field id={fid('field')} label={t('scoring.form.field')} error={at('condition.field')}>
            {(a11y) => (
              <select
                {...a11y}
                value={rule.textField}
                onChange={(e) => {
                  const textField = pick(FIT_TEXT_FIELDS, e.target.value);
                  if (textField) update({ textField });
                }}
              >
                {FIT_TEXT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fid('op')} label={t('scoring.form.operator')} error={at('condition.op')}>
            {(a11y) => (
              <select
                {...a11y}
                value={rule.textOp}
                onChange={(e) => {
                  const textOp = pick(TEXT_OPS, e.target.value);
                  if (textOp) update({ textOp });
                }}
              >
                {TEXT_OPS.map((op) => (
                  <option key={op} value={op}>
                    {t(`scoring.op.${op}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {rule.textOp !== 'isEmpty' && rule.textOp !== 'isNotEmpty' && (
            <Field
              id={fid('value')}
              label={t(rule.textOp === 'isOneOf' ? 'scoring.form.values' : 'scoring.form.value')}
              hint={rule.textOp === 'isOneOf' ? t('scoring.form.termsHint') : undefined}
              error={at(rule.textOp === 'isOneOf' ? 'condition.values' : 'condition.value')}
            >
              {(a11y) => <input {...a11y} type="text" maxLength={rule.textOp === 'isOneOf' ? 6000 : 200} value={rule.text} onChange={(e) => update({ text: e.target.value })} />}
            </Field>
          )}
        </div>
      )}

      {rule.kind === 'number' && (
        <div className="rule-condition">
          <Field id={fid('op')} label={t('scoring.form.operator')} error={at('condition.op')}>
            {(a11y) => (
              <select
                {...a11y}
                value={rule.numberOp}
                onChange={(e) => {
                  const numberOp = pick(NUMBER_OPS, e.target.value);
                  if (numberOp) update({ numberOp });
                }}
              >
                {NUMBER_OPS.map((op) => (
                  <option key={op} value={op}>
                    {t(`scoring.op.${op}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {rule.numberOp === 'between' ? (
            <>
              <Field id={fid('min')} label={t('scoring.form.min')} error={at('condition.min')}>
                {(a11y) => <input {...a11y} type="number" inputMode="numeric" value={rule.min} onChange={(e) => update({ min: e.target.value })} />}
              </Field>
              <Field id={fid('max')} label={t('scoring.form.max')} error={at('condition.max')}>
                {(a11y) => <input {...a11y} type="number" inputMode="numeric" value={rule.max} onChange={(e) => update({ max: e.target.value })} />}
              </Field>
            </>
          ) : (
            <Field id={fid('number')} label={t('scoring.form.number')} error={at('condition.value')}>
              {(a11y) => <input {...a11y} type="number" inputMode="numeric" value={rule.number} onChange={(e) => update({ number: e.target.value })} />}
            </Field>
          )}
        </div>
      )}

      {rule.kind === 'persona' && <p className="muted small">{t('scoring.form.personaHint')}</p>}

      {rule.kind === 'activity' && (
        <div className="rule-condition">
          <Field id={fid('activity')} label={t('scoring.form.activity')} error={at('condition.activity')}>
            {(a11y) => (
              <select
                {...a11y}
                value={rule.activity}
                onChange={(e) => {
                  const activity = pick(ACTIVITY_KINDS, e.target.value);
                  if (activity) update({ activity });
                }}
              >
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {activityLabel(kind)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fid('atLeast')} label={t('scoring.form.atLeast')} error={at('condition.atLeast')}>
            {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} max={ACTIVITY_TIMES_KEPT} step={1} value={rule.atLeast} onChange={(e) => update({ atLeast: e.target.value })} />}
          </Field>
          <Field id={fid('withinDays')} label={t('scoring.form.withinDays')} error={at('condition.withinDays')}>
            {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} max={3650} step={1} value={rule.withinDays} onChange={(e) => update({ withinDays: e.target.value })} />}
          </Field>
        </div>
      )}

      <div className="rule-condition">
        <Field id={fid('points')} label={t('scoring.form.points')} hint={t('scoring.form.pointsHint')} error={at('points')}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={-1000} max={1000} step={1} value={rule.points} onChange={(e) => update({ points: e.target.value })} />}
        </Field>
        {rule.kind === 'activity' && (
          <Field id={fid('per')} label={t('scoring.form.per')} error={at('per')}>
            {(a11y) => (
              <select {...a11y} value={rule.per} onChange={(e) => update({ per: e.target.value === 'occurrence' ? 'occurrence' : 'match' })}>
                <option value="match">{t('scoring.form.perMatch')}</option>
                <option value="occurrence">{t('scoring.form.perOccurrence')}</option>
              </select>
            )}
          </Field>
        )}
        <Field id={fid('cap')} label={t('scoring.form.cap')} hint={t('scoring.form.capHint')} error={at('cap')}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} max={100000} step={1} value={rule.cap} onChange={(e) => update({ cap: e.target.value })} />}
        </Field>
      </div>
      <button type="button" onClick={() => store.getState().edit(undefined)}>
        {t('scoring.form.done')}
      </button>
    </div>
  );
}
