import { useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { checkDraft, newStepId, type SequenceDraft, type StepDraft } from '@/lib/sequences/draft';
import { unknownPlaceholders } from '@/lib/sequences/engine';
import { SEQUENCE_CHANNELS, type Sequence } from '@/lib/sequences/schema';
import type { Stage } from '@/lib/pipeline/schema';
import { StageOptions } from '../pipeline/StageOptions';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

function FieldError({ code }: { code: string | undefined }) {
  if (!code) return null;
  return (
    <p className="field-error" role="alert">
      {t(`seqEdit.error.${code}` as MessageKey)}
    </p>
  );
}

/** Edit one sequence: name, triggers and steps (channel, delay, title, message), checked at each field. */
export function SequenceForm({ initial, stages, onSave, onCancel }: { initial: SequenceDraft; stages: Stage[]; onSave(sequence: Sequence): Promise<void>; onCancel(): void }) {
  // A trigger on a stage the pipeline no longer has (removed before removals moved triggers) can never fire:
  // it shows as "No stage trigger", so saving must not keep it either.
  const [draft, setDraft] = useState(() => (initial.onStage && !stages.some((s) => s.id === initial.onStage) ? { ...initial, onStage: '' } : initial));
  const write = useWrite();
  // Checked as typed (the save stamps the real time).
  const { errors, sequence } = checkDraft(draft, draft.createdAt);
  const setStep = (i: number, patch: Partial<StepDraft>) => setDraft({ ...draft, steps: draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const move = (i: number, by: -1 | 1) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(i, 1);
    if (step) steps.splice(i + by, 0, step);
    setDraft({ ...draft, steps });
  };

  async function save() {
    const checked = checkDraft(draft, clock());
    const sequence = checked.sequence;
    if (!sequence) return;
    // A save that fails keeps the form as edited, with the reason under it.
    await write.run(() => onSave(sequence));
  }

  return (
    <form className="sequence-form" aria-label={t('seqEdit.formTitle')} onSubmit={(e) => (e.preventDefault(), void save())}>
      <label>
        {t('seqEdit.name')}
        <input type="text" maxLength={120} value={draft.name} aria-invalid={errors.name ? true : undefined} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <FieldError code={errors.name} />
      <fieldset>
        <legend>{t('seqEdit.triggers')}</legend>
        <label>
          <input type="checkbox" checked={draft.onSql} onChange={(e) => setDraft({ ...draft, onSql: e.target.checked })} /> {t('seqEdit.onSql')}
        </label>
        <label>
          {t('seqEdit.onTag')}
          <input type="text" maxLength={60} value={draft.onTag} onChange={(e) => setDraft({ ...draft, onTag: e.target.value })} />
        </label>
        <FieldError code={errors.onTag} />
        <label>
          {t('seqEdit.onStage')}
          <select value={draft.onStage} onChange={(e) => setDraft({ ...draft, onStage: e.target.value })}>
            <StageOptions stages={stages} empty={t('seqEdit.noStage')} />
          </select>
        </label>
      </fieldset>
      <ol className="sequence-steps" aria-label={t('seqEdit.steps')}>
        {draft.steps.map((step, i) => {
          const unknown = unknownPlaceholders(step.template);
          const n = i + 1;
          return (
            <li key={step.id} aria-label={t('seqEdit.stepN', { n })}>
              <label>
                {t('seqEdit.channel')}
                <select value={step.channel} onChange={(e) => setStep(i, { channel: e.target.value as StepDraft['channel'] })}>
                  {SEQUENCE_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`seq.channel.${c}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t(i === 0 ? 'seqEdit.delayFirst' : 'seqEdit.delay')}
                <input type="text" inputMode="numeric" maxLength={6} value={step.delay} aria-invalid={errors[`steps.${i}.delay`] ? true : undefined} onChange={(e) => setStep(i, { delay: e.target.value })} />
              </label>
              <FieldError code={errors[`steps.${i}.delay`]} />
              <label>
                <input type="checkbox" checked={step.businessDays} onChange={(e) => setStep(i, { businessDays: e.target.checked })} /> {t('seqEdit.businessDays')}
              </label>
              <label>
                {t('seqEdit.title')}
                <input type="text" maxLength={160} value={step.title} aria-invalid={errors[`steps.${i}.title`] ? true : undefined} onChange={(e) => setStep(i, { title: e.target.value })} />
              </label>
              <FieldError code={errors[`steps.${i}.title`]} />
              <label>
                {t('seqEdit.template')}
                <textarea rows={3} maxLength={4000} value={step.template} onChange={(e) => setStep(i, { template: e.target.value })} />
              </label>
              <p className="muted small">{unknown.length > 0 ? t('seqEdit.unknownPlaceholders', { names: unknown.map((u) => `{${u}}`).join(', ') }) : t('seqEdit.placeholders')}</p>
              <p className="button-row">
                <button type="button" aria-label={t('seqEdit.moveUp', { n })} disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" aria-label={t('seqEdit.moveDown', { n })} disabled={i === draft.steps.length - 1} onClick={() => move(i, 1)}>
                  ↓
                </button>
                <button type="button" aria-label={t('seqEdit.removeStep', { n })} disabled={draft.steps.length === 1} onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, j) => j !== i) })}>
                  {t('seqEdit.remove')}
                </button>
              </p>
            </li>
          );
        })}
      </ol>
      <FieldError code={errors.steps} />
      <p className="button-row">
        <button
          type="button"
          onClick={() => setDraft({ ...draft, steps: [...draft.steps, { id: newStepId(draft), channel: 'email', delay: '2', businessDays: true, title: '', template: '' }] })}
        >
          {t('seqEdit.addStep')}
        </button>
      </p>
      <p className="button-row">
        <button type="submit" className="primary" disabled={!sequence}>
          {t('seqEdit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('seqEdit.cancel')}
        </button>
      </p>
      <WriteFailure text={write.failure} />
    </form>
  );
}
