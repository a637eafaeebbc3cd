import { t } from '@/lib/i18n';
import { hasErrorUnder } from '@/lib/scoring/form-errors';
import type { RuleForm } from '@/lib/ui/scoring-editor-store';
import { useEditor, useEditorContext } from './context';
import { RuleEditorForm } from './RuleEditorForm';
import { conditionSummary, pointsSummary, ruleDisplayName } from './summary';

/** One rule in the list: switch, name, what it checks, points, matches, and its actions; its form when open. */
export function RuleRow({ rule, index, count }: { rule: RuleForm; index: number; count: number }) {
  const { store, errors, preview, previewPending, domId } = useEditorContext();
  const personaName = useEditor((s) => s.form.persona.name);
  const open = useEditor((s) => s.editing === rule.id);
  const actions = store.getState();
  const name = ruleDisplayName(rule);
  const id = (part: string) => domId('rule', rule.id, part);
  const hasProblem = hasErrorUnder(errors, `rules.${index}`);
  const matches = preview?.ruleMatches[rule.id];

  return (
    <li className={rule.enabled ? 'rule' : 'rule rule-off'}>
      <div className="rule-row">
        <input
          type="checkbox"
          role="switch"
          id={id('enabled')}
          className="rule-switch"
          checked={rule.enabled}
          aria-label={t('scoring.rule.enable', { name })}
          onChange={() => actions.toggleRule(rule.id)}
        />
        <div className="rule-main">
          <span className="rule-name">
            {name}
            {!rule.enabled && <span className="muted small"> ({t('scoring.rule.off')})</span>}
          </span>
          <span className="muted small rule-summary">{conditionSummary(rule, personaName)}</span>
          <span className="muted small rule-matches">
            {matches !== undefined
              ? t('scoring.rule.matches', { count: matches })
              : previewPending
                ? t('scoring.rule.matchesPending')
                : ''}
          </span>
        </div>
        <span className="points rule-points">{pointsSummary(rule)}</span>
        <div className="rule-actions">
          <button type="button" id={id('edit')} aria-expanded={open} aria-controls={open ? id('form') : undefined} aria-label={t(open ? 'scoring.rule.close' : 'scoring.rule.edit', { name })} onClick={() => actions.edit(open ? undefined : rule.id)}>
            {t(open ? 'scoring.form.done' : 'scoring.rule.editShort')}
          </button>
          <button type="button" id={id('up')} aria-label={t('scoring.rule.moveUp', { name })} title={t('scoring.rule.moveUp', { name })} disabled={index === 0} onClick={() => actions.moveRule(rule.id, -1)}>
            ↑
          </button>
          <button type="button" id={id('down')} aria-label={t('scoring.rule.moveDown', { name })} title={t('scoring.rule.moveDown', { name })} disabled={index === count - 1} onClick={() => actions.moveRule(rule.id, 1)}>
            ↓
          </button>
          <button type="button" aria-label={t('scoring.rule.duplicate', { name })} onClick={() => actions.duplicateRule(rule.id)}>
            {t('scoring.rule.duplicateShort')}
          </button>
          <button type="button" aria-label={t('scoring.rule.delete', { name })} onClick={() => actions.deleteRule(rule.id)}>
            {t('scoring.rule.deleteShort')}
          </button>
        </div>
      </div>
      {hasProblem && !open && (
        <p className="field-error" role="alert">
          {t('scoring.rule.problem')}
        </p>
      )}
      {open && <RuleEditorForm rule={rule} index={index} formId={id('form')} nameId={id('name')} />}
    </li>
  );
}
