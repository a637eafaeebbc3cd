import { splitPersonName } from '../leads/person-name';
import type { Lead } from '../schema/records';
import { dueAfter } from './schedule';
import { MAX_STEPS, type Enrolment, type Sequence, type SequenceChannel, type StopReason } from './schema';

/**
 * Sequence progress as pure functions: each takes the enrolment, the sequence and
 * `now`, and returns the next enrolment for the caller to store. Nothing is
 * deleted: steps done or skipped stay in the enrolment's history, and an ended
 * enrolment keeps why it ended.
 */

export type EnrolVia = Enrolment['via'];
export type EnrolError = 'already-enrolled' | 'deleted-sequence' | 'closed-lead';

/** A new enrolment, its first step due after that step's delay. Refused when the lead is already in it. */
export function enrol(
  lead: Pick<Lead, 'id'>,
  sequence: Sequence,
  active: readonly Pick<Enrolment, 'sequenceId' | 'status'>[],
  now: number,
  via: EnrolVia,
  id: string,
): { ok: true; enrolment: Enrolment } | { ok: false; error: EnrolError } {
  if (sequence.deletedAt !== undefined) return { ok: false, error: 'deleted-sequence' };
  if (active.some((e) => e.sequenceId === sequence.id && e.status === 'active')) return { ok: false, error: 'already-enrolled' };
  const first = sequence.steps[0];
  if (!first) return { ok: false, error: 'deleted-sequence' };
  return {
    ok: true,
    enrolment: {
      id,
      leadId: lead.id,
      sequenceId: sequence.id,
      enrolledAt: now,
      via,
      status: 'active',
      stepIndex: 0,
      dueAt: dueAfter(now, first.delayDays, first.businessDays),
      history: [],
    },
  };
}

/** End an enrolment, recording why. Ending an ended one changes nothing. */
export function stop(enrolment: Enrolment, reason: StopReason, now: number): Enrolment {
  if (enrolment.status !== 'active') return enrolment;
  // An ended enrolment has no due time: it drops out of the reminders index.
  return { ...enrolment, dueAt: undefined, remindedDueAt: undefined, status: 'ended', endedAt: now, stopReason: reason };
}

/** Mark the current step done or skipped; the next one becomes due after its delay, or the enrolment completes. */
export function advance(enrolment: Enrolment, sequence: Sequence, outcome: 'done' | 'skipped', now: number): Enrolment {
  if (enrolment.status !== 'active') return enrolment;
  const step = sequence.steps[enrolment.stepIndex];
  if (!step) return stop(enrolment, 'completed', now);
  const history = [...enrolment.history, { stepId: step.id, outcome, at: now, dueAt: enrolment.dueAt ?? now }];
  const nextIndex = firstNotGoneThrough(sequence, history);
  const next = sequence.steps[nextIndex];
  if (!next) return stop({ ...enrolment, history, stepIndex: Math.min(sequence.steps.length, MAX_STEPS) }, 'completed', now);
  return { ...enrolment, history, stepIndex: nextIndex, dueAt: dueAfter(now, next.delayDays, next.businessDays), remindedDueAt: undefined };
}

/**
 * The index of the first step the lead has not been through (done or skipped), or -1.
 * Without edits that is the step after the last one done; after the rep reordered the
 * steps it is never one the lead already had, and never skips one it has not.
 */
function firstNotGoneThrough(sequence: Sequence, history: Enrolment['history']): number {
  const had = new Set(history.map((h) => h.stepId));
  return sequence.steps.findIndex((s) => !had.has(s.id));
}

/**
 * An active enrolment once its sequence was edited (`before` as it was, `after` as
 * saved). The enrolment stores the index of the step it waits on, so without this a
 * removed step would leave it past the last step (active for ever: on the badge and
 * reminded, with no step to show) or on another step than it waited on. It waits on
 * the first step of the edited sequence it has not been through: the same step when
 * nothing moved before it; the next one when that step was removed; a step moved or
 * added before it first. With none left it completes. Its due time is worked out again
 * (from when the previous step was done, or it was enrolled) only when the step it waits
 * on changed or that step's delay did; otherwise (a snoozed step too) it stays.
 * Returns the same object when nothing changes.
 */
