import { describe, expect, it } from 'vitest';
import { countDue, enrolLeads } from '../../lib/db/sequences';
import { moveToStage, undoStageChange } from '../../lib/db/stage';
import { NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';

/**
 * "Undo" of a stage change the rep just made by mistake takes it back as if it never
 * happened (no metric counts it): its sequence effects too. A mis-click on "won" must
 * not silently end the lead's follow-ups (never reminded again), and a mis-click on a
 * stage that starts a sequence must not leave the lead in it.
 */

const HOUR = 3_600_000;
const CADENCE = cadence('sequence-undo-1', [step('invite', 'linkedin-invite', 0, 'Invite'), step('message', 'linkedin-message', 2, 'Message')], [{ kind: 'stage-entered', stageId: 'demo' }]);

async function setup() {
  return adaIn(CADENCE, { enrolled: false });
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
