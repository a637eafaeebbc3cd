import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import { countDue } from '../../lib/db/sequences';
import { stopReasonFor } from '../../lib/sequences/engine';
import { NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';

/**
 * A touch logged "From them" (the prospect wrote on LinkedIn, e-mailed or called the rep)
 * is the prospect answering: it ends the follow-up like "Reply received", and never
 * completes the rep's own step of that channel (which would schedule the next nudge to
 * someone who has answered).
 */

const HOUR = 3_600_000;
const CADENCE = cadence('sequence-inbound-1', [step('message', 'linkedin-message', 0, 'Message'), step('email', 'email', 2, 'E-mail'), step('call', 'call', 2, 'Call')]);

const setup = () => adaIn(CADENCE);

describe('a touch from the prospect', () => {
  it('is a reply when it comes in on a conversation channel', () => {
    for (const kind of ['linkedin-message', 'email-sent', 'call']) {
      expect(stopReasonFor({ kind: 'activity', activityKind: kind, direction: 'inbound' })).toBe('reply');
      expect(stopReasonFor({ kind: 'activity', activityKind: kind, direction: 'outbound' })).toBeUndefined();
    }
    // Signals are not answers.
    expect(stopReasonFor({ kind: 'activity', activityKind: 'email-opened', direction: 'inbound' })).toBeUndefined();
    expect(stopReasonFor({ kind: 'activity', activityKind: 'invite-accepted', direction: 'inbound' })).toBeUndefined();
  });

  for (const kind of ['linkedin-message', 'email-sent', 'call'] as const) {
    it(`a ${kind} "from them" ends the sequence as a reply instead of completing the rep's step`, async () => {
      const { db, id } = await setup();
      const { activity } = await addActivity(db, { leadId: id, kind, direction: 'inbound', at: NOW + HOUR }, NOW + HOUR);
      expect(activity.stepId).toBeUndefined();
      const [enrolment] = await db.enrolments.toArray();
      expect(enrolment).toMatchObject({ status: 'ended', stopReason: 'reply', history: [] });
      expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
    });
  }

  it('the rep’s own message still completes the step', async () => {
    const { db, id } = await setup();
    const { activity } = await addActivity(db, { leadId: id, kind: 'linkedin-message', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
    expect(activity).toMatchObject({ sequenceId: CADENCE.id, stepId: 'message' });
    expect(await db.enrolments.toArray()).toMatchObject([{ status: 'active', stepIndex: 1 }]);
  });
});
