import { useLiveQuery } from 'dexie-react-hooks';
import { readSyncStatus, type CrmSyncStatus } from '@/lib/crm/sync/status';
import { useDb } from '../db-context';

/** The sync's status, live: it follows the `crmSync` row and the change log as rounds and writes move them. */
export function useSyncStatus(): CrmSyncStatus | undefined {
  const db = useDb();
  return useLiveQuery(() => readSyncStatus(db, false), [db]);
}
