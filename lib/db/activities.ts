import { z } from 'zod';
import { applyScore, withActivity } from '../scoring/apply';
import { ActivitySchema, LeadSchema, type Activity } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { currentStep } from '../sequences/engine';
import { getWriteRules } from './settings';
import { randomId, type NewId } from './save-capture';
import { commit, type CommitOptions } from './write/commit';

export const NewActivitySchema = ActivitySchema.omit({ id: true, createdAt: true });
export type NewActivity = z.input<typeof NewActivitySchema>;

/**
 * Record a touch or event on a lead. The lead's activity summary, last touch
 * and score move in the same transaction, so engagement rules see it at once.
 * The write layer does the rest: a reply ends the lead's sequences, a touch
 * completes the step it does (the enrolment named, for a step the rep marked
 * done), crossing into SQL is recorded and notified, the figures move.
 * Returns the activity as stored (with the step it completed, if any).
 */
export async function addActivity(
  db: LeadsDatabase,
  input: NewActivity,
  now: number,
  newId: NewId = randomId,
  options: { enrolmentId?: string; origin?: CommitOptions['origin'] } = {},
): Promise<{ activity: Activity }> {
  const activity = await record(db, input, now, newId, options.origin ?? 'rep', options.enrolmentId === undefined ? undefined : { enrolmentId: options.enrolmentId });
  // Only a step named by its id can be out of date; without one a touch is always written.
  if (!activity) throw new StorageError('invalid');
  return { activity };
}

/**
 * Done on a step card: the touch the step does, completing exactly the step the card
 * showed. A card can be out of date (Done clicked twice, the card open in the popup and
 * the side panel): once the enrolment no longer waits on that step, nothing is written,
 * so a second click neither completes the next step early nor logs the touch twice.
 */
export async function markStepDone(
  db: LeadsDatabase,
  input: NewActivity,
  step: { enrolmentId: string; stepId: string },
  now: number,
  newId: NewId = randomId,
): Promise<{ activity?: Activity }> {
  return { activity: await record(db, input, now, newId, 'rep', step) };
}

async function record(
  db: LeadsDatabase,
  input: NewActivity,
  now: number,
  newId: NewId,
  origin: CommitOptions['origin'],
  named: { enrolmentId: string; stepId?: string } | undefined,
): Promise<Activity | undefined> {
  try {
    const parsed = ActivitySchema.parse({ ...NewActivitySchema.parse(input), id: newId(), createdAt: now });
    const tables = [db.leads.name, db.activities.name, db.companies.name, db.jobs.name, db.sequences.name, db.enrolments.name];
    return await commit(db, tables, { origin, now, newId }, async (w) => {
      const lead = await db.leads.get(parsed.leadId);
      if (!lead) throw new StorageError('invalid');
      let activity = parsed;
      if (named) {
        // A step marked done: the activity names it, and the layer completes exactly that step.
        const enrolment = await db.enrolments.get(named.enrolmentId);
        const step = enrolment && enrolment.leadId === lead.id ? currentStep(enrolment, await db.sequences.get(enrolment.sequenceId)) : undefined;
        if (named.stepId !== undefined && step?.id !== named.stepId) return undefined;
        if (enrolment && step) activity = { ...activity, sequenceId: enrolment.sequenceId, stepId: step.id };
      }
      const company = lead.companyId ? await db.companies.get(lead.companyId) : undefined;
      const { ruleSet } = await getWriteRules(db);
      const touched = activity.kind === 'captured' ? lead.lastTouchAt : Math.max(lead.lastTouchAt ?? 0, activity.at);
      const updated = { ...withActivity(lead, activity.kind, activity.at), updatedAt: Math.max(now, lead.updatedAt), lastTouchAt: touched };
      await w.add('activities', activity);
      await w.put('leads', LeadSchema.parse(applyScore(updated, company, ruleSet, now).lead));
      return (await db.activities.get(activity.id)) ?? activity;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
