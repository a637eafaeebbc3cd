import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { findPersonDuplicateBy, randomId, savePeople, type DuplicateIndex, type FindBy, type NewId } from '../db/save-capture';
import { mergePersonCapture } from '../leads/merge';
import type { Lead } from '../schema/records';
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
 * All or nothing: every row goes through savePeople (the capture save path, in one
 * transaction), so a failure at row 9,000 leaves no partial import. Fails with a
 * StorageError (quota, blocked...) as saveCapture does.
 */
export async function importCaptures(
  db: LeadsDatabase,
  captures: readonly ImportCapture[],
  now: number,
  onProgress?: ImportProgress,
  newId: NewId = randomId,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, merged: 0 };
  await savePeople(
    db,
    captures.map((c) => c.person),
    now,
    newId,
    (result, index) => {
      if (result.status === 'created') counts.created += 1;
      else counts.merged += 1;
      const done = index + 1;
      if (onProgress && (done % PROGRESS_EVERY === 0 || done === captures.length)) onProgress(done, captures.length);
    },
  );
  return counts;
}

const INDEXES: readonly DuplicateIndex[] = ['linkedinUrl', 'salesNavUrl', 'email', 'nameKey'];

/**
 * How many rows would create a lead and how many would merge into one, counting
 * duplicates against the database and within the file (the second row of a
 * person merges into the lead the first one created). Read-only: the same
 * duplicate rules run over the database overlaid with the rows before, each
 * merged as the import would merge it, so a row that adds an e-mail a later row
 * is matched by counts the same way. Nothing is written.
 */
export async function classifyDuplicates(db: LeadsDatabase, captures: readonly ImportCapture[]): Promise<ImportCounts> {
  try {
    return await db.transaction('r', db.leads, async () => {
      const counts: ImportCounts = { created: 0, merged: 0 };
      const overlay = new Map<DuplicateIndex, Map<string, Lead>>(INDEXES.map((i) => [i, new Map()]));
      const byId = new Map<string, Lead>();
      const find: FindBy = async (index, value) => {
        const hit = overlay.get(index)?.get(value) ?? (await db.leads.where(index).equals(value).first());
        return hit && (byId.get(hit.id) ?? hit);
      };
      for (const [n, { person }] of captures.entries()) {
        const existing = await findPersonDuplicateBy(find, person);
        if (existing) counts.merged += 1;
        else counts.created += 1;
        const merged = mergePersonCapture(existing, person, { id: existing?.id ?? `preview-${n}`, companyId: existing?.companyId }, person.capturedAt);
        byId.set(merged.id, merged);
        for (const index of INDEXES) {
          const value = merged[index];
          if (typeof value === 'string' && value) overlay.get(index)?.set(value, merged);
        }
      }
      return counts;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
