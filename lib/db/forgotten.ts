import { z } from 'zod';
import { Id } from '../schema/id';
import { epochMs } from '../schema/text';
import type { LeadsDatabase } from './database';

/**
 * The ids of leads deleted for good (the retention review's "delete"), so that restoring or merging
 * an older backup that still holds them does not bring the people back. Only the random ids: nothing
 * here says who they were. A row of `jobs` (no schema change); never in a backup. It cannot know
 * the same person saved under another id on another device: that one's backup still holds them.
 */

/** Most ids kept; the oldest go first (a backup older than that many deletions is rare). */
export const FORGOTTEN_MAX = 100_000;

export const ForgottenJob = z.object({ key: z.literal('forgotten'), ids: z.array(Id).max(FORGOTTEN_MAX), updatedAt: epochMs });
export type ForgottenJob = z.infer<typeof ForgottenJob>;

export async function forgottenIds(db: LeadsDatabase): Promise<Set<string>> {
  const parsed = ForgottenJob.safeParse(await db.jobs.get('forgotten'));
  return new Set(parsed.success ? parsed.data.ids : []);
}

/** Add ids to the list; call inside the transaction that deletes them (it must hold `jobs`). */
export async function rememberForgotten(db: LeadsDatabase, ids: readonly string[], now: number): Promise<void> {
  if (ids.length === 0) return;
  const known = await forgottenIds(db);
  for (const id of ids) known.delete(id);
  const all = [...known, ...ids].slice(-FORGOTTEN_MAX);
  await db.jobs.put({ key: 'forgotten', ids: all, updatedAt: now });
}
