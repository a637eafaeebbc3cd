import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, enrol, firedTriggers, renderTemplate, snooze, stop, stopReasonFor, unknownPlaceholders } from '../../lib/sequences/engine';
import { defaultSequences } from '../../lib/sequences/defaults';
import { SequenceSchema, type Sequence } from '../../lib/sequences/schema';
import { NOW } from './helpers/db';

const HOUR = 3_600_000;
const sequence: Sequence = {
  id: 'sequence-0001',
  name: 'Test cadence',
  createdAt: NOW,
  updatedAt: NOW,
  triggers: [{ kind: 'tag-added', tag: 'webinar' }],
  steps: [
    { id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: '' },
    { id: 'message', channel: 'linkedin-message', delayDays: 2, businessDays: false, title: 'Message', template: '' },
  ],
};
const lead = { id: 'lead-000001' };

function enrolled() {
  const result = enrol(lead, sequence, [], NOW, 'manual', 'enrolment-01');
  if (!result.ok) throw new Error(result.error);
  return result.enrolment;
}

describe('sequence engine', () => {
  it('ships valid default sequences', () => {
    for (const s of defaultSequences(NOW)) expect(SequenceSchema.parse(s)).toEqual(s);
  });

  it('enrols with the first step due after its delay, and never twice at once', () => {
    const e = enrolled();
    expect(e).toMatchObject({ status: 'active', stepIndex: 0, dueAt: NOW, history: [] });
    expect(enrol(lead, sequence, [e], NOW, 'manual', 'enrolment-02')).toEqual({ ok: false, error: 'already-enrolled' });
    // Once the first enrolment ended, the lead may go through the sequence again.
    expect(enrol(lead, sequence, [stop(e, 'manual', NOW)], NOW, 'manual', 'enrolment-02').ok).toBe(true);
    expect(enrol(lead, { ...sequence, deletedAt: NOW }, [], NOW, 'manual', 'enrolment-03')).toEqual({ ok: false, error: 'deleted-sequence' });
  });

  it('advances step by step, recording outcomes, and completes after the last', () => {
    const done = advance(enrolled(), sequence, 'done', NOW + HOUR);
    expect(done).toMatchObject({ stepIndex: 1, history: [{ stepId: 'invite', outcome: 'done', at: NOW + HOUR, dueAt: NOW }] });
    expect(done.dueAt).toBeGreaterThan(NOW + 24 * HOUR);
    const finished = advance(done, sequence, 'skipped', NOW + 3 * 24 * HOUR);
    expect(finished).toMatchObject({ status: 'ended', stopReason: 'completed', stepIndex: 2 });
    expect(finished.dueAt).toBeUndefined();
    expect(finished.history.map((h) => h.outcome)).toEqual(['done', 'skipped']);
    // An ended enrolment does not move.
    expect(advance(finished, sequence, 'done', NOW + 4 * 24 * HOUR)).toBe(finished);
  });

  it('snoozes to a later time, never an earlier one, and clears the reminder mark', () => {
    const e = { ...enrolled(), remindedDueAt: NOW };
    expect(snooze(e, NOW + 5 * HOUR, NOW)).toMatchObject({ dueAt: NOW + 5 * HOUR, remindedDueAt: undefined });
    expect(snooze(e, NOW - HOUR, NOW).dueAt).toBe(NOW);
  });

  it('stops with its reason and drops the due time', () => {
    const stopped = stop(enrolled(), 'reply', NOW + HOUR);
    expect(stopped).toMatchObject({ status: 'ended', stopReason: 'reply', endedAt: NOW + HOUR });
    expect(stopped.dueAt).toBeUndefined();
    expect(stop(stopped, 'manual', NOW + 2 * HOUR)).toBe(stopped);
  });

  it('ends on a reply, a won or a lost deal, and nothing else', () => {
    expect(stopReasonFor({ kind: 'activity', activityKind: 'reply-received' })).toBe('reply');
    expect(stopReasonFor({ kind: 'activity', activityKind: 'email-opened' })).toBeUndefined();
    expect(stopReasonFor({ kind: 'stage', stageKind: 'won' })).toBe('won');
    expect(stopReasonFor({ kind: 'stage', stageKind: 'lost' })).toBe('lost');
    expect(stopReasonFor({ kind: 'stage', stageKind: 'open' })).toBeUndefined();
  });

  it('fires triggers on a tag added, a stage entered or crossing into SQL, once each', () => {
    const onStage: Sequence = { ...sequence, id: 'sequence-0002', triggers: [{ kind: 'stage-entered', stageId: 'demo' }] };
    const onSql: Sequence = { ...sequence, id: 'sequence-0003', triggers: [{ kind: 'became-sql' }] };
    const all = [sequence, onStage, onSql];
    const base = { tags: [] as string[], stageId: 'new', scoreLabel: 'cold' as const };
    expect(firedTriggers(base, { ...base, tags: ['webinar'] }, all)).toEqual([{ sequenceId: sequence.id, via: 'tag-added' }]);
    expect(firedTriggers({ ...base, tags: ['webinar'] }, { ...base, tags: ['webinar', 'vip'] }, all)).toEqual([]);
    expect(firedTriggers(base, { ...base, stageId: 'demo' }, all)).toEqual([{ sequenceId: onStage.id, via: 'stage-entered' }]);
    expect(firedTriggers({ ...base, stageId: 'demo' }, { ...base, stageId: 'demo' }, all)).toEqual([]);
    expect(firedTriggers(base, { ...base, scoreLabel: 'sql' }, all)).toEqual([{ sequenceId: onSql.id, via: 'became-sql' }]);
    expect(firedTriggers({ ...base, scoreLabel: 'sql' }, { ...base, scoreLabel: 'sql' }, all)).toEqual([]);
    expect(firedTriggers(base, { ...base, scoreLabel: 'sql' }, [{ ...onSql, deletedAt: NOW }])).toEqual([]);
  });

  it('enrols on becoming SQL the first time only: a lead that faded to MQL and came back is not started again', () => {
    const onSql: Sequence = { ...sequence, id: 'sequence-0003', triggers: [{ kind: 'became-sql' }] };
    const faded = { tags: [] as string[], stageId: 'won', scoreLabel: 'mql' as const, sqlAt: NOW - 90 * 86_400_000 };
    expect(firedTriggers(faded, { ...faded, scoreLabel: 'sql' }, [onSql])).toEqual([]);
    const first = { tags: [] as string[], stageId: 'new', scoreLabel: 'mql' as const };
    expect(firedTriggers(first, { ...first, scoreLabel: 'sql', sqlAt: NOW }, [onSql])).toEqual([{ sequenceId: onSql.id, via: 'became-sql' }]);
  });
});

