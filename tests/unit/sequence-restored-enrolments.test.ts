import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import { bulkDelete, undoDelete } from '../../lib/db/bulk';
import { countDue, deleteSequence, saveSequence } from '../../lib/db/sequences';
import type { Sequence } from '../../lib/sequences/schema';
import { backupJson, exportBackup, parseBackup, restoreBackup } from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';

/**
 * Enrolments that come back with their lead (an undo of a bulk delete, a backup merged
 * in) meet the sequence as it is now: one whose sequence was deleted meanwhile ends,
 * one whose step was removed meanwhile moves on (or completes), instead of staying
 * active for ever with no step to show while the badge counts it.
 */

const HOUR = 3_600_000;
const CADENCE = cadence('sequence-restored-1', [step('invite', 'linkedin-invite', 0, 'Invite'), step('message', 'linkedin-message', 2, 'Message')]);

async function setup() {
  const { db, id } = await adaIn(CADENCE);
  await addActivity(db, { leadId: id, kind: 'invite-sent', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
  return { db, id };
}

describe('enrolments put back', () => {
  it('an undone delete, after the sequence was deleted meanwhile: the enrolment ends', async () => {
    const { db, id } = await setup();
    await bulkDelete(db, [id], NOW + 2 * HOUR);
    await deleteSequence(db, CADENCE.id, NOW + 3 * HOUR);
    await undoDelete(db, NOW + 4 * HOUR);
    expect(await db.enrolments.toArray()).toMatchObject([{ status: 'ended', stopReason: 'sequence-deleted' }]);
    expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('an undone delete, after the step waited on was removed meanwhile: the enrolment completes', async () => {
    const { db, id } = await setup();
    await bulkDelete(db, [id], NOW + 2 * HOUR);
    await saveSequence(db, { ...CADENCE, steps: CADENCE.steps.slice(0, 1), updatedAt: NOW + 3 * HOUR });
    await undoDelete(db, NOW + 4 * HOUR);
    expect(await db.enrolments.toArray()).toMatchObject([{ status: 'ended', stopReason: 'completed' }]);
    expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('a backup merged in whose sequence lacks the step waited on: the enrolment completes instead of waiting for ever', async () => {
    const { db } = await setup();
    // Elsewhere the sequence was edited: the message step removed.
    const edited: Sequence = { ...CADENCE, steps: CADENCE.steps.slice(0, 1), updatedAt: NOW + 2 * HOUR };
    const other = freshDb();
    await saveSequence(other, edited);
    const file = parseBackup(backupJson(await exportBackup(other, NOW + 3 * HOUR)));
    if (!file.ok) throw new Error(file.error);
    await restoreBackup(db, file.backup, 'merge', NOW + 4 * HOUR);
    expect(await db.enrolments.toArray()).toMatchObject([{ status: 'ended', stopReason: 'completed' }]);
    expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
  });
});
