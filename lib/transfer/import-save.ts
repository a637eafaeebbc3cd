import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { randomId, saveCapture, type NewId } from '../db/save-capture';
import type { ImportCapture } from './import-preview';

/**
 * Writing an import. Every row goes through saveCapture, the one save path, so
 * an imported person is deduplicated and merged exactly as a captured one
 * (LinkedIn URL, then e-mail, then name and company; hand-edited fields kept).
 */

export type ImportCounts = { created: number; merged: number };
export type ImportProgress = (done: number, total: number) => void;

export const PROGRESS_EVERY = 500;

/**
 * The tables saveCapture writes (leads, companies, activities, the kept totals
 * in settings, stageHistory). It opens its own transaction on exactly these,
 * which Dexie runs inside ours; it does not touch sequences or enrolments.
 */
function importTables(db: LeadsDatabase) {
  return [db.leads, db.companies, db.activities, db.settings, db.stageHistory];
}

async function saveAll(db: LeadsDatabase, captures: readonly ImportCapture[], now: number, newId: NewId, onProgress?: ImportProgress): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, merged: 0 };
  for (const [index, { person }] of captures.entries()) {
    const saved = await saveCapture(db, { kind: 'person', person }, now, newId);
    if (saved.status === 'created') counts.created += 1;
    else counts.merged += 1;
    const done = index + 1;
    if (onProgress && (done % PROGRESS_EVERY === 0 || done === captures.length)) onProgress(done, captures.length);
  }
  return counts;
}

/**
 * All or nothing: one transaction around every save, so a failure at row 9,000
 * leaves no partial import. Fails with a StorageError (quota, blocked...) as saveCapture does.
 */
export async function importCaptures(
  db: LeadsDatabase,
  captures: readonly ImportCapture[],
  now: number,
  onProgress?: ImportProgress,
  newId: NewId = randomId,
): Promise<ImportCounts> {
  try {
    return await db.transaction('rw', importTables(db), () => saveAll(db, captures, now, newId, onProgress));
  } catch (error) {
    throw toStorageError(error);
  }
}

class DryRunDone extends Error {
  constructor(readonly counts: ImportCounts) {
    super('dry run rolled back');
  }
}

/**
 * How many rows would create a lead and how many would merge into one, counting
 * duplicates against the database and within the file (the second row of a
 * person merges into the lead the first one created). The import is run and
 * then rolled back, so the counts are exactly what importCaptures will do, with
 * no second copy of the duplicate rules (which chain: a row can add the e-mail
 * a later row is matched by). Nothing is committed, and other tabs never see it.
 */
export async function classifyDuplicates(db: LeadsDatabase, captures: readonly ImportCapture[]): Promise<ImportCounts> {
  const first = captures[0];
  if (!first) return { created: 0, merged: 0 };
  // The preview's time: every write is rolled back, so it only has to be a valid time.
  const now = first.person.capturedAt;
  const outcome = await db
    .transaction('rw', importTables(db), async () => {
      throw new DryRunDone(await saveAll(db, captures, now, randomId));
    })
    .catch((error: unknown) => error);
  if (outcome instanceof DryRunDone) return outcome.counts;
  throw toStorageError(outcome);
}
