import type { Activity } from '../../schema/records';
import type { LeadsDatabase } from '../../db/database';
import { readConnection } from '../../db/crm-connections';
import { CrmSyncJob } from './state';
import { pendingErasures } from './erase-queue';
import type { CrmSyncStatus } from './status-schema';
import { isTouch, pendingFrom } from './plan';

export { CrmSyncStatusSchema, type CrmSyncStatus } from './status-schema';

export async function readSyncStatus(db: LeadsDatabase, running: boolean): Promise<CrmSyncStatus> {
  const connection = await readConnection(db, 'hubspot');
  const parsed = CrmSyncJob.safeParse(await db.jobs.get('crmSync'));
  const state = parsed.success && parsed.data.accountId === connection?.account.accountId ? parsed.data : undefined;
  if (!connection) return { connection: 'none', pending: 0, erasePending: 0, running };
  const erasePending = (await pendingErasures(db, connection.account.accountId)).length;
  let pending: number;
  if (!state) pending = await db.leads.count();
  else {
    // What a round would push: the records changed after the checkpoint (each once), not what the
    // sync itself wrote (origin outside), not deletes, and touches only (the "captured" marker is no note).
    const entries = await db.changes.where(':id').above(state.checkpoint).filter((e) => e.origin !== 'outside' && e.kind !== 'delete').toArray();
    const due = pendingFrom(entries);
    // Records edited and then deleted or erased are in the log too, but nothing of them goes out (plan.ts).
    const activities = (await db.activities.bulkGet([...due.activityIds])).filter((a): a is Activity => a !== undefined && isTouch(a));
    const leadIds = [...new Set([...due.leadIds, ...activities.map((a) => a.leadId)])];
    const kept = new Set((await db.leads.bulkGet(leadIds)).flatMap((l) => (l && l.erasedAt === undefined ? [l.id] : [])));
    const leads = [...due.leadIds].filter((id) => kept.has(id)).length;
    const touches = activities.filter((a) => kept.has(a.leadId)).length;
    const companies = await db.companies.where(':id').anyOf([...due.companyIds]).count();
    const changes = leads + companies + touches;
    const walk = state.walk.done ? 0 : state.walk.after === undefined ? await db.leads.count() : await db.leads.where(':id').above(state.walk.after).count();
    pending = changes + walk;
  }
  return { connection: connection.state, lastSyncAt: state?.lastSyncAt, pending, erasePending, lastError: state?.lastError, refused: state?.refused?.length ?? 0, running };
}
