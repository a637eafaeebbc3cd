import { useLiveQuery } from 'dexie-react-hooks';
import { readConflicts, type PullConflict } from '@/lib/crm/sync/conflicts';
import { useDb } from '../db-context';

/** The conflicts a pull kept, live (a round or a dismiss elsewhere shows at once); only one lead's with `leadId`. */
export function usePullConflicts(leadId?: string): PullConflict[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const all = await readConflicts(db);
    return leadId === undefined ? all : all.filter((c) => c.leadId === leadId);
  }, [db, leadId]);
}
