import { useEffect } from 'react';
import { rebuildFigures } from '@/lib/db/write/figures-store';
import type { LeadsDatabase } from '@/lib/db/database';
import { sendToBackground } from '@/lib/messaging/transport';

/**
 * While a page finds the kept figures missing or disagreeing, ask the background
 * to rebuild them (a walk over every lead and touch, which closing the page would
 * cut short here); its live queries then show the rebuilt ones. With no
 * background to ask (a test page), the page does it itself.
 */
export function useKeptRebuild(db: LeadsDatabase, stale: boolean): void {
  useEffect(() => {
    if (stale) void sendToBackground({ type: 'totals.rebuild' }).catch(() => rebuildFigures(db, Date.now()).catch(() => undefined));
  }, [stale, db]);
}