export function rebase(enrolment: Enrolment, before: Sequence | undefined, after: Sequence, now: number): Enrolment {
  if (enrolment.status !== 'active') return enrolment;
  const index = firstNotGoneThrough(after, enrolment.history);
  const next = after.steps[index];
  if (!next) return stop({ ...enrolment, stepIndex: Math.min(after.steps.length, MAX_STEPS) }, 'completed', now);
  const was = before?.steps[enrolment.stepIndex];
  const same = was !== undefined && was.id === next.id && was.delayDays === next.delayDays && was.businessDays === next.businessDays;
  if (same && index === enrolment.stepIndex) return enrolment;
  if (same) return { ...enrolment, stepIndex: index };
  const from = enrolment.history.at(-1)?.at ?? enrolment.enrolledAt;
  return { ...enrolment, stepIndex: index, dueAt: dueAfter(from, next.delayDays, next.businessDays) };
}

/**
 * An active enrolment put back with its lead (an undone delete, a backup restored)
 * against its sequence as it is now: it ends when the sequence is gone or deleted, and
 * otherwise waits on the first step it has not been through (completes with none left).
 * Returns the same object when nothing changes.
 */
export function settle(enrolment: Enrolment, sequence: Sequence | undefined, now: number): Enrolment {
  if (enrolment.status !== 'active') return enrolment;
  if (!sequence || sequence.deletedAt !== undefined) return stop(enrolment, 'sequence-deleted', now);
  return rebase(enrolment, sequence, sequence, now);
}

/**
 * An enrolment ended by a won or lost deal that did not happen after all (the stage
 * change undone): active again on the step it waited on, due after that step's delay
 * from when the previous one was done (or it was enrolled). Then as `settle`.
 */
export function reopen(enrolment: Enrolment, sequence: Sequence | undefined, now: number): Enrolment {
  if (enrolment.status !== 'ended') return enrolment;
  const { endedAt: _endedAt, stopReason: _stopReason, ...rest } = enrolment;
  const step = sequence?.steps[enrolment.stepIndex];
  const from = enrolment.history.at(-1)?.at ?? enrolment.enrolledAt;
  const open: Enrolment = { ...rest, status: 'active', dueAt: step ? dueAfter(from, step.delayDays, step.businessDays) : now };
  return settle(open, sequence, now);
}

/** Put the current step off until `until` (never earlier than now). */
export function snooze(enrolment: Enrolment, until: number, now: number): Enrolment {
  if (enrolment.status !== 'active') return enrolment;
  return { ...enrolment, dueAt: Math.max(until, now), remindedDueAt: undefined };
}

/** The step the enrolment waits on, if any. */
export function currentStep(enrolment: Enrolment, sequence: Sequence | undefined) {
  return enrolment.status === 'active' ? sequence?.steps[enrolment.stepIndex] : undefined;
}

/** The sequence channel a recorded touch completes (a LinkedIn invite sent completes an invite step). */
export function channelOfTouch(kind: string): SequenceChannel | undefined {
  switch (kind) {
    case 'invite-sent':
      return 'linkedin-invite';
    case 'linkedin-message':
      return 'linkedin-message';
    case 'email-sent':
      return 'email';
    case 'call':
      return 'call';
    default:
      return undefined;
  }
}

/** The touch a done step logs. Tasks log a note. */
export function touchOfChannel(channel: SequenceChannel): 'invite-sent' | 'linkedin-message' | 'email-sent' | 'call' | 'note' {
  switch (channel) {
    case 'linkedin-invite':
      return 'invite-sent';
    case 'linkedin-message':
      return 'linkedin-message';
    case 'email':
      return 'email-sent';
    case 'call':
      return 'call';
    case 'task':
      return 'note';
  }
}

