import { Fragment, type ReactNode, type Ref } from 'react';
import { t } from '@/lib/i18n';
import type { Lead } from '@/lib/schema/records';
import type { Enrolment, Sequence } from '@/lib/sequences/schema';
import { StepCardView, type StepActions } from './StepCardView';

/** The due steps the side panel's first read found (lib/db/first-read.ts), parsed: the first few, and how many in all. */
export type FirstDue = { total: number; items: { enrolment: Enrolment; lead?: Lead; sequence?: Sequence }[]; /** When it was read: a step due before that day began is overdue. */ at: number };

type DueItem = FirstDue['items'][number];

/**
 * The list's "due today" section: its frame, its line when nothing is due, a card per step
 * whose lead and sequence still exist, and how many more. Shared by the live DueSteps and the
 * side panel's first view (no database code here), which differ only in the card they draw,
 * so the first view draws the section the live list will and the rows below it do not move
 * when it takes over. Inert on the section itself, not on a wrapper: the panel's margins are
 * set on its direct children, and a wrapper would draw the section wider than the live one.
 */
export function DueSection({ due, card, inert = false, ref }: { due: FirstDue | Omit<FirstDue, 'at'>; card(item: Required<DueItem>): ReactNode; inert?: boolean; ref?: Ref<HTMLElement> }) {
  return (
    <section ref={ref} className="due-steps" aria-label={t('seq.due.title')} inert={inert}>
      <h2 className="section-title">{t('seq.due.title')}</h2>
      {due.items.length === 0 && <p className="muted small">{t('seq.due.none')}</p>}
      {due.items.map(({ enrolment, lead, sequence }) => (lead && sequence ? <Fragment key={enrolment.id}>{card({ enrolment, lead, sequence })}</Fragment> : null))}
      {due.total > due.items.length && <p className="muted small">{t('seq.due.more', { count: due.total - due.items.length })}</p>}
    </section>
  );
}

const noActions: StepActions = { copy: () => {}, done: () => {}, skip: () => {}, snooze: () => {}, stop: () => {} };

/** The section as the first view draws it: inert until the live list takes over with the same cards (DueSteps). */
export function FirstDueSteps({ due }: { due: FirstDue }) {
  return (
    <DueSection
      due={due}
      inert
      card={({ enrolment, lead, sequence }) => <StepCardView enrolment={enrolment} sequence={sequence} lead={lead} now={due.at} actions={noActions} showLead={noActions.done} />}
    />
  );
}
