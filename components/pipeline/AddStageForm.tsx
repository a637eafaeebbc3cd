import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { checkStageName, parseProbability } from '@/lib/pipeline/stages-edit';
import type { StageFieldError } from './draft';
import { Field } from '../Field';
import { errorText } from './StageRow';

/**
 * The "Add stage" form: a name and a probability. Messages appear at the
 * fields when Add is pressed with something wrong; `onAdd` returns an error for
 * what only the editor can know (a duplicate name, too many stages).
 */
export function AddStageForm({
  domId,
  onAdd,
  disabledReason,
}: {
  domId: (...parts: string[]) => string;
  onAdd: (name: string, probability: number) => StageFieldError | undefined;
  disabledReason: MessageKey | undefined;
}) {
  const [name, setName] = useState('');
  const [probability, setProbability] = useState('');
  const [errors, setErrors] = useState<{ name?: StageFieldError; probability?: StageFieldError }>({});

  function submit() {
    const checkedName = checkStageName(name);
    const parsed = parseProbability(probability);
    const next = { name: checkedName.ok ? undefined : checkedName.error, probability: parsed.ok ? undefined : parsed.error };
    if (checkedName.ok && parsed.ok) {
      const problem = onAdd(checkedName.name, parsed.value);
      if (problem) {
        setErrors({ name: problem });
        return;
      }
      setName('');
      setProbability('');
      setErrors({});
      return;
    }
    setErrors(next);
    document.getElementById(domId('add', next.name ? 'name' : 'probability'))?.focus();
  }

  return (
    <section className="stages-section" aria-labelledby={domId('add', 'title')}>
      <h3 id={domId('add', 'title')}>{t('pipeline.add.title')}</h3>
      <form
        className="stage-add"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field id={domId('add', 'name')} label={t('pipeline.add.name')} error={errorText(errors.name)}>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              value={name}
              maxLength={80}
              autoComplete="off"
              onChange={(event) => {
                setName(event.target.value);
                setErrors((e) => ({ ...e, name: undefined }));
              }}
            />
          )}
        </Field>
        <Field id={domId('add', 'probability')} label={t('pipeline.add.probability')} error={errorText(errors.probability)}>
          {(a11y) => (
            <input
              {...a11y}
              type="text"
              inputMode="numeric"
              value={probability}
              maxLength={6}
              autoComplete="off"
              onChange={(event) => {
                setProbability(event.target.value);
                setErrors((e) => ({ ...e, probability: undefined }));
              }}
            />
          )}
        </Field>
        <button type="submit" id={domId('add', 'submit')} disabled={disabledReason !== undefined} aria-describedby={domId('add', 'hint')}>
          {t('pipeline.add.submit')}
        </button>
      </form>
      <p id={domId('add', 'hint')} className="muted small">
        {t(disabledReason ?? 'pipeline.add.hint')}
      </p>
    </section>
  );
}
