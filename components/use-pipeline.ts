import { useLiveQuery } from 'dexie-react-hooks';
import { getPipeline } from '@/lib/db/settings';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { useDb } from './db-context';
import { localizePipeline } from '@/lib/i18n/default-names';

/** The saved stage list and currency, live: a change on the options page shows everywhere at once. */
export function usePipeline(first?: PipelineSettings): PipelineSettings | undefined {
  const db = useDb();
  // Shipped stage names read in the rep's language until renamed. `first`: what a first view drew, until the query answers.
  return useLiveQuery(async () => localizePipeline(await getPipeline(db)), [db], first);
}
