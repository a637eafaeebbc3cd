import { describe, expect, it } from 'vitest';
import { bulkTag } from '../../lib/db/bulk';
import { checkDraft, draftOf } from '../../lib/sequences/draft';
import { SequenceTriggerSchema } from '../../lib/sequences/schema';
import { NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';

/**
 * A trigger tag is cleaned as a lead's tags are: typed with a double space, pasted with a
 * no-break or zero-width space, it still equals the tag as stored on the lead, and fires.
 */
describe('a trigger tag as typed', () => {
  for (const typed of ['Trade  show', 'trade\u00a0show', 'webinar\u200b', ' Konferencja ']) {
    it(`${JSON.stringify(typed)} enrols a lead tagged the same`, async () => {
      const { sequence } = checkDraft({ ...draftOf(cadence('seq-tagged', [step('call-1', 'call', 0)])), onTag: typed }, NOW);
      const { db, id } = await adaIn(sequence!, { enrolled: false });
      await bulkTag(db, [id], typed, NOW + 1_000);
      expect(await db.enrolments.where('leadId').equals(id).toArray()).toMatchObject([{ via: 'tag-added', status: 'active' }]);
    });
  }

  it('the schema cleans a stored trigger the same way, and refuses one that is empty once cleaned', () => {
    expect(SequenceTriggerSchema.parse({ kind: 'tag-added', tag: ' Trade\u00a0 Show\u200b ' })).toEqual({ kind: 'tag-added', tag: 'trade show' });
    expect(SequenceTriggerSchema.safeParse({ kind: 'tag-added', tag: '\u200b ' }).success).toBe(false);
    expect(SequenceTriggerSchema.safeParse({ kind: 'tag-added', tag: 'x'.repeat(41) }).success).toBe(false);
  });
});
