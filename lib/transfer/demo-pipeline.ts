import { derivedLeadKeys } from '../leads/keys';
import { EMPTY_BANT, DEFAULT_PIPELINE } from '../pipeline/defaults';
import { StageChangeSchema, type Bant, type PipelineSettings, type StageChange } from '../pipeline/schema';
import { applyScore, summarizeActivities } from '../scoring/apply';
import { DEFAULT_RULESET } from '../scoring/defaults';
import type { RuleSet } from '../scoring/schema';
import { ActivitySchema, LeadSchema, type Activity, type Lead } from '../schema/records';
import { defaultSequences } from '../sequences/defaults';
import { advance, enrol, touchOfChannel } from '../sequences/engine';
import { EnrolmentSchema, type Enrolment, type Sequence } from '../sequences/schema';
import { NEXT_STEPS } from './demo-data';
import { demoPerson } from './demo-person';
import { demoTimeline, stagesOf, type Timeline } from './demo-timeline';
import { demoTouches, type Touch } from './demo-touches';
import { seededRandom, type Random } from './prng';

/**
 * A realistic demo pipeline, generated from a seed: about 300 leads with their
 * stage history, touches and a few live follow-up sequences, all relative to `now`.
 * Every record's id starts with DEMO_PREFIX, so the demo can be removed without
 * touching anything the rep saved.
 */

export const DEMO_PREFIX = 'demo-';
export const DEMO_LEADS = 300;
export { DEMO_TAG } from './demo-person';

const DAY = 86_400_000;

export type DemoData = { leads: Lead[]; activities: Activity[]; stageHistory: StageChange[]; enrolments: Enrolment[] };

/** The rep's setup the demo should fit: their stages and scoring rules (defaults when absent). */
export type DemoSetup = { pipeline?: PipelineSettings; ruleSet?: RuleSet };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Deal value, 5,000 to 60,000 in steps of 500. */
const dealValue = (random: Random) => random.int(10, 120) * 500;

const BANT_NOTES: Record<keyof Bant, string> = {
  budget: 'Budget set aside for this year',
  authority: 'Decision-maker joined the call',
  need: 'Reporting takes them days every month',
  timeline: 'Wants to start next quarter',
};

/** The further a deal got, the more of budget, authority, need and timeline is known. */
function bantAt(depth: number): Bant {
  const bant: Bant = { ...EMPTY_BANT };
  (['need', 'authority', 'budget', 'timeline'] as const).slice(0, Math.min(4, depth)).forEach((key) => {
    bant[key] = { checked: true, note: BANT_NOTES[key] };
  });
  return bant;
}

/** A few open leads are working through a shipped sequence: some steps done, the next one due today, overdue or soon. */
function demoEnrolment(random: Random, leadId: string, t: Timeline, sequence: Sequence, id: string, now: number, eager: boolean): { enrolment: Enrolment; touches: Touch[] } {
  const enrolledAt = Math.round(Math.min(now, Math.max(t.createdAt + 3_600_000, now - random.between(0.5, 12) * DAY)));
  const started = enrol({ id: leadId }, sequence, [], enrolledAt, 'manual', id);
  if (!started.ok) throw new Error(`cannot enrol in ${sequence.id}`);
  let enrolment = started.enrolment;
  const touches: Touch[] = [];
  // The first enrolment stays on its first step, so something is always due today.
  while (!eager && enrolment.dueAt !== undefined && enrolment.dueAt <= now && enrolment.stepIndex < sequence.steps.length - 1 && random.chance(0.65)) {
    const step = sequence.steps[enrolment.stepIndex];
    if (!step) break;
    const doneAt = Math.min(now, enrolment.dueAt + Math.round(random.between(0, 0.5) * DAY));
    const kind = touchOfChannel(step.channel);
    touches.push({ kind, direction: kind === 'note' ? 'none' : 'outbound', at: doneAt, sequenceId: sequence.id, stepId: step.id });
    enrolment = advance(enrolment, sequence, 'done', doneAt);
  }
  return { enrolment, touches };
}

