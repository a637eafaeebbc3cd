import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { getPipeline } from '../../lib/db/settings';
import { saveSequence } from '../../lib/db/sequences';
import { savePipeline } from '../../lib/db/stage';
import { moveTargets, removeStage } from '../../lib/pipeline/stages-edit';
import type { Sequence } from '../../lib/sequences/schema';
import { freshDb, NOW } from './helpers/db';

const HOUR = 3_600_000;

/**
 * Removing the first open stage with the editor's default target (the stage before it: New) moves its
 * "enters this stage" trigger onto New, which a new lead enters when it is saved: every capture from then
 * on is enrolled in a sequence meant for leads that reached the discovery call. The restore path refuses
 * exactly this (lib/db/stage.ts moveMissingStageTriggers: "pointed at new it would start the sequence for
 * every lead saved").
 */
describe('a removed stage’s trigger is not moved onto New', () => {
  it('is dropped: a lead saved afterwards is not enrolled, and the sequence keeps no stage trigger', async () => {
    const db = freshDb();
    const sequence: Sequence = {
      id: 'seq-discovery', name: 'After the discovery call', createdAt: NOW, updatedAt: NOW,
      triggers: [{ kind: 'stage-entered', stageId: 'discovery' }],
      steps: [{ id: 'recap', channel: 'email', delayDays: 0, businessDays: false, title: 'Send the recap', template: '' }],
    };
    await saveSequence(db, sequence);
    const pipeline = await getPipeline(db);
    // The editor's default target for Discovery call: the nearest earlier target, New.
    expect(moveTargets(pipeline, 'discovery').map((s) => s.id)[0]).toBe('new');
    const removed = removeStage(pipeline, 'discovery', 'new');
    if (!removed.ok) throw new Error('remove');
    await savePipeline(db, removed.pipeline, [removed.move], NOW + HOUR);
    const person = PersonCaptureSchema.parse({ fullName: 'Fresh Capture', linkedinUrl: 'https://www.linkedin.com/in/fresh-capture/', source: 'linkedin', capturedAt: NOW + 2 * HOUR });
    const { id } = await saveCapture(db, { kind: 'person', person }, NOW + 2 * HOUR);
    expect((await db.enrolments.where('leadId').equals(id).toArray()).map((e) => e.sequenceId)).toEqual([]);
    expect((await db.sequences.get(sequence.id))?.triggers).toEqual([]);
  });
});
