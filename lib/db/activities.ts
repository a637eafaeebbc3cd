import { z } from 'zod';
import { applyScore, withActivity } from '../scoring/apply';
import { ActivitySchema, LeadSchema, type Activity } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { advance, channelOfTouch, currentStep, stopReasonFor } from '../sequences/engine';
import { getScoring } from './settings';
import { randomId, type NewId } from './save-capture';
import { activeEnrolments, sequenceEffects, sequenceTables } from './sequences';

export const NewActivitySchema = ActivitySchema.omit({ id: true, createdAt: true });
export type NewActivity = z.input<typeof NewActivitySchema>;

/**
 * A touch that does a sequence step completes it: the enrolment named (a step the rep
 * marked done), or else the lead's active enrolment whose current step has the
 * touch's channel (Connect clicked on LinkedIn completes an invite step).
 */
async function completeStep(db: LeadsDatabase, activity: Activity, enrolmentId: string | undefined, now: number): Promise<Activity> {
  const channel = channelOfTouch(activity.kind);
  const candidates = enrolmentId ? [await db.enrolments.get(enrolmentId)] : channel ? await activeEnrolments(db, activity.leadId) : [];
  for (const enrolment of candidates) {
    if (!enrolment || enrolment.leadId !== activity.leadId) continue;
    const sequence = await db.sequences.get(enrolment.sequenceId);
    const step = currentStep(enrolment, sequence);
    if (!sequence || !step || (!enrolmentId && step.channel !== channel)) continue;
    await db.enrolments.put(advance(enrolment, sequence, 'done', now));
    return { ...activity, sequenceId: sequence.id, stepId: step.id };
  }
  return activity;
}

/**
 * Record a touch or event on a lead. The lead's activity summary and score move
 * in the same transaction, so engagement rules see it at once; so do its
 * sequences (a reply ends them, a touch completes the step it does, crossing
 * into SQL enrols it where that is a trigger).
 */
export async function addActivity(
  db: LeadsDatabase,
  input: NewActivity,
  now: number,
  newId: NewId = randomId,
  options: { enrolmentId?: string } = {},
): Promise<{ activity: Activity; crossedSql: boolean }> {
  try {
    const parsed = ActivitySchema.parse({ ...NewActivitySchema.parse(input), id: newId(), createdAt: now });
    return await db.transaction('rw', [db.leads, db.activities, db.companies, db.settings, ...sequenceTables(db)], async () => {
      const lead = await db.leads.get(parsed.leadId);
      if (!lead) throw new StorageError('invalid');
      const stopReason = stopReasonFor({ kind: 'activity', activityKind: parsed.kind });
      // A reply ends the sequences rather than doing one of their steps.
      const activity = stopReason ? parsed : await completeStep(db, parsed, options.enrolmentId, now);
      const company = lead.companyId ? await db.companies.get(lead.companyId) : undefined;
      const { ruleSet } = await getScoring(db);
      const touched = activity.kind === 'captured' ? lead.lastTouchAt : Math.max(lead.lastTouchAt ?? 0, activity.at);
      const updated = { ...withActivity(lead, activity.kind, activity.at), updatedAt: Math.max(now, lead.updatedAt), lastTouchAt: touched };
      const scored = applyScore(updated, company, ruleSet, now);
      await db.activities.add(activity);
      const after = LeadSchema.parse(scored.lead);
      await db.leads.put(after);
      await sequenceEffects(db, { before: lead, after, stop: stopReason }, now, newId);
      return { activity, crossedSql: scored.crossedSql };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
