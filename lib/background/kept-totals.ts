import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { rebuildPipelineStats } from '../db/pipeline-stats';
import { recountLeads } from '../db/settings';

/**
 * The kept lead count and pipeline totals are recomputed when the extension is installed or updated and
 * when the browser starts (not at every worker wake-up: a count walks the store).
 */
export function setupKeptTotals(db: LeadsDatabase, now: () => number): void {
  const recount = () => {
    void recountLeads(db, now()).catch(() => undefined);
    void rebuildPipelineStats(db, now()).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(recount);
  browser.runtime.onStartup.addListener(recount);
}
