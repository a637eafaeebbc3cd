import { LeadSchema, type Lead } from '../schema/records';
import type { ScoreLabel } from '../scoring/schema';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { commit } from './write/commit';

/** The rep moves a lead's label by hand; scoring will raise it but never silently lower it. */
export async function setLabelByHand(db: LeadsDatabase, id: string, label: ScoreLabel, now: number): Promise<Lead> {
  try {
    return await commit(db, [db.leads.name], { origin: 'rep', now }, async (w) => {
      const lead = await db.leads.get(id);
      if (!lead) throw new StorageError('invalid');
      const next: Lead = {
        ...lead,
        scoreLabel: label,
        labelByHand: true,
        sqlAt: label === 'sql' ? (lead.sqlAt ?? now) : lead.sqlAt,
        scoreHistory: [...lead.scoreHistory, { at: now, score: lead.score, label }].slice(-30),
        updatedAt: Math.max(now, lead.updatedAt),
      };
      // Labelled SQL by hand is crossing into SQL too: its sequences start, and the rep is told once.
      await w.put('leads', LeadSchema.parse(next));
      return next;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