/**
 * Why an event on a lead ends its enrolments: a reply, a won or lost deal. A touch
 * logged "From them" on a conversation channel (their LinkedIn message, e-mail, call or
 * invitation) is a reply as much as "Reply received" is; signals (an e-mail opened, an
 * invitation accepted) are not.
 */
export function stopReasonFor(
  event: { kind: 'activity'; activityKind: string; direction?: 'outbound' | 'inbound' | 'none' } | { kind: 'stage'; stageKind: string },
): StopReason | undefined {
  if (event.kind === 'activity') {
    const answered = event.activityKind === 'reply-received' || (event.direction === 'inbound' && channelOfTouch(event.activityKind) !== undefined);
    return answered ? 'reply' : undefined;
  }
  if (event.stageKind === 'won') return 'won';
  if (event.stageKind === 'lost') return 'lost';
  return undefined;
}

type TriggerLead = Pick<Lead, 'tags' | 'stageId' | 'scoreLabel' | 'sqlAt'>;

/**
 * Sequences whose triggers a change of a lead fires: a tag added, a stage entered,
 * or the lead becoming SQL for the first time (as the rep is notified: a lead whose
 * engagement faded to MQL and came back, often a customer by then, is not enrolled in the
 * first follow-up again). `before` is undefined for a new lead.
 */
export function firedTriggers(
  before: TriggerLead | undefined,
  after: TriggerLead,
  sequences: readonly Sequence[],
): { sequenceId: string; via: 'tag-added' | 'stage-entered' | 'became-sql' }[] {
  const fired: { sequenceId: string; via: 'tag-added' | 'stage-entered' | 'became-sql' }[] = [];
  const oldTags = new Set(before?.tags ?? []);
  for (const sequence of sequences) {
    if (sequence.deletedAt !== undefined) continue;
    const hit = sequence.triggers.find(
      (trigger) =>
        (trigger.kind === 'tag-added' && after.tags.includes(trigger.tag) && !oldTags.has(trigger.tag)) ||
        (trigger.kind === 'stage-entered' && after.stageId === trigger.stageId && before?.stageId !== trigger.stageId) ||
        (trigger.kind === 'became-sql' && after.scoreLabel === 'sql' && before?.scoreLabel !== 'sql' && before?.sqlAt === undefined),
    );
    if (hit) fired.push({ sequenceId: sequence.id, via: hit.kind });
  }
  return fired;
}

export const PLACEHOLDERS = ['firstName', 'lastName', 'fullName', 'company', 'title'] as const;

/**
 * "{firstName}", or "{{firstName}}" as templates pasted from other outreach tools write it (else
 * the prospect reads "Hi {Jane}"). Names in any script: "{имя}" is not filled, but the editor
 * points it out as unknown instead of passing over it.
 */
const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_]+)\s*\}\}|\{([\p{L}\p{N}_]+)\}/gu;

/**
 * A step's message for one lead. Known placeholders are filled; an unknown one, or
 * a known one the lead has no value for, stays as typed ("{firstName}") so the rep
 * sees what to fill in, instead of a message with a hole in it.
 */
export function renderTemplate(template: string, lead: Pick<Lead, 'firstName' | 'lastName' | 'fullName' | 'companyName' | 'title'>): string {
  // Split as a capture splits it: an imported "Dr. Anna Kowalska" is "Anna", never "Dr.".
  const first = lead.firstName ?? (lead.fullName ? splitPersonName(lead.fullName).firstName : undefined);
  // A Map, not an object: "{constructor}" must not find Object.prototype's.
  const values = new Map<string, string | undefined>([
    ['firstName', first],
    ['lastName', lead.lastName],
    ['fullName', lead.fullName],
    ['company', lead.companyName],
    ['title', lead.title],
  ]);
  return template.replace(PLACEHOLDER, (match, doubled: string | undefined, single: string | undefined) => values.get(doubled ?? single ?? '') || match);
}

/** Placeholders in a template that are not known, for the editor to point out. */
export function unknownPlaceholders(template: string): string[] {
  const found = [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? m[2] ?? '');
  return [...new Set(found.filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name)))];
}
