import type { LeadsDatabase } from '../db/database';
import { previewPeople, randomId, savePeople, type NewId } from '../db/save-capture';
import type { ImportCapture } from './import-preview';

/**
 * Writing an import. Every row goes through savePeople, the capture save path,
 * so an imported person is deduplicated and merged exactly as a captured one
 * (LinkedIn URL, then e-mail, then name and company; hand-edited fields kept).
 */

import type { ImportCounts } from '../messaging/protocol';

export type { ImportCounts };
export type ImportProgress = (done: number, total: number) => void;

function countsOf(saves: readonly { status: 'created' | 'updated' }[]): ImportCounts {
  const created = saves.filter((s) => s.status === 'created').length;
  return { created, merged: saves.length - created };
}

/**
 * All or nothing: the rows are saved in one transaction, so a failure at row 9,000
 * leaves no partial import. Fails with a StorageError (quota, blocked...) as
 * saveCapture does. `inCommit` runs inside that transaction (see unfinished.ts).
 */
export async function importCaptures(
  db: LeadsDatabase,
  captures: readonly ImportCapture[],
  now: number,
  onProgress?: ImportProgress,
  newId: NewId = randomId,
  inCommit?: () => Promise<unknown>,
): Promise<ImportCounts> {
  const total = captures.length;
  const saves = await savePeople(db, captures.map((c) => c.person), now, newId, (fraction) => onProgress?.(Math.round(fraction * total), total), inCommit);
  return countsOf(saves);
}

/**
 * How many rows would create a lead and how many would merge into one, counting
 * duplicates against the database and within the file (the second row of a
 * person merges into the lead the first one created), by the same matching and
 * merging the import runs, given the ids it will use. Read-only: nothing is written.
 */
export async function classifyDuplicates(db: LeadsDatabase, captures: readonly ImportCapture[], now: number, newId: NewId = randomId): Promise<ImportCounts> {
  return countsOf(await previewPeople(db, captures.map((c) => c.person), now, newId));
}
