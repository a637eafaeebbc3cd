import { useLiveQuery } from 'dexie-react-hooks';
import { CrmConnectionSchema, viewOf, type CrmConnectionView } from '@/lib/crm/connection';
import { useDb } from '../db-context';

/** The HubSpot connection as the page may show it (no token), live; null when never connected, undefined while loading. */
export function useCrmConnection(): CrmConnectionView | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const parsed = CrmConnectionSchema.safeParse(await db.crmConnections.get('hubspot'));
    return parsed.success ? viewOf(parsed.data) : null;
  }, [db]);
}