export function demoPipeline(now: number, seed = 1, currency = 'USD', setup: DemoSetup = {}): DemoData {
  const random = seededRandom(seed);
  const stages = stagesOf(setup.pipeline ?? DEFAULT_PIPELINE);
  const ruleSet = setup.ruleSet ?? DEFAULT_RULESET;
  const sequences = defaultSequences(now);
  const [outreach, fastFollow] = sequences;
  const data: DemoData = { leads: [], activities: [], stageHistory: [], enrolments: [] };
  const names: string[] = [];
  let activityNo = 0;
  let changeNo = 0;

  for (let n = 1; n <= DEMO_LEADS; n++) {
    const id = `${DEMO_PREFIX}lead-${pad(n, 4)}`;
    const person = demoPerson(random, n, names);
    names.push(person.fullName ?? '');
    const t = demoTimeline(random, now, stages);
    const touches = demoTouches(random, t, person.source);

    const isOpen = t.outcome === 'open' || t.outcome === 'reactivated';
    const hasValue = t.outcome === 'won' || (t.outcome === 'lost' && random.chance(0.6)) || (t.outcome === 'open' && t.depth >= 2 && random.chance(0.85));
    const value = hasValue ? dealValue(random) : undefined;
    const nextStepDue = isOpen && t.depth >= 1 && random.chance(0.6) ? Math.round(Math.max(t.createdAt, now + random.between(-6, 14) * DAY)) : undefined;

    if (isOpen && outreach && fastFollow && random.chance(0.1)) {
      const sequence = t.depth >= 2 ? fastFollow : outreach;
      const { enrolment, touches: done } = demoEnrolment(random, id, t, sequence, `${DEMO_PREFIX}enrol-${pad(data.enrolments.length + 1, 4)}`, now, data.enrolments.length === 0);
      data.enrolments.push(EnrolmentSchema.parse(enrolment));
      touches.push(...done);
    }

    touches.sort((a, b) => a.at - b.at);
    const activities = touches.map((touch) => ActivitySchema.parse({ ...touch, id: `${DEMO_PREFIX}act-${pad(++activityNo, 6)}`, leadId: id, createdAt: touch.at }));
    const lastTouchAt = activities.reduce<number | undefined>((latest, a) => (a.kind === 'captured' || (latest ?? 0) >= a.at ? latest : a.at), undefined);

    const lead: Lead = {
      ...person,
      id,
      ...derivedLeadKeys(person),
      editedFields: [],
      createdAt: t.createdAt,
      capturedAt: t.createdAt,
      updatedAt: Math.max(t.stageChangedAt, activities.at(-1)?.at ?? t.createdAt),
      score: 0,
      scoreLabel: 'cold',
      labelByHand: false,
      scoreHistory: [],
      activitySummary: summarizeActivities(activities),
      lastTouchAt,
      stageId: t.stageId,
      stageChangedAt: t.stageChangedAt,
      dealValue: value,
      currency: value === undefined ? undefined : currency,
      expectedCloseAt: isOpen && value !== undefined ? Math.round(now + random.between(7, 90) * DAY) : undefined,
      bant: bantAt(t.depth),
      nextStep: nextStepDue === undefined ? undefined : { text: random.pick(NEXT_STEPS), dueAt: nextStepDue },
      nextStepDueAt: nextStepDue,
      reactivations: t.outcome === 'reactivated' ? 1 : 0,
      lostReason: t.lostReason,
    };
    // Scored by the rules in force, so a rescore later finds nothing to change.
    const scored = applyScore(lead, undefined, ruleSet, now).lead;
    // Qualified when it was last touched, not at the moment the demo was loaded.
    const sqlAt = scored.sqlAt === undefined ? undefined : Math.min(scored.sqlAt, lastTouchAt ?? t.createdAt);
    data.leads.push(LeadSchema.parse({ ...scored, sqlAt }));

    for (const change of t.changes) {
      const closing = change.kind === 'won' || (change.kind === 'lost' && value !== undefined && t.outcome === 'lost');
      data.stageHistory.push(
        StageChangeSchema.parse({ ...change, id: `${DEMO_PREFIX}stage-${pad(++changeNo, 6)}`, leadId: id, ...(closing ? { value, currency } : {}) }),
      );
    }
    data.activities.push(...activities);
  }
  return data;
}
