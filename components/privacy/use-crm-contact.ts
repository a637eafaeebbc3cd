import { useLiveQuery } from 'dexie-react-hooks';
import { readEraseQueue, type CrmEraseEntry, type CrmEraseJob } from '@/lib/crm/sync/erase-queue';
import { useDb } from '../db-context';
import { useCrmConnection } from '../crm/use-crm-connection';

/**
 * Whether an erase can also delete the lead's contact in the connected CRM: a connection
 * with a token (connected, or waiting for the rep to reconnect: the delete then waits too)
 * and a contact the sync linked to this lead. Live.
 */
export function useCanDeleteInCrm(leadId: string): boolean {
  const db = useDb();
  const connection = useCrmConnection();
  const linked = useLiveQuery(async () => (await db.crmLinks.get(['contact', leadId])) !== undefined, [db, leadId]);
  return !!connection && connection.state !== 'disconnected' && linked === true;
}

/**
 * How many of these leads' contacts an erase or delete could also delete in the connected CRM
 * (as `useCanDeleteInCrm`, for a retention review's selection); 0 without a connection. Live.
 */
export function useDeletableInCrm(leadIds: readonly string[]): number {
  const db = useDb();
  const connection = useCrmConnection();
  const key = leadIds.join('\n');
  const linked = useLiveQuery(
    async () => (await db.crmLinks.bulkGet(leadIds.map((id) => ['contact', id] as ['contact', string]))).filter(Boolean).length,
    // By the ids' content, not the array's identity: a new array of the same selection reads nothing again.
    [db, key],
  );
  return connection && connection.state !== 'disconnected' ? (linked ?? 0) : 0;
}

/** The lead's GDPR delete still waiting in the queue (and why the last try stopped), if any. Live. */
export function useWaitingCrmDelete(leadId: string): { entry: CrmEraseEntry; lastError: CrmEraseJob['lastError'] } | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const queue = await readEraseQueue(db);
    const entry = queue?.entries.find((e) => e.leadId === leadId);
    return entry ? { entry, lastError: queue?.lastError } : undefined;
  }, [db, leadId]);
}
