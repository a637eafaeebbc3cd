import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { Lead } from '@/lib/schema/records';
import { fromLocalInput, toDateInput } from './datetime';
import { usePipelineSave } from './use-pipeline-save';

/** The next step and when it is due (feeds the "due" filter and, later, reminders). */
export function NextStepSection({ lead }: { lead: Lead }) {
  const { save, failed, failedText } = usePipelineSave(lead);
  const [text, setText] = useState<string>();
  const dueText = toDateInput(lead.nextStep?.dueAt);
  const commit = (nextText: string, due: string) => {
    const dueAt = due ? fromLocalInput(`${due}T09:00`) : undefined;
    void save({ nextStep: nextText.trim() || dueAt ? { text: nextText, dueAt } : null }, t('next.title'));
  };
  return (
    <fieldset className="next-step">
      <legend className="section-title">{t('next.title')}</legend>
      <label>
        {t('next.text')}
        <input
          type="text"
          maxLength={300}
          value={text ?? lead.nextStep?.text ?? ''}
          onChange={(e) => setText(e.target.value)}
          onBlur={(e) => {
            if (e.target.value !== (lead.nextStep?.text ?? '')) commit(e.target.value, dueText);
            setText(undefined);
          }}
        />
      </label>
      <label>
        {t('next.due')}
        <input type="date" value={dueText} onChange={(e) => commit(text ?? lead.nextStep?.text ?? '', e.target.value)} />
      </label>
      {failed && (
        <p className="field-error" role="alert">
          {failedText}
        </p>
      )}
    </fieldset>
  );
}
