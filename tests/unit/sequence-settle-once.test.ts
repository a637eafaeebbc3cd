import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENROLMENTS_SETTLED_KEY, setupReminders } from '../../lib/background/reminders';
import { addActivity } from '../../lib/db/activities';
import { countDue, settleEnrolments } from '../../lib/db/sequences';
import { NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';

/**
 * An earlier version saved a sequence without moving its leads: a lead waiting on a step the
 * rep then removed stayed active past the last step, counted on the badge and reminded for
 * ever with nothing to show. After the update, the background moves such enrolments on once.
 */

const HOUR = 3_600_000;
const CADENCE = cadence('sequence-settle-once', [step('invite', 'linkedin-invite', 0, 'Invite'), step('message', 'linkedin-message', 2, 'Message')]);

/** A lead past its invite, waiting on the message step, which the old version's edit then removed (a plain put, as it did). */
async function stuck() {
  const { db, id } = await adaIn(CADENCE);
  await addActivity(db, { leadId: id, kind: 'invite-sent', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
  await db.sequences.put({ ...CADENCE, steps: CADENCE.steps.slice(0, 1), updatedAt: NOW + 2 * HOUR });
  return { db, id };
}

afterEach(() => fakeBrowser.reset());

describe('enrolments left on a removed step by an earlier version', () => {
  it('are completed by settleEnrolments, and no longer counted due', async () => {
    const { db, id } = await stuck();
    const later = NOW + 5 * 24 * HOUR;
    expect(await countDue(db, later)).toBe(1);
    expect(await settleEnrolments(db, later)).toBe(1);
    expect(await countDue(db, later)).toBe(0);
    const [enrolment] = await db.enrolments.where('leadId').equals(id).toArray();
    expect(enrolment).toMatchObject({ status: 'ended', stopReason: 'completed' });
    // Nothing left to move the second time.
    expect(await settleEnrolments(db, later)).toBe(0);
  });

  it('are settled once by the background when it starts, and the flag keeps it from running at every wake', async () => {
    const { db, id } = await stuck();
    setupReminders(db, () => NOW + 5 * 24 * HOUR);
    await expect.poll(async () => (await db.enrolments.where('leadId').equals(id).first())?.status).toBe('ended');
    await expect.poll(async () => (await fakeBrowser.storage.local.get(ENROLMENTS_SETTLED_KEY))[ENROLMENTS_SETTLED_KEY]).toBe(true);
  });

  it('with the flag set, the background does not read the enrolments again', async () => {
    const { db, id } = await stuck();
    await fakeBrowser.storage.local.set({ [ENROLMENTS_SETTLED_KEY]: true });
    const check = setupReminders(db, () => NOW + 5 * 24 * HOUR);
    await check();
    expect((await db.enrolments.where('leadId').equals(id).first())?.status).toBe('active');
  });
});
