import { cleanLine } from '../schema/clean-text';
import { MAX_DELAY_DAYS, MAX_STEPS, SequenceSchema, type Sequence, type SequenceChannel, type SequenceTrigger } from './schema';

/**
 * A sequence as the editor holds it: text as typed, checked field by field, and
 * turned into a valid Sequence only when every field is right.
 */
// `renamed` and `rewritten` are carried from the stored sequence, so a save in English keeps a rename to the English (lib/i18n/default-names.ts).
export type StepDraft = { id: string; channel: SequenceChannel; delay: string; businessDays: boolean; title: string; template: string; renamed?: boolean; rewritten?: boolean };
export type SequenceDraft = { id: string; name: string; renamed?: boolean; onSql: boolean; onTag: string; onStage: string; steps: StepDraft[]; createdAt: number };

export type DraftError = 'empty-name' | 'name-too-long' | 'empty-title' | 'title-too-long' | 'delay-not-whole' | 'delay-negative' | 'delay-too-long' | 'no-steps' | 'too-many-steps' | 'bad-tag';

export function draftOf(sequence: Sequence): SequenceDraft {
  return {
    id: sequence.id,
    name: sequence.name,
    ...flags(sequence),
    onSql: sequence.triggers.some((t) => t.kind === 'became-sql'),
    onTag: sequence.triggers.find((t): t is Extract<SequenceTrigger, { kind: 'tag-added' }> => t.kind === 'tag-added')?.tag ?? '',
    onStage: sequence.triggers.find((t): t is Extract<SequenceTrigger, { kind: 'stage-entered' }> => t.kind === 'stage-entered')?.stageId ?? '',
    steps: sequence.steps.map((s) => ({ id: s.id, channel: s.channel, delay: String(s.delayDays), businessDays: s.businessDays, title: s.title, template: s.template, ...flags(s) })),
    createdAt: sequence.createdAt,
  };
}

function flags(item: { renamed?: boolean | undefined; rewritten?: boolean | undefined }): { renamed?: true; rewritten?: true } {
  return { ...(item.renamed ? { renamed: true } : {}), ...(item.rewritten ? { rewritten: true } : {}) };
}

/** A delay as typed: a whole number of days from 0 to a year. */
export function parseDelay(text: string): { ok: true; days: number } | { ok: false; error: DraftError } {
  const s = text.trim();
  if (!/^-?\d+$/.test(s)) return { ok: false, error: 'delay-not-whole' };
  const days = Number(s);
  if (days < 0) return { ok: false, error: 'delay-negative' };
  if (days > MAX_DELAY_DAYS) return { ok: false, error: 'delay-too-long' };
  return { ok: true, days };
}

/** Every problem of a draft, keyed by field ("name", "steps.2.delay"…), and the sequence when there are none. */
export function checkDraft(draft: SequenceDraft, now: number): { errors: Record<string, DraftError>; sequence?: Sequence } {
  const errors: Record<string, DraftError> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'empty-name';
  else if (name.length > 80) errors.name = 'name-too-long';
  if (draft.steps.length === 0) errors.steps = 'no-steps';
  if (draft.steps.length > MAX_STEPS) errors.steps = 'too-many-steps';
  const tag = cleanLine(draft.onTag, 1_000).toLowerCase();
  if (tag.length > 40) errors.onTag = 'bad-tag';
  const steps = draft.steps.map((step, i) => {
    const title = step.title.trim();
    if (!title) errors[`steps.${i}.title`] = 'empty-title';
    else if (title.length > 120) errors[`steps.${i}.title`] = 'title-too-long';
    const delay = parseDelay(step.delay);
    if (!delay.ok) errors[`steps.${i}.delay`] = delay.error;
    return { id: step.id, channel: step.channel, delayDays: delay.ok ? delay.days : 0, businessDays: step.businessDays, title, template: step.template, ...flags(step) };
  });
  if (Object.keys(errors).length > 0) return { errors };
  const triggers: SequenceTrigger[] = [
    ...(draft.onSql ? [{ kind: 'became-sql' as const }] : []),
    ...(tag ? [{ kind: 'tag-added' as const, tag }] : []),
    ...(draft.onStage ? [{ kind: 'stage-entered' as const, stageId: draft.onStage }] : []),
  ];
  const parsed = SequenceSchema.safeParse({ id: draft.id, name, ...flags(draft), steps, triggers, createdAt: draft.createdAt, updatedAt: now });
  return parsed.success ? { errors, sequence: parsed.data } : { errors: { name: 'empty-name' } };
}

/** A step id not used in the draft (ids stay stable as steps move, so history keeps pointing at them). */
export function newStepId(draft: SequenceDraft): string {
  const used = new Set(draft.steps.map((s) => s.id));
  let n = draft.steps.length + 1;
  while (used.has(`step-${n}`)) n += 1;
  return `step-${n}`;
}
