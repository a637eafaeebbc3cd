import type { ReactNode } from 'react';
import { startOfDay } from '@/lib/calendar';
import { formatDateTime, t, type MessageKey } from '@/lib/i18n';
import { currentStep, renderTemplate } from '@/lib/sequences/engine';
import type { Enrolment, Sequence } from '@/lib/sequences/schema';
import type { Lead } from '@/lib/schema/records';

/** What a step card's buttons do (the live StepCard's writes; nothing in the side panel's first view, where the card is inert). */
export type StepActions = { copy(message: string): void; done(): void; skip(): void; snooze(): void; stop(): void };

/**
 * A step card's markup: what to do, when, the message ready to copy, and Done, Skip, Snooze
 * and Stop. The message is text in a read-only textarea, never markup. No database code:
 * the side panel's first view draws the due cards with it before Dexie loads, the live
 * StepCard the same cards with their actions, so nothing moves when one replaces the other.
 */
export function StepCardView({
  enrolment,
  sequence,
  lead,
  now,
  actions,
  showLead,
  children,
}: {
  enrolment: Enrolment;
  sequence: Sequence;
  lead: Lead;
  now: number;
  actions: StepActions;
  showLead?: (id: string) => void;
  children?: ReactNode;
}) {
  const step = currentStep(enrolment, sequence);
  if (!step || enrolment.dueAt === undefined) return null;
  const message = renderTemplate(step.template, lead);
  const name = lead.fullName ?? lead.email ?? t('list.unnamed');
  // Overdue once its day has passed; a step due earlier today is simply due.
  const overdue = enrolment.dueAt < startOfDay(now);

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
          <button type="button" onClick={() => actions.copy(message)}>
            {t('seq.copy')}
          </button>
        )}
        <button type="button" className="primary" onClick={actions.done}>
          {t('seq.done')}
        </button>
        <button type="button" onClick={actions.skip}>
          {t('seq.skip')}
        </button>
        <button type="button" onClick={actions.snooze}>
          {t('seq.snooze')}
        </button>
        {!showLead && (
          <button type="button" onClick={actions.stop}>
            {t('seq.stop')}
          </button>
        )}
      </p>
      {children}
    </article>
  );
}
