import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity, markStepDone } from '../../lib/db/activities';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, saveSequence, updateEnrolment } from '../../lib/db/sequences';
import { freshDb, NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';

const HOUR = 3_600_000;

/**
 * What a step card's action and a logged touch land on. A card can be out of date (Done
 * clicked twice, the card open in the popup and the side panel): its action names the step
 * it showed and never lands on the next one. A touch without a named step does the step
 * of its channel that is due soonest.
 */
describe('a step card out of date', () => {
  const seq = cadence('seq-stale-card', [step('call-1', 'call', 0), step('email-1', 'email', 3), step('call-2', 'call', 5)]);
  const call = (leadId: string) => ({ leadId, kind: 'call' as const, direction: 'outbound' as const, at: NOW + HOUR });

  it('Done twice completes the step shown once, and the touch is logged once', async () => {
    const { db, id } = await adaIn(seq);
    const [e] = await db.enrolments.where('leadId').equals(id).toArray();
    expect((await markStepDone(db, call(id), { enrolmentId: e!.id, stepId: 'call-1' }, NOW + HOUR)).activity).toMatchObject({ stepId: 'call-1' });
    expect((await markStepDone(db, call(id), { enrolmentId: e!.id, stepId: 'call-1' }, NOW + HOUR)).activity).toBeUndefined();
    expect((await db.enrolments.get(e!.id))?.history.map((h) => h.stepId)).toEqual(['call-1']);
    expect(await db.activities.where('kind').equals('call').count()).toBe(1);
  });

  it('Skip or Snooze on a step already done changes nothing', async () => {
    const { db, id } = await adaIn(seq);
    const [e] = await db.enrolments.where('leadId').equals(id).toArray();
    await updateEnrolment(db, e!.id, { kind: 'skip', stepId: 'call-1' }, NOW + HOUR);
    const moved = await db.enrolments.get(e!.id);
    await updateEnrolment(db, e!.id, { kind: 'skip', stepId: 'call-1' }, NOW + HOUR);
    await updateEnrolment(db, e!.id, { kind: 'snooze', until: NOW + 2 * HOUR, stepId: 'call-1' }, NOW + HOUR);
    expect(await db.enrolments.get(e!.id)).toEqual(moved);
    expect(moved?.history.map((h) => h.stepId)).toEqual(['call-1']);
  });
});

describe('one lead in two sequences with a step on the same channel', () => {
  it('a LinkedIn message completes the step due now, not the one due in five days', async () => {
    const db = freshDb();
    const later = cadence('seq-a-later', [step('msg-later', 'linkedin-message', 5)], [], 'Later');
    const soon = cadence('seq-b-now', [step('msg-now', 'linkedin-message', 0)], [], 'Now');
    await saveSequence(db, later);
    await saveSequence(db, soon);
    const person = PersonCaptureSchema.parse({ fullName: 'Anna Kowalska', linkedinUrl: 'https://www.linkedin.com/in/anna-k/', source: 'linkedin', capturedAt: NOW });
    const id = (await saveCapture(db, { kind: 'person', person }, NOW)).id;
    // The later one's enrolment id sorts first, as the leadId index gives them.
    await enrolLeads(db, [id], later.id, 'manual', NOW, () => 'enrol-aaa1');
    await enrolLeads(db, [id], soon.id, 'manual', NOW, () => 'enrol-bbb1');
    const { activity } = await addActivity(db, { leadId: id, kind: 'linkedin-message', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
    expect(activity).toMatchObject({ sequenceId: soon.id, stepId: 'msg-now' });
    expect(await db.enrolments.get('enrol-bbb1')).toMatchObject({ status: 'ended', stopReason: 'completed' });
    expect(await db.enrolments.get('enrol-aaa1')).toMatchObject({ status: 'active', stepIndex: 0 });
  });
});
