import { useState } from 'react';
import { addActivity } from '@/lib/db/activities';
import { updateEnrolment } from '@/lib/db/sequences';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { currentStep, renderTemplate, touchOfChannel } from '@/lib/sequences/engine';
import type { Enrolment, Sequence } from '@/lib/sequences/schema';
import type { Lead } from '@/lib/schema/records';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();
const DAY = 86_400_000;

/**
 * The step an enrolment waits on: what to do, when, the message ready to copy,
 * and Done (logs the touch), Skip, Snooze and Stop. The message is text in a
 * read-only textarea, never markup.
 */
export function StepCard({ enrolment, sequence, lead, showLead }: { enrolment: Enrolment; sequence: Sequence; lead: Lead; showLead?: (id: string) => void }) {
  const db = useDb();
  const [note, setNote] = useState<string>();
  const write = useWrite();
  const step = currentStep(enrolment, sequence);
  if (!step || enrolment.dueAt === undefined) return null;
  const message = renderTemplate(step.template, lead);
  const name = lead.fullName ?? lead.email ?? t('list.unnamed');
  // Overdue once its day has passed; a step due earlier today is simply due.
  const overdue = enrolment.dueAt < new Date(clock()).setHours(0, 0, 0, 0);

  async function run(action: () => Promise<unknown>) {
    setNote(undefined);
    await write.run(action);
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(message);
      setNote(t('seq.copied'));
    } catch {
      setNote(t('seq.copyFailed'));
    }
  }
  const done = () =>
    run(() => addActivity(db, { leadId: lead.id, kind: touchOfChannel(step.channel), direction: step.channel === 'task' ? 'none' : 'outbound', at: clock() }, clock(), undefined, { enrolmentId: enrolment.id }));

  return (
    <article className="step-card" aria-label={`${name}: ${step.title}`}>
      <p className="step-head">
        {showLead ? (
          <button type="button" className="link" onClick={() => showLead(lead.id)}>
            {name}
          </button>
        ) : null}{' '}
        <strong>{t('seq.step', { n: enrolment.stepIndex + 1, total: sequence.steps.length, title: step.title })}</strong>{' '}
        <span className="muted small">
          {t(`seq.channel.${step.channel}` as MessageKey)} · {sequence.name}
        </span>
      </p>
      <p className={overdue ? 'small overdue' : 'small muted'}>
        {t(overdue ? 'seq.overdue' : 'seq.dueAt', { date: formatDateTime(enrolment.dueAt) })}
      </p>
      {message && <textarea readOnly className="step-message" aria-label={t('seq.template', { name })} value={message} rows={Math.min(6, message.split('\n').length + 1)} />}
      <p className="button-row">
        {message && (
          <button type="button" onClick={() => void copy()}>
            {t('seq.copy')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => void done()}>
          {t('seq.done')}
        </button>
        <button type="button" onClick={() => void run(() => updateEnrolment(db, enrolment.id, { kind: 'skip' }, clock()))}>
          {t('seq.skip')}
        </button>
        <button type="button" onClick={() => void run(() => updateEnrolment(db, enrolment.id, { kind: 'snooze', until: clock() + DAY }, clock()))}>
          {t('seq.snooze')}
        </button>
        {!showLead && (
          <button type="button" onClick={() => void run(() => updateEnrolment(db, enrolment.id, { kind: 'stop' }, clock()))}>
            {t('seq.stop')}
          </button>
        )}
      </p>
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
      <WriteFailure text={write.failure} />
    </article>
  );
}
