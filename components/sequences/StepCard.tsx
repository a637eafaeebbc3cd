import { useState } from 'react';
import { addDays } from '@/lib/calendar';
import { markStepDone } from '@/lib/db/activities';
import { updateEnrolment } from '@/lib/db/sequences';
import { t } from '@/lib/i18n';
import { currentStep, touchOfChannel } from '@/lib/sequences/engine';
import type { Enrolment, Sequence } from '@/lib/sequences/schema';
import type { Lead } from '@/lib/schema/records';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';
import { StepCardView } from './StepCardView';

/** Read in event handlers only (render stays pure). */
const clock = () => Date.now();

/**
 * The step an enrolment waits on (StepCardView draws it): Done logs the touch, Skip, Snooze
 * and Stop move the enrolment; Copy puts the message on the clipboard.
 */
export function StepCard({ enrolment, sequence, lead, showLead }: { enrolment: Enrolment; sequence: Sequence; lead: Lead; showLead?: (id: string) => void }) {
  const db = useDb();
  const [note, setNote] = useState<string>();
  const write = useWrite();
  const step = currentStep(enrolment, sequence);
  if (!step) return null;

  async function run(action: () => Promise<unknown>) {
    setNote(undefined);
    await write.run(action);
  }
  async function copy(message: string) {
    try {
      await navigator.clipboard.writeText(message);
      setNote(t('seq.copied'));
    } catch {
      setNote(t('seq.copyFailed'));
    }
  }
  // Each action names the step shown: a card out of date (clicked twice, open in two windows) never acts on the next one.
  const stepId = step.id;
  const actions = {
    copy: (message: string) => void copy(message),
    done: () =>
      void run(() =>
        markStepDone(db, { leadId: lead.id, kind: touchOfChannel(step.channel), direction: step.channel === 'task' ? 'none' : 'outbound', at: clock() }, { enrolmentId: enrolment.id, stepId }, clock()),
      ),
    skip: () => void run(() => updateEnrolment(db, enrolment.id, { kind: 'skip', stepId }, clock())),
    // A day after it is due, or after now when overdue: the side panel shows steps not due yet, and snoozing one must not bring it forward.
    snooze: () => void run(() => updateEnrolment(db, enrolment.id, { kind: 'snooze', until: addDays(Math.max(clock(), enrolment.dueAt ?? 0), 1), stepId }, clock())),
    stop: () => void run(() => updateEnrolment(db, enrolment.id, { kind: 'stop' }, clock())),
  };

  return (
    <StepCardView enrolment={enrolment} sequence={sequence} lead={lead} now={clock()} actions={actions} showLead={showLead}>
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
      <WriteFailure text={write.failure} />
    </StepCardView>
  );
}
