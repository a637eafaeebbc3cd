import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readKeptMetrics, rebuildKeptTotals, type KeptMetrics } from '@/lib/db/kept-metrics';

/** The kept totals when they can be shown; 'updating' while a rebuild runs; undefined while reading. */
export type Kept = Extract<KeptMetrics, { stale: false }>;
import { sendToBackground } from '@/lib/messaging/transport';
import { useDb } from '../db-context';

/**
 * The kept totals behind the popup's figures (a handful of records), live. When
 * they disagree with each other nothing is shown from them: the background is
 * asked to rebuild them, and the live query shows the rebuilt ones.
 */
export function useKeptMetrics(): Kept | 'updating' | undefined {
  const db = useDb();
  const kept = useLiveQuery(() => readKeptMetrics(db), [db]);
  const stale = kept?.stale === true;
  useEffect(() => {
    // The background walks the leads (a popup may close mid-walk, which would abort it here);
    // with no background to ask (a test page), the page does it itself.
    if (stale) void sendToBackground({ type: 'totals.rebuild' }).catch(() => rebuildKeptTotals(db, Date.now()).catch(() => undefined));
  }, [stale, db]);
  return kept === undefined ? undefined : kept.stale ? 'updating' : kept;
}
