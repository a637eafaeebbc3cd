import { useState } from 'react';
import { t } from '@/lib/i18n';
import { RULE_KINDS, type RuleKind } from '@/lib/ui/scoring-editor-store';
import { useEditor, useEditorContext } from './context';
import { RuleRow } from './RuleRow';

const MAX_RULES = 200;

/** The rules in order, and the control that adds one of a chosen kind. */
export function RuleList() {
  const { store, domId } = useEditorContext();
  const rules = useEditor((s) => s.form.rules);
  const [kind, setKind] = useState<RuleKind>('text');
  const headingId = domId('rules-title');
  const kindId = domId('add-kind');
  return (
    <section className="scoring-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scoring.rules.title')}</h3>
      {rules.length === 0 ? (
        <p className="muted">{t('scoring.rules.empty')}</p>
      ) : (
        <ol className="rule-list" aria-labelledby={headingId}>
          {rules.map((rule, index) => (
            <RuleRow key={rule.id} rule={rule} index={index} count={rules.length} />
          ))}
        </ol>
      )}
      <div className="rule-add">
        <div className="field">
          <label htmlFor={kindId}>{t('scoring.rules.addKind')}</label>
          <select id={kindId} value={kind} onChange={(e) => setKind(RULE_KINDS.find((k) => k === e.target.value) ?? 'text')}>
            {RULE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`scoring.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" id={domId('add')} disabled={rules.length >= MAX_RULES} onClick={() => store.getState().addRule(kind)}>
          {t('scoring.rules.add')}
        </button>
      </div>
    </section>
  );
}
