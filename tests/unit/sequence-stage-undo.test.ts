import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { countDue, enrolLeads, saveSequence } from '../../lib/db/sequences';
import { moveToStage, undoStageChange } from '../../lib/db/stage';
import type { Sequence } from '../../lib/sequences/schema';
import { freshDb, NOW } from './helpers/db';

/**
 * "Undo" of a stage change the rep just made by mistake takes it back as if it never
 * happened (no metric counts it): its sequence effects too. A mis-click on "won" must
 * not silently end the lead's follow-ups (never reminded again), and a mis-click on a
 * stage that starts a sequence must not leave the lead in it.
 */

const HOUR = 3_600_000;
const CADENCE: Sequence = {
  id: 'sequence-undo-1',
  name: 'Cadence',
  createdAt: NOW,
  updatedAt: NOW,
  triggers: [{ kind: 'stage-entered', stageId: 'demo' }],
  steps: [
    { id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: '' },
    { id: 'message', channel: 'linkedin-message', delayDays: 2, businessDays: false, title: 'Message', template: '' },
  ],
};

async function setup() {
  const db = freshDb();
  await saveSequence(db, CADENCE);
  const person = PersonCaptureSchema.parse({ fullName: 'Ada Lovelace', linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace/', source: 'linkedin', capturedAt: NOW });
  const id = (await saveCapture(db, { kind: 'person', person }, NOW)).id;
  return { db, id };
}

describe('undoing a stage change undoes its sequence effects', () => {
  it('a mis-click on won, undone: the follow-up goes on, due as before', async () => {
    const { db, id } = await setup();
    await enrolLeads(db, [id], CADENCE.id, 'manual', NOW);
    const [enrolled] = await db.enrolments.toArray();
    const before = (await db.leads.get(id))!;
    const result = await moveToStage(db, id, 'won', { value: 1_000 }, NOW + HOUR);
    if (!result.ok) throw new Error(result.error);
    expect(await db.enrolments.toArray()).toMatchObject([{ status: 'ended', stopReason: 'won' }]);
    expect(await undoStageChange(db, result.changeId, before)).toBe(true);
    const [back] = await db.enrolments.toArray();
    expect(back).toMatchObject({ status: 'active', stepIndex: 0, dueAt: enrolled!.dueAt });
    expect(back!.stopReason).toBeUndefined();
    expect(back!.endedAt).toBeUndefined();
    expect(await countDue(db, NOW + 2 * HOUR)).toBe(1);
  });

  it('a mis-click on a stage that starts a sequence, undone: the lead is not left in it', async () => {
    const { db, id } = await setup();
    const before = (await db.leads.get(id))!;
    const result = await moveToStage(db, id, 'demo', {}, NOW + HOUR);
    if (!result.ok) throw new Error(result.error);
    expect(await db.enrolments.toArray()).toMatchObject([{ status: 'active', via: 'stage-entered' }]);
    expect(await undoStageChange(db, result.changeId, before)).toBe(true);
    expect(await db.enrolments.where('status').equals('active').count()).toBe(0);
    expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
  });
});
