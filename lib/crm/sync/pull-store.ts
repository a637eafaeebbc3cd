import type { LeadsDatabase } from '../../db/database';
import { randomId, type NewId } from '../../db/save-capture';
import { getPipeline } from '../../db/settings';
import { commit } from '../../db/write/commit';
import { StageChangeSchema } from '../../pipeline/schema';
import { LeadSchema, type Lead } from '../../schema/records';
import type { PullResult, StageMapping } from '../connector';
import { decidePull } from './apply-pull';
import { keepConflicts } from './conflicts';
import { pullFrom, type CrmSyncJob } from './state';

/**
 * A pull's writes, through the write layer as an outside change (origin 'outside': the
 * push never sends them back; figures and sequence effects follow as for any write, so a
 * deal won in HubSpot ends the lead's sequences and counts as a win). One transaction
 * with the conflicts and the pull checkpoint: a worker stopped half-way applies all or
 * nothing, and the next pull asks again.
 */

export type PullConfig = { mapping: StageMapping; currency: string; lostReason: string; now: number; newId?: NewId };

export async function applyPull(db: LeadsDatabase, state: CrmSyncJob, pull: PullResult, config: PullConfig): Promise<{ state: CrmSyncJob; written: number; conflicts: number }> {
  const next: CrmSyncJob = { ...state, pulledThrough: Math.max(pull.until, state.pulledThrough ?? 0), updatedAt: config.now };
  const ids = [...new Set([...pull.deals.map((d) => d.leadId), ...pull.contacts.map((c) => c.leadId)])];
  if (ids.length === 0) {
    await db.jobs.put(next);
    return { state: next, written: 0, conflicts: 0 };
  }
  const newId = config.newId ?? randomId;
  const tables = [db.leads.name, db.stageHistory.name, db.changes.name, db.settings.name, db.jobs.name];
  return commit(db, tables, { origin: 'outside', now: config.now, newId, reads: [db.changes.name, db.settings.name] }, async (w) => {
    const found = await db.leads.bulkGet(ids);
    const leads = new Map(found.filter((l): l is Lead => l !== undefined).map((l) => [l.id, l]));
    const pending = await db.changes.where(':id').above(state.checkpoint).filter((e) => e.table === 'leads' && leads.has(e.key)).toArray();
    const decision = decidePull({ pull, leads, pending, pipeline: await getPipeline(db), mapping: config.mapping, currency: config.currency, lastSyncAt: state.lastSyncAt, readThrough: pullFrom(state), lostReason: config.lostReason, now: config.now });
    for (const { lead, changes } of decision.writes) {
      await w.put('leads', LeadSchema.parse(lead), { before: new Map([[lead.id, leads.get(lead.id)!]]) });
      if (changes.length) await w.add('stageHistory', changes.map((change) => StageChangeSchema.parse({ ...change, id: newId() })));
    }
    await keepConflicts(db, decision.conflicts, config.now);
    await db.jobs.put(next);
    return { state: next, written: decision.writes.length, conflicts: decision.conflicts.length };
  });
}
