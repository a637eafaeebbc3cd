import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { bulkDelete, bulkSetStage, bulkTag, undoDelete } from '../../lib/db/bulk';
import { updateLead } from '../../lib/db/edit-lead';
import { saveCapture } from '../../lib/db/save-capture';
import { countDue, deleteSequence, enrolLeads, listSequences, saveSequence, updateEnrolment } from '../../lib/db/sequences';
import { moveToStage } from '../../lib/db/stage';
import type { Sequence } from '../../lib/sequences/schema';
import { setLabelByHand } from '../../lib/db/label';
import { runRescore } from '../../lib/db/rescore';
import { saveRuleSet } from '../../lib/db/settings';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { freshDb, NOW } from './helpers/db';

const HOUR = 3_600_000;
const CADENCE: Sequence = {
  id: 'sequence-test-1',
  name: 'Test cadence',
  createdAt: NOW,
  updatedAt: NOW,
  triggers: [
    { kind: 'tag-added', tag: 'webinar' },
    { kind: 'stage-entered', stageId: 'demo' },
  ],
  steps: [
    { id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: 'Hi {firstName}' },
    { id: 'message', channel: 'linkedin-message', delayDays: 2, businessDays: false, title: 'Message', template: '' },
  ],
};

async function setup(names = ['Ada Lovelace']) {
  const db = freshDb();
  await saveSequence(db, CADENCE);
  const ids: string[] = [];
  for (const name of names) {
    const person = PersonCaptureSchema.parse({ fullName: name, linkedinUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, '-')}/`, source: 'linkedin', capturedAt: NOW });
    ids.push((await saveCapture(db, { kind: 'person', person }, NOW)).id);
  }
  return { db, ids };
}

const enrolmentsOf = (db: Awaited<ReturnType<typeof setup>>['db'], leadId: string) => db.enrolments.where('leadId').equals(leadId).toArray();

describe('sequences in the database', () => {
  it('a new database has the shipped sequences', async () => {
    const db = freshDb();
    expect((await listSequences(db)).map((s) => s.name)).toEqual(['LinkedIn + e-mail, five touches', 'Sales-qualified: fast follow-up']);
  });

  it('enrols by hand or in bulk, never the same lead twice at once', async () => {
    const { db, ids } = await setup(['Ada Lovelace', 'Grace Hopper']);
    expect(await enrolLeads(db, [ids[0]!], CADENCE.id, 'manual', NOW)).toEqual({ enrolled: 1, skipped: 0 });
    expect(await enrolLeads(db, ids, CADENCE.id, 'bulk', NOW + HOUR)).toEqual({ enrolled: 1, skipped: 1 });
    expect(await db.enrolments.count()).toBe(2);
    expect(await countDue(db, NOW + 2 * HOUR)).toBe(2);
  });

  it('a logged touch of the step’s channel completes it and records which step it was', async () => {
    const { db, ids } = await setup();
    await enrolLeads(db, ids, CADENCE.id, 'manual', NOW);
    const { activity } = await addActivity(db, { leadId: ids[0]!, kind: 'invite-sent', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
    expect(activity).toMatchObject({ sequenceId: CADENCE.id, stepId: 'invite' });
    const [enrolment] = await enrolmentsOf(db, ids[0]!);
    expect(enrolment).toMatchObject({ stepIndex: 1, history: [{ stepId: 'invite', outcome: 'done' }] });
    // A touch on another channel leaves the message step waiting.
    await addActivity(db, { leadId: ids[0]!, kind: 'call', direction: 'outbound', at: NOW + 2 * HOUR }, NOW + 2 * HOUR);
    expect((await enrolmentsOf(db, ids[0]!))[0]?.stepIndex).toBe(1);
  });

  it('skips, snoozes and stops by hand', async () => {
    const { db, ids } = await setup();
    await enrolLeads(db, ids, CADENCE.id, 'manual', NOW);
    const [e] = await enrolmentsOf(db, ids[0]!);
    expect(await updateEnrolment(db, e!.id, { kind: 'snooze', until: NOW + 3 * HOUR }, NOW)).toMatchObject({ dueAt: NOW + 3 * HOUR });
    expect(await updateEnrolment(db, e!.id, { kind: 'skip' }, NOW + HOUR)).toMatchObject({ stepIndex: 1, history: [{ outcome: 'skipped' }] });
    expect(await updateEnrolment(db, e!.id, { kind: 'stop' }, NOW + 2 * HOUR)).toMatchObject({ status: 'ended', stopReason: 'manual' });
    expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('a reply ends the enrolment with its reason', async () => {
    const { db, ids } = await setup();
    await enrolLeads(db, ids, CADENCE.id, 'manual', NOW);
    await addActivity(db, { leadId: ids[0]!, kind: 'reply-received', direction: 'inbound', at: NOW + HOUR }, NOW + HOUR);
    expect((await enrolmentsOf(db, ids[0]!))[0]).toMatchObject({ status: 'ended', stopReason: 'reply', endedAt: NOW + HOUR });
  });

  it('won and lost end it; entering a trigger stage enrols', async () => {
    const { db, ids } = await setup(['Ada Lovelace', 'Grace Hopper']);
    await moveToStage(db, ids[0]!, 'demo', {}, NOW + HOUR);
    expect(await enrolmentsOf(db, ids[0]!)).toMatchObject([{ via: 'stage-entered', status: 'active' }]);
    await moveToStage(db, ids[0]!, 'won', { value: 1_000 }, NOW + 2 * HOUR);
    expect(await enrolmentsOf(db, ids[0]!)).toMatchObject([{ status: 'ended', stopReason: 'won' }]);
    await enrolLeads(db, [ids[1]!], CADENCE.id, 'manual', NOW);
    await moveToStage(db, ids[1]!, 'lost', { reason: 'Timing' }, NOW + HOUR);
    expect(await enrolmentsOf(db, ids[1]!)).toMatchObject([{ status: 'ended', stopReason: 'lost' }]);
  });

  it('a trigger tag added by hand or in bulk enrols, once', async () => {
    const { db, ids } = await setup(['Ada Lovelace', 'Grace Hopper']);
    await updateLead(db, ids[0]!, { tags: ['webinar'] }, NOW + HOUR);
    await bulkTag(db, ids, 'webinar', NOW + 2 * HOUR);
    expect(await enrolmentsOf(db, ids[0]!)).toMatchObject([{ via: 'tag-added' }]);
    expect(await enrolmentsOf(db, ids[1]!)).toMatchObject([{ via: 'tag-added' }]);
    await bulkSetStage(db, ids, 'demo', NOW + 3 * HOUR);
    // Already active in the sequence: the stage trigger does not double it.
    expect(await db.enrolments.count()).toBe(2);
  });

  it('deleting a sequence ends its enrolments and keeps it for their history', async () => {
    const { db, ids } = await setup();
    await enrolLeads(db, ids, CADENCE.id, 'manual', NOW);
    expect(await deleteSequence(db, CADENCE.id, NOW + HOUR)).toEqual({ stopped: 1 });
    expect((await listSequences(db)).map((s) => s.id)).not.toContain(CADENCE.id);
    expect(await db.sequences.get(CADENCE.id)).toMatchObject({ deletedAt: NOW + HOUR });
    expect(await enrolmentsOf(db, ids[0]!)).toMatchObject([{ status: 'ended', stopReason: 'sequence-deleted' }]);
    expect(await enrolLeads(db, ids, CADENCE.id, 'manual', NOW + 2 * HOUR)).toEqual({ enrolled: 0, skipped: 1 });
  });

  it('bulk delete takes enrolments with the lead, and undo brings them back', async () => {
    const { db, ids } = await setup();
    await enrolLeads(db, ids, CADENCE.id, 'manual', NOW);
    await bulkDelete(db, ids, NOW);
    expect(await db.enrolments.count()).toBe(0);
    await undoDelete(db, NOW);
    expect(await enrolmentsOf(db, ids[0]!)).toHaveLength(1);
  });

  it('crossing into SQL enrols in the shipped SQL sequence, whether by a rule change (rescore) or a label set by hand', async () => {
    const { db, ids } = await setup(['Ada Lovelace', 'Grace Hopper']);
    const sqlSequence = (await listSequences(db)).find((s) => s.triggers.some((t) => t.kind === 'became-sql'));
    if (!sqlSequence) throw new Error('no SQL sequence shipped');
    await setLabelByHand(db, ids[0]!, 'sql', NOW + HOUR);
    expect(await enrolmentsOf(db, ids[0]!)).toMatchObject([{ sequenceId: sqlSequence.id, via: 'became-sql' }]);
    // A rule worth 30 points for every LinkedIn lead: Grace crosses into SQL in the background rescore.
    const rules = { ...DEFAULT_RULESET, rules: [...DEFAULT_RULESET.rules, { id: 'everyone', name: 'Everyone', enabled: true, points: 30, per: 'match' as const, condition: { kind: 'text' as const, field: 'source' as const, op: 'equals' as const, value: 'linkedin' } }] };
    await saveRuleSet(db, rules, NOW + 2 * HOUR);
    await runRescore(db, () => NOW + 2 * HOUR);
    expect(await enrolmentsOf(db, ids[1]!)).toMatchObject([{ sequenceId: sqlSequence.id, via: 'became-sql' }]);
  });

  it('a rescore that makes many leads SQL at once enrols each once, and none already in the sequence', async () => {
    // Enough leads in one chunk for the layer to read their enrolments as one range of the index.
    const names = Array.from({ length: 30 }, (_, i) => `Lead Number${i}`);
    const { db, ids } = await setup(names);
    const sqlSequence = (await listSequences(db)).find((s) => s.triggers.some((t) => t.kind === 'became-sql'));
    if (!sqlSequence) throw new Error('no SQL sequence shipped');
    const sorted = [...ids].sort();
    const already = [sorted[0]!, sorted[14]!, sorted.at(-1)!];
    await enrolLeads(db, already, sqlSequence.id, 'manual', NOW);
    const rules = { ...DEFAULT_RULESET, rules: [...DEFAULT_RULESET.rules, { id: 'everyone', name: 'Everyone', enabled: true, points: 30, per: 'match' as const, condition: { kind: 'text' as const, field: 'source' as const, op: 'equals' as const, value: 'linkedin' } }] };
    await saveRuleSet(db, rules, NOW + 2 * HOUR);
    await runRescore(db, () => NOW + 2 * HOUR);
    for (const id of ids) {
      const inSql = (await enrolmentsOf(db, id)).filter((e) => e.sequenceId === sqlSequence.id);
      expect(inSql).toHaveLength(1);
      expect(inSql[0]!.via).toBe(already.includes(id) ? 'manual' : 'became-sql');
    }
  });
});
