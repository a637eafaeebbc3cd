import type { LeadsDatabase } from '../../db/database';
import { readConnection } from '../../db/crm-connections';
import { CrmSyncJob } from './state';
import type { CrmSyncStatus } from './status-schema';

export { CrmSyncStatusSchema, type CrmSyncStatus } from './status-schema';

const PUSHED_TABLES = new Set(['leads', 'companies', 'activities']);

export async function readSyncStatus(db: LeadsDatabase, running: boolean): Promise<CrmSyncStatus> {
  const connection = await readConnection(db, 'hubspot');
  const parsed = CrmSyncJob.safeParse(await db.jobs.get('crmSync'));
  const state = parsed.success && parsed.data.accountId === connection?.account.accountId ? parsed.data : undefined;
  if (!connection) return { connection: 'none', pending: 0, running };
  let pending: number;
  if (!state) pending = await db.leads.count();
  else {
    // What the sync itself wrote (origin outside) and deletes are never pushed: not counted.
    const changes = await db.changes
      .where(':id')
      .above(state.checkpoint)
      .filter((e) => e.origin !== 'outside' && e.kind !== 'delete' && PUSHED_TABLES.has(e.table))
      .count();
    const walk = state.walk.done ? 0 : state.walk.after === undefined ? await db.leads.count() : await db.leads.where(':id').above(state.walk.after).count();
    pending = changes + walk;
  }
  return { connection: connection.state, lastSyncAt: state?.lastSyncAt, pending, lastError: state?.lastError, running };
}
