import { useLiveQuery } from 'dexie-react-hooks';
import { viewOf, type CrmConnectionView } from '@/lib/crm/connection';
import { readConnection } from '@/lib/db/crm-connections';
import { useDb } from '../db-context';

/** The HubSpot connection as the page may show it (no token), live; null when never connected, undefined while loading. */
export function useCrmConnection(): CrmConnectionView | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const connection = await readConnection(db, 'hubspot');
    return connection ? viewOf(connection) : null;
  }, [db]);
}
