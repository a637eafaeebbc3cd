import { useLiveQuery } from 'dexie-react-hooks';
import { getPipeline } from '@/lib/db/settings';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { useDb } from './db-context';

/** The saved stage list and currency, live: a change on the options page shows everywhere at once. */
export function usePipeline(): PipelineSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getPipeline(db), [db]);
}
