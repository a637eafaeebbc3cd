import type { LeadsDatabase } from '../db/database';
import { runRescore } from '../db/rescore';
import type { Lead } from '../schema/records';

/**
 * One rescore at a time. A rule change while one runs opens a new job (new
 * revision); the running loop sees it on its next chunk and the loop runs again.
 */
export function createRescorer(db: LeadsDatabase, now: () => number, onSql: (leads: Lead[], finished: boolean) => void) {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async () => {
    do {
      again = false;
      const sql: Lead[] = [];
      const job = await runRescore(db, now, (step) => sql.push(...step.sqlLeads));
      if (sql.length || job?.finished) onSql(sql, Boolean(job?.finished));
    } while (again);
  };
  return function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = undefined));
    return running;
  };
}
