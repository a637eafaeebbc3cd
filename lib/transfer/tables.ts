import type { LeadsDatabase } from '../db/database';

/** Every table a backup holds, in the order a restore writes them (what others refer to first). */
export function transferTables(db: LeadsDatabase) {
  return [db.settings, db.sequences, db.companies, db.leads, db.activities, db.stageHistory, db.enrolments];
}
