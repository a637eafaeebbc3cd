import { z } from 'zod';
import type { LeadsDatabase } from '../database';
import { epochMs } from '../../schema/text';
import { OriginSchema } from './state';
import { TRACKED_TABLES } from './tables';

/**
 * The change log: one entry per changed record of a tracked table, appended by
 * the write layer in the write's own transaction, numbered in commit order.
 * Readers (CRM sync, anything that needs "what changed since") keep their own
 * checkpoint, a sequence number. The log is bounded by age and size whatever its
 * readers do; a reader whose checkpoint fell out of the kept window is told so
 * and must resynchronise in full.
 */

export const ChangeEntrySchema = z.object({
  seq: z.number().int().positive(),
  table: z.enum(TRACKED_TABLES),
  key: z.string().max(64),
  kind: z.enum(['create', 'update', 'delete']),
  at: epochMs,
  /** Fields an update changed (top-level); absent for creates and deletes, which concern the whole record. */
  fields: z.array(z.string().max(60)).max(200).optional(),
  origin: OriginSchema,
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

/** Kept: the last 90 days, and at most 200,000 entries. */
export const CHANGE_LOG_LIMITS = { maxAgeMs: 90 * 86_400_000, maxEntries: 200_000 };

/** Where the log was trimmed up to (entries at or below are gone). */
export const ChangeLogJob = z.object({ key: z.literal('changeLog'), trimmedThrough: z.number().int().min(0), trimmedAt: epochMs });
export type ChangeLogJob = z.infer<typeof ChangeLogJob>;

/** Deep equality of stored values (plain data: no dates, maps or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameValue(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => sameValue(x[k], y[k]));
}

/** The top-level fields that differ between two versions of a record. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) if (!sameValue(before[key], after[key])) fields.push(key);
  return fields;
}

export type ChangesRead =
  | { ok: true; entries: ChangeEntry[]; /** The checkpoint to read from next. */ next: number }
  /** The checkpoint is older than the kept window: resynchronise in full, then read from `resumeFrom`. */
  | { ok: false; behind: true; resumeFrom: number };

/** Entries after `since`, oldest first, at most `limit`. */
export async function readChanges(db: LeadsDatabase, since: number, limit = 1_000): Promise<ChangesRead> {
  return db.transaction('r', [db.changes, db.jobs], async () => {
    const job = ChangeLogJob.safeParse(await db.jobs.get('changeLog'));
    const trimmed = job.success ? job.data.trimmedThrough : 0;
    if (since < trimmed) {
      const last = (await db.changes.orderBy(':id').lastKey()) as number | undefined;
      return { ok: false, behind: true, resumeFrom: last ?? trimmed };
    }
    const rows = await db.changes.where(':id').above(since).limit(limit).toArray();
    const entries = rows.map((row) => ChangeEntrySchema.parse(row));
    return { ok: true, entries, next: entries.at(-1)?.seq ?? since };
  });
}

/** Drop entries older than the kept window or beyond its size. Returns how many went. */
export async function trimChanges(db: LeadsDatabase, now: number, limits = CHANGE_LOG_LIMITS): Promise<number> {
  return db.transaction('rw', [db.changes, db.jobs], async () => {
    const changes = db.changes;
    const last = (await changes.orderBy(':id').lastKey()) as number | undefined;
    if (last === undefined) return 0;
    let through = Math.max(0, last - limits.maxEntries);
    // Entries are appended in time order: walk from the oldest while they are too old.
    const cutoff = now - limits.maxAgeMs;
    await changes
      .where(':id')
      .above(through)
      .until((entry) => entry.at >= cutoff)
      .each((entry) => {
        if (entry.at < cutoff) through = Math.max(through, entry.seq);
      });
    const job = ChangeLogJob.safeParse(await db.jobs.get('changeLog'));
    const already = job.success ? job.data.trimmedThrough : 0;
    if (through <= already) return 0;
    const removed = await changes.where(':id').between(already, through, false, true).delete();
    const row: ChangeLogJob = { key: 'changeLog', trimmedThrough: through, trimmedAt: now };
    await db.jobs.put(row);
    return removed;
  });
}
