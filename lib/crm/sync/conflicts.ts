import { z } from 'zod';
import type { LeadsDatabase } from '../../db/database';
import { Id } from '../../schema/id';
import { epochMs } from '../../schema/text';

/**
 * What a pull did not take, or took over a local edit: one entry per field where the
 * rep's value and HubSpot's disagreed, kept (bounded, newest first) in the `jobs` row
 * 'crmConflicts' until the rep dismisses it, so a losing value is never dropped silently.
 * A row of its own, not part of `crmSync`: a round rewrites that row whole as it goes,
 * and a dismiss from the options page must not race it. No personal data: a lead id,
 * stage ids of ours or of the CRM, and amounts.
 */

export const CONFLICTS_KEPT = 100;
export const DISMISSED_KEPT = 300;

const Value = z.union([z.string().max(60), z.number().finite()]);

export const PullConflictSchema = z.object({
  /** leadId:field:HubSpot's time, so the same disagreement seen twice is kept once. */
  id: z.string().max(160),
  leadId: Id,
  field: z.enum(['stage', 'amount']),
  /** Whose value the lead has now: the local one ('here', the next push sends it) or HubSpot's. */
  kept: z.enum(['here', 'crm']),
  /** The local value: a stage id of ours, or an amount. */
  here: Value.optional(),
  /** HubSpot's value: a stage id of ours it maps to, or HubSpot's own stage id when `unmapped`. */
  crm: Value,
  /** HubSpot's stage maps to none of ours (or the deal moved to another pipeline): the lead kept its stage. */
  unmapped: z.boolean().optional(),
  crmAt: epochMs,
  hereAt: epochMs.optional(),
  /** When the pull met it. */
  at: epochMs,
});
export type PullConflict = z.infer<typeof PullConflictSchema>;

export const CrmConflictsJob = z.object({
  key: z.literal('crmConflicts'),
  conflicts: z.array(PullConflictSchema).max(CONFLICTS_KEPT),
  /**
   * Ids the rep dismissed, newest first: a deal modified again in HubSpot comes back with
   * the same losing value (same id), which is not listed twice. Optional: older rows parse.
   */
  dismissed: z.array(z.string().max(160)).max(DISMISSED_KEPT).optional(),
  updatedAt: epochMs,
});
export type CrmConflictsJob = z.infer<typeof CrmConflictsJob>;

/** New conflicts before the kept ones, one per id, none the rep dismissed, at most CONFLICTS_KEPT (the oldest go). Pure. */
export function mergeConflicts(kept: readonly PullConflict[], found: readonly PullConflict[], dismissed: readonly string[] = []): PullConflict[] {
  const gone = new Set(dismissed);
  const fresh = found.filter((c) => !gone.has(c.id));
  const ids = new Set(fresh.map((c) => c.id));
  return [...fresh, ...kept.filter((c) => !ids.has(c.id))].slice(0, CONFLICTS_KEPT);
}

async function readRow(db: LeadsDatabase): Promise<CrmConflictsJob | undefined> {
  const parsed = CrmConflictsJob.safeParse(await db.jobs.get('crmConflicts'));
  return parsed.success ? parsed.data : undefined;
}

export async function readConflicts(db: LeadsDatabase): Promise<PullConflict[]> {
  return (await readRow(db))?.conflicts ?? [];
}

/** Keep conflicts a pull found (call inside the pull's transaction, which holds `jobs`). */
export async function keepConflicts(db: LeadsDatabase, found: readonly PullConflict[], now: number): Promise<void> {
  // One malformed entry would make the whole row unreadable: only valid ones are kept.
  const valid = found.filter((c) => PullConflictSchema.safeParse(c).success);
  if (valid.length === 0) return;
  const before = await readRow(db);
  const row: CrmConflictsJob = { key: 'crmConflicts', conflicts: mergeConflicts(before?.conflicts ?? [], valid, before?.dismissed), dismissed: before?.dismissed, updatedAt: now };
  await db.jobs.put(row);
}

/** The rep has seen it: forget one conflict. */
export async function dismissConflict(db: LeadsDatabase, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const before = await readRow(db);
    const dismissed = [id, ...(before?.dismissed ?? []).filter((d) => d !== id)].slice(0, DISMISSED_KEPT);
    const row: CrmConflictsJob = { key: 'crmConflicts', conflicts: (before?.conflicts ?? []).filter((c) => c.id !== id), dismissed, updatedAt: now };
    await db.jobs.put(row);
  });
}
