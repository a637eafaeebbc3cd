import { useState } from 'react';
import { addDays } from '@/lib/calendar';
import { addActivity } from '@/lib/db/activities';
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
  const actions = {
    copy: (message: string) => void copy(message),
    done: () =>
      void run(() =>
        addActivity(db, { leadId: lead.id, kind: touchOfChannel(step.channel), direction: step.channel === 'task' ? 'none' : 'outbound', at: clock() }, clock(), undefined, { enrolmentId: enrolment.id }),
      ),
    skip: () => void run(() => updateEnrolment(db, enrolment.id, { kind: 'skip' }, clock())),
    snooze: () => void run(() => updateEnrolment(db, enrolment.id, { kind: 'snooze', until: addDays(clock(), 1) }, clock())),
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
