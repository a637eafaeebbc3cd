import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { rebuildPipelineStats } from '../db/pipeline-stats';
import { recountLeads } from '../db/settings';

/**
 * The kept lead count and pipeline totals move in the same transaction as every
 * write, so they need no routine recount. They are rebuilt once when the extension
 * is installed or updated (an older version did not keep them, or kept them
 * differently), not at browser start or worker wake-up: a rebuild walks every lead.
 */
export function setupKeptTotals(db: LeadsDatabase, now: () => number): void {
  browser.runtime.onInstalled.addListener(() => {
    void recountLeads(db, now()).catch(() => undefined);
    void rebuildPipelineStats(db, now()).catch(() => undefined);
  });
}
