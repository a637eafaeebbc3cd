import { z } from 'zod';
import { epochMs } from '../../schema/text';
import { REFUSED_KEPT, RefusedRecordSchema, type RefusedRecord } from './refused';

/**
 * The sync's state, one row of `jobs` (key 'crmSync'): the outbox is this checkpoint into
 * the change log, not a second queue. Everything after `checkpoint` not written by the sync
 * itself (origin 'outside') is still to push. The first connect walks every lead once
 * (`walk`, resumable by lead id); a checkpoint that fell out of the log's kept window
 * starts a new walk. The CRM ids of what was pushed are rows of `crmLinks` (links.ts), not
 * part of this row: it holds no personal data, and a step writes only the links it changed.
 */

const Ids = z.record(z.string().max(80), z.string().max(40));

/** Links by kind, our id -> CRM id: what a step loaded of `crmLinks`, as plan.ts reads it. */
export const CrmLinksSchema = z.object({ contacts: Ids, companies: Ids, deals: Ids, notes: Ids, tasks: Ids });
export type CrmLinks = z.infer<typeof CrmLinksSchema>;

export const CrmSyncJob = z.object({
  key: z.literal('crmSync'),
  /** The CRM account the links belong to: another account starts from a clean mapping. */
  accountId: z.string().max(40),
  checkpoint: z.number().int().min(0),
  walk: z.object({ done: z.boolean(), /** The last lead id the walk pushed. */ after: z.string().max(64).optional() }),
  /**
   * The pull's checkpoint: HubSpot's modification time of the newest change a pull applied
   * (the next asks for changes after it). Optional: rows kept before the pull existed parse.
   */
  pulledThrough: z.number().int().min(0).optional(),
  /** When a round last pushed everything due. */
  lastSyncAt: epochMs.optional(),
  /** When a round last started (the popup's round runs at most once a minute). */
  lastAttemptAt: epochMs.optional(),
  /** What stopped the last round, if it failed; cleared by a round that succeeds. */
  lastError: z
    .object({
      kind: z.enum(['reconnect', 'missing-scopes', 'rate-limited', 'unavailable', 'ambiguous-write', 'rejected', 'bad-response', 'unexpected']),
      at: epochMs,
      /** For `missing-scopes`: what the CRM said the app lacks (shown to the rep as it names them). */
      scopes: z.array(z.string().regex(/^[a-z][a-z0-9._-]{1,79}$/)).max(10).optional(),
    })
    .optional(),
  /** Rounds failed in a row for a passing reason (rate-limited, unavailable), and when the next may run. */
  failures: z.number().int().min(0).optional(),
  retryAt: epochMs.optional(),
  /**
   * Records the CRM refused, newest first (refused.ts): the sync went on without them. Optional
   * (rows from before parse); an entry that does not parse is dropped, not the row (which would
   * start the sync over).
   */
  refused: z
    .array(z.unknown())
    .transform((list) => list.flatMap((e): RefusedRecord[] => { const parsed = RefusedRecordSchema.safeParse(e); return parsed.success ? [parsed.data] : []; }).slice(0, REFUSED_KEPT))
    .optional(),
  updatedAt: epochMs,
});
export type CrmSyncJob = z.infer<typeof CrmSyncJob>;

export function emptyLinks(): CrmLinks {
  return { contacts: {}, companies: {}, deals: {}, notes: {}, tasks: {} };
}

/** A new sync for an account: walk everything first, from the log's current end. */
export function freshSyncState(accountId: string, logEnd: number, now: number): CrmSyncJob {
  return { key: 'crmSync', accountId, checkpoint: logEnd, walk: { done: false }, pulledThrough: now, updatedAt: now };
}

/** Where a pull starts: the kept checkpoint; for a row from before the pull, its last sync. */
export function pullFrom(state: CrmSyncJob): number {
  return state.pulledThrough ?? state.lastSyncAt ?? state.updatedAt;
}
