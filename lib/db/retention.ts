import { isDueForReview, lastTouchOf, retentionCutoff } from '../privacy/retention';
import type { StageChange } from '../pipeline/schema';
import type { Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { deleteLeadsForGood, eraseLeads, type EraseOptions } from './erase';

/** What the review list shows of a lead (the rep decides by these). */
export type ReviewRow = Pick<Lead, 'id' | 'fullName' | 'email' | 'companyName' | 'stageId'> & { lastTouchAt: number };

export type Review = { cutoff: number; total: number; ids: string[]; rows: ReviewRow[] };

/**
 * Leads with no touch since `months` before `now`, oldest first in the rows shown (at most `limit`
 * of them; `ids` holds all). Read once when the rep asks, never in a live query: it walks every
 * lead created before the cutoff.
 */
export async function leadsDueForReview(db: LeadsDatabase, now: number, months: number, limit = 200): Promise<Review> {
  const cutoff = retentionCutoff(now, months);
  const ids: string[] = [];
  const rows: ReviewRow[] = [];
  const row = (lead: Lead, lastTouchAt: number): ReviewRow => ({ id: lead.id, fullName: lead.fullName, email: lead.email, companyName: lead.companyName, stageId: lead.stageId, lastTouchAt });
  const add = (entry: ReviewRow) => {
    ids.push(entry.id);
    rows.push(entry);
    // Keep the oldest `limit` only: the list stays small whatever the database holds.
    if (rows.length > limit * 2) rows.sort((a, b) => a.lastTouchAt - b.lastTouchAt).splice(limit);
  };
  // Leads whose only recent event is a stage change, checked against their history below.
  const movedOnly: Lead[] = [];
  // A lead created after the cutoff has been touched since (its creation).
  await db.leads
    .where('createdAt')
    .below(cutoff)
    .each((lead) => {
      if (isDueForReview(lead, cutoff)) add(row(lead, lastTouchOf(lead)));
      else if (lead.erasedAt === undefined && isDueForReview({ ...lead, stageChangedAt: 0 }, cutoff)) movedOnly.push(lead);
    });
  // A stage the rep removed (or a restore lacked) moves its leads with a 'stage-removed' entry and a new
  // stageChangedAt: housekeeping, not contact with the person, so it must not keep them out of review.
  // Their histories in one read (thousands after a big stage is removed), grouped by lead.
  const histories = new Map<string, StageChange[]>(movedOnly.map((lead) => [lead.id, []]));
  if (movedOnly.length) for (const entry of await db.stageHistory.where('leadId').anyOf([...histories.keys()]).toArray()) histories.get(entry.leadId)?.push(entry);
  for (const lead of movedOnly) {
    const history = histories.get(lead.id)!;
    const recent = history.filter((h) => h.at >= cutoff);
    // Only when the history explains the recent stage time: a change it does not show stays a touch.
    if (recent.length === 0 || recent.some((h) => h.kind !== 'stage-removed')) continue;
    const real = history.filter((h) => h.kind !== 'stage-removed').map((h) => h.at);
    add(row(lead, Math.max(lastTouchOf({ ...lead, stageChangedAt: 0 }), ...real)));
  }
  rows.sort((a, b) => a.lastTouchAt - b.lastTouchAt).splice(limit);
  return { cutoff, total: ids.length, ids, rows };
}

/** What the rep confirmed for the reviewed leads: erase (an anonymous record stays) or delete entirely. */
export type RetentionAction = 'erase' | 'delete';

export type ApplyRetentionOptions = EraseOptions & {
  /** Told how many are done after each chunk. */
  onProgress?: (done: number) => void;
  chunk?: number;
};

/**
 * Apply it in chunks (each one write, each walking the change log once). With `crmDelete`, each
 * chunk queues its people's HubSpot GDPR deletes in its own transaction, before their links go;
 * the caller then asks the background to make them (`crm.erase`), as "Erase this person" does.
 */
export async function applyRetention(
  db: LeadsDatabase,
  ids: readonly string[],
  action: RetentionAction,
  now: number,
  { onProgress = () => undefined, chunk = 500, crmDelete = false }: ApplyRetentionOptions = {},
): Promise<number> {
  let done = 0;
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    done += action === 'erase' ? await eraseLeads(db, part, now, { crmDelete }) : await deleteLeadsForGood(db, part, now, { crmDelete });
    onProgress(done);
  }
  return done;
}
