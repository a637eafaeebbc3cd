import { z } from 'zod';
import { applyScore, withActivity } from '../scoring/apply';
import { ActivitySchema, LeadSchema, type Activity } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { getScoring } from './settings';
import { randomId, type NewId } from './save-capture';

export const NewActivitySchema = ActivitySchema.omit({ id: true, createdAt: true });
export type NewActivity = z.input<typeof NewActivitySchema>;

/**
 * Record a touch or event on a lead. The lead's activity summary and score move
 * in the same transaction, so engagement rules see it at once.
 */
export async function addActivity(
  db: LeadsDatabase,
  input: NewActivity,
  now: number,
  newId: NewId = randomId,
): Promise<{ activity: Activity; crossedSql: boolean }> {
  try {
    const activity = ActivitySchema.parse({ ...NewActivitySchema.parse(input), id: newId(), createdAt: now });
    return await db.transaction('rw', [db.leads, db.activities, db.companies, db.settings], async () => {
      const lead = await db.leads.get(activity.leadId);
      if (!lead) throw new StorageError('invalid');
      const company = lead.companyId ? await db.companies.get(lead.companyId) : undefined;
      const { ruleSet } = await getScoring(db);
      const touched = activity.kind === 'captured' ? lead.lastTouchAt : Math.max(lead.lastTouchAt ?? 0, activity.at);
      const updated = { ...withActivity(lead, activity.kind, activity.at), updatedAt: Math.max(now, lead.updatedAt), lastTouchAt: touched };
      const scored = applyScore(updated, company, ruleSet, now);
      await db.activities.add(activity);
      await db.leads.put(LeadSchema.parse(scored.lead));
      return { activity, crossedSql: scored.crossedSql };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