describe('message templates', () => {
  const jane = { fullName: 'Jane Doe', firstName: 'Jane', companyName: 'Acme', title: 'CTO' };

  it('fills known placeholders and shows unknown or empty ones plainly', () => {
    expect(renderTemplate('Hi {firstName}, how is {company}? ({title})', jane)).toBe('Hi Jane, how is Acme? (CTO)');
    expect(renderTemplate('Hi {firstname} from {company}', jane)).toBe('Hi {firstname} from Acme');
    expect(renderTemplate('Dear {lastName}', jane)).toBe('Dear {lastName}');
    expect(renderTemplate('{constructor}{toString}{__proto__}', jane)).toBe('{constructor}{toString}{__proto__}');
    expect(renderTemplate('Hi {firstName}', { fullName: 'Łukasz Żółć' })).toBe('Hi Łukasz');
    // Imported with a full name only: split as a capture splits it, never "Dr." or "Mgr".
    expect(renderTemplate('Dzień dobry {firstName}', { fullName: 'Dr. Anna Kowalska' })).toBe('Dzień dobry Anna');
    expect(renderTemplate('Dzień dobry {firstName}', { fullName: 'mgr inż. Jan Nowak' })).toBe('Dzień dobry Jan');
    expect(unknownPlaceholders('Hi {firstName} {first_name} {x} {x}')).toEqual(['first_name', 'x']);
  });

  it('fills the double braces other outreach tools write, and points out placeholders typed in any script', () => {
    expect(renderTemplate('Hi {{firstName}}, about {{ company }}', jane)).toBe('Hi Jane, about Acme');
    expect(renderTemplate('{{budget}} {{constructor}}', jane)).toBe('{{budget}} {{constructor}}');
    expect(unknownPlaceholders('Здравствуйте, {имя}! Cześć {imię}, {{first_name}}')).toEqual(['имя', 'imię', 'first_name']);
  });

  it('never throws, and keeps any text that is not a known placeholder as it was', () => {
    fc.assert(
      fc.property(fc.string(), (template) => {
        const out = renderTemplate(template, {});
        expect(out).toBe(template);
      }),
    );
  });
});
