import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import { countDue, saveSequence } from '../../lib/db/sequences';
import { advance, currentStep, enrol, rebase } from '../../lib/sequences/engine';
import { dueAfter } from '../../lib/sequences/schedule';
import type { Enrolment } from '../../lib/sequences/schema';
import { NOW } from './helpers/db';
import { adaIn, cadence, step } from './helpers/sequences';
import { inTimeZone } from './helpers/time-zone';

/**
 * A sequence edited while leads are enrolled in it. The enrolment stores the index of
 * the step it waits on; the edit must not leave it pointing past the last step (active
 * for ever: counted on the badge and reminded, but with no step to show) or at another
 * step than the one it waited on (a step skipped or done twice).
 */

inTimeZone('Europe/Warsaw');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CADENCE = cadence('sequence-edit-1', [step('invite', 'linkedin-invite', 0), step('message', 'linkedin-message', 2), step('email', 'email', 3)], [], 'Edited cadence');

function enrolledAt(index: number): Enrolment {
  const result = enrol({ id: 'lead-000001' }, CADENCE, [], NOW, 'manual', 'enrolment-01');
  if (!result.ok) throw new Error(result.error);
  let e = result.enrolment;
  for (let i = 0; i < index; i++) e = advance(e, CADENCE, 'done', NOW + (i + 1) * HOUR);
  return e;
}

describe('rebasing an enrolment on an edited sequence', () => {
  it('an unchanged sequence (or a change elsewhere) leaves the enrolment as it is', () => {
    const e = enrolledAt(1);
    expect(rebase(e, CADENCE, CADENCE, NOW + DAY)).toBe(e);
    expect(rebase(e, CADENCE, { ...CADENCE, name: 'Renamed', steps: CADENCE.steps.map((s) => ({ ...s, title: `${s.title}!` })) }, NOW + DAY)).toBe(e);
  });

  it('the step waited on, moved, is still the one waited on, at its new place and due time', () => {
    const e = enrolledAt(1); // waits on "message"
    const moved = { ...CADENCE, steps: [CADENCE.steps[0]!, step('call', 'call', 1), CADENCE.steps[1]!, CADENCE.steps[2]!] };
    // A step added before it is one the lead has not been through: it comes first.
    const next = rebase(e, CADENCE, moved, NOW + DAY);
    expect(currentStep(next, moved)?.id).toBe('call');
    const reordered = { ...CADENCE, steps: [CADENCE.steps[0]!, CADENCE.steps[2]!, CADENCE.steps[1]!] };
    const r = rebase(e, CADENCE, reordered, NOW + DAY);
    // "email" now comes before "message": it is next, then "message", then the enrolment completes.
    expect(currentStep(r, reordered)?.id).toBe('email');
    const after = advance(r, reordered, 'done', NOW + 2 * DAY);
    expect(currentStep(after, reordered)?.id).toBe('message');
    expect(advance(after, reordered, 'done', NOW + 5 * DAY)).toMatchObject({ status: 'ended', stopReason: 'completed' });
  });

  it('a removed step waited on gives way to the next one; removing the last left completes the enrolment', () => {
    const e = enrolledAt(1); // waits on "message", the invite done at NOW + 1 h
    const without = { ...CADENCE, steps: [CADENCE.steps[0]!, CADENCE.steps[2]!] };
    const next = rebase(e, CADENCE, without, NOW + DAY);
    expect(currentStep(next, without)?.id).toBe('email');
    // Due after its own delay from when the previous step was done.
    expect(next.dueAt).toBe(dueAfter(NOW + HOUR, 3, false));
    const last = enrolledAt(2); // waits on "email"
    const short = { ...CADENCE, steps: CADENCE.steps.slice(0, 2) };
    expect(rebase(last, CADENCE, short, NOW + DAY)).toMatchObject({ status: 'ended', stopReason: 'completed', dueAt: undefined, endedAt: NOW + DAY });
  });

  it('a changed delay of the step waited on moves its due time', () => {
    const e = enrolledAt(2); // "email" done 3 days after the message, done at NOW + 2 h
    const longer = { ...CADENCE, steps: [CADENCE.steps[0]!, CADENCE.steps[1]!, step('email', 'email', 7)] };
    expect(rebase(e, CADENCE, longer, NOW + DAY).dueAt).toBe(dueAfter(NOW + 2 * HOUR, 7, false));
    // A snoozed step keeps its snoozed time when its delay did not change.
    const snoozed = { ...e, dueAt: NOW + 10 * DAY };
    expect(rebase(snoozed, CADENCE, { ...CADENCE, name: 'Other' }, NOW + DAY)).toBe(snoozed);
  });

  it('whatever the edit, an active enrolment waits on a step of the sequence, or has ended', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const steps = fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 6 }).map((list) => list.map((id) => step(id, 'task', 1)));
    fc.assert(
      fc.property(steps, steps, fc.nat(6), (before, after, done) => {
        const from = { ...CADENCE, steps: before };
        const to = { ...CADENCE, steps: after };
        const result = enrol({ id: 'lead-000001' }, from, [], NOW, 'manual', 'enrolment-01');
        if (!result.ok) return;
        let e = result.enrolment;
        for (let i = 0; i < Math.min(done, before.length); i++) e = advance(e, from, 'done', NOW + i * HOUR);
        const next = rebase(e, from, to, NOW + DAY);
        if (next.status === 'active') {
          const current = currentStep(next, to);
          expect(current).toBeDefined();
          // Never a step the lead already went through.
          expect(next.history.map((h) => h.stepId)).not.toContain(current!.id);
          expect(next.dueAt).toBeDefined();
          // Worked through to the end: every step of the edited sequence once, none twice.
          let e2 = next;
          for (let i = 0; i < 10 && e2.status === 'active'; i++) e2 = advance(e2, to, 'done', NOW + (2 + i) * DAY);
          expect(e2.status).toBe('ended');
          const had = e2.history.map((h) => h.stepId);
          expect(new Set(had).size).toBe(had.length);
          for (const s of to.steps) expect(had).toContain(s.id);
        } else {
          expect(next.dueAt).toBeUndefined();
        }
      }),
    );
  });
});

describe('saving an edited sequence with leads enrolled', () => {
  async function setup() {
    return adaIn(CADENCE);
  }

  it('removing the step a lead waits on, the last one, ends the enrolment instead of leaving it due for ever', async () => {
    const { db, id } = await setup();
    await addActivity(db, { leadId: id, kind: 'invite-sent', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
    await addActivity(db, { leadId: id, kind: 'linkedin-message', direction: 'outbound', at: NOW + 2 * HOUR }, NOW + 2 * HOUR);
    await saveSequence(db, { ...CADENCE, steps: CADENCE.steps.slice(0, 2), updatedAt: NOW + 3 * HOUR });
    const [enrolment] = await db.enrolments.toArray();
    expect(enrolment).toMatchObject({ status: 'ended', stopReason: 'completed' });
    expect('remindAt' in enrolment!).toBe(false);
    expect(await countDue(db, Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('removing a step before the one waited on keeps the lead on that step', async () => {
    const { db, id } = await setup();
    await addActivity(db, { leadId: id, kind: 'invite-sent', direction: 'outbound', at: NOW + HOUR }, NOW + HOUR);
    const edited = { ...CADENCE, steps: CADENCE.steps.slice(1), updatedAt: NOW + 3 * HOUR };
    await saveSequence(db, edited);
    const [enrolment] = await db.enrolments.toArray();
    expect(currentStep(enrolment!, edited)?.id).toBe('message');
    expect(enrolment!.dueAt).toBe(dueAfter(NOW + HOUR, 2, false));
  });
});
