import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { formatDateInput, parseCloseDate } from '@/lib/pipeline/deal-input';
import type { Lead } from '@/lib/schema/records';
import { fromLocalInput } from './datetime';
import { WriteFailure } from '../WriteFailure';
import { usePipelineSave } from './use-pipeline-save';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

/** The next step and when it is due (feeds the "due" filter and, later, reminders). */
export function NextStepSection({ lead }: { lead: Lead }) {
  const { save, failure } = usePipelineSave(lead);
  const [text, setText] = useState<string>();
  const [dueDraft, setDueDraft] = useState<string>();
  const [dueError, setDueError] = useState<string>();
  const dueText = dueDraft ?? formatDateInput(lead.nextStep?.dueAt);
  const commit = (nextText: string, due: string) => {
    const dueAt = due ? fromLocalInput(`${due}T09:00`) : undefined;
    return save({ nextStep: nextText.trim() || dueAt ? { text: nextText, dueAt } : null }, t('next.title'));
  };
  // A due day before the lead existed, or absurdly far ahead, is refused; overdue (past) days are fine.
  const changeDue = (due: string, final: boolean) => {
    setDueDraft(final ? undefined : due);
    const parsed = parseCloseDate(due, lead.createdAt, clock());
    if (!parsed.ok) {
      // Keep what was typed in view beside its message; nothing is saved.
      setDueDraft(due);
      if (final) setDueError(t(`next.error.${parsed.error}` as MessageKey));
      return;
    }
    setDueError(undefined);
    if (due !== formatDateInput(lead.nextStep?.dueAt)) void commit(text ?? lead.nextStep?.text ?? '', due);
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
            if (e.target.value === (lead.nextStep?.text ?? '')) return setText(undefined);
            // Text that could not be stored stays in the field, beside the reason.
            void commit(e.target.value, dueText).then((saved) => saved && setText(undefined));
          }}
        />
      </label>
      <label>
        {t('next.due')}
        <input
          type="date"
          value={dueText}
          aria-invalid={dueError ? true : undefined}
          onChange={(e) => changeDue(e.target.value, false)}
          onBlur={(e) => changeDue(e.target.value, true)}
        />
      </label>
      {dueError && (
        <p className="field-error" role="alert">
          {dueError}
        </p>
      )}
      <WriteFailure text={failure} />
    </fieldset>
  );
}
