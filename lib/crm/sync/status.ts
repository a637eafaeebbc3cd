import { z } from 'zod';
import type { LeadsDatabase } from '../../db/database';
import { readConnection } from '../../db/crm-connections';
import { epochMs } from '../../schema/text';
import { CrmSyncJob } from './state';

/** What the options page and the popup show of the sync: no personal data, no token. */
export const CrmSyncStatusSchema = z.object({
  connection: z.enum(['none', 'connected', 'reconnect', 'disconnected']),
  lastSyncAt: epochMs.optional(),
  /** Change-log entries after the checkpoint that a round pushes, plus the leads the walk has yet to push. */
  pending: z.number().int().min(0),
  lastError: CrmSyncJob.shape.lastError,
  running: z.boolean(),
});
export type CrmSyncStatus = z.infer<typeof CrmSyncStatusSchema>;

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
