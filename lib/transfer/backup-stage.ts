import type { LeadsDatabase } from '../db/database';
import type { Writer } from '../db/write/commit';
import type { StageChange } from '../pipeline/schema';
import type { Lead } from '../schema/records';

/**
 * A merge writes the file's lead over the one here, but the history entries logged here since the
 * backup stay: a lead won here after the backup would go back to the file's older stage while its
 * history ends in the win. The stage is the one changed last, wherever (the lead here, or a local
 * duplicate folded into it), with what goes with it: the deal's value and currency, the lost reason.
 * Every stage reached on either side stays reached; reactivations are the most either side counted.
 */
export function withNewestStage(fileLeads: readonly Lead[], here: ReadonlyMap<string, readonly Lead[]>): Lead[] {
  return fileLeads.map((lead) => {
    const others = here.get(lead.id) ?? [];
    if (others.length === 0) return lead;
    const newest = others.reduce((a, b) => (b.stageChangedAt > a.stageChangedAt ? b : a));
    const reached = [...new Set([...(lead.reached ?? [lead.stageId]), ...others.flatMap((o) => o.reached ?? [o.stageId])])].sort().slice(0, 30);
    const reactivations = Math.max(lead.reactivations, ...others.map((o) => o.reactivations));
    if (newest.stageChangedAt <= lead.stageChangedAt) return { ...lead, reached, reactivations };
    const { stageId, stageChangedAt, dealValue, currency, lostReason } = newest;
    return { ...lead, stageId, stageChangedAt, dealValue, currency, lostReason, reached, reactivations, updatedAt: Math.max(lead.updatedAt, newest.updatedAt) };
  });
}

/** Two entries for one move: the same change at the same moment (a second copy of one history). */
const sameMove = (a: StageChange, b: StageChange) => a.at === b.at && a.fromStage === b.fromStage && a.toStage === b.toStage && a.kind === b.kind;

/**
 * After folding leads together, the kept lead's history holds each one's: one first-stage entry
 * (the earliest: the sales cycle is measured from it) and no move twice. Drops the others.
 */
export async function dropDuplicateHistory(db: LeadsDatabase, w: Writer, leadIds: readonly string[]): Promise<void> {
  if (leadIds.length === 0) return;
  const all = await db.stageHistory.where('leadId').anyOf([...leadIds]).toArray();
  const byLead = new Map<string, StageChange[]>();
  for (const entry of all) (byLead.get(entry.leadId) ?? byLead.set(entry.leadId, []).get(entry.leadId)!).push(entry);
  const drop: string[] = [];
  for (const entries of byLead.values()) {
    entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    const kept: StageChange[] = [];
    for (const entry of entries) {
      const duplicate = (entry.fromStage === undefined && kept.some((k) => k.fromStage === undefined)) || kept.some((k) => sameMove(k, entry));
      if (duplicate) drop.push(entry.id);
      else kept.push(entry);
    }
  }
  await w.delete('stageHistory', drop);
}
