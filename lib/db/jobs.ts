import { z } from 'zod';
import { epochMs } from '../schema/text';
import { ChangeLogJob } from './write/change-log';
import { RuleSetSchema } from '../scoring/schema';
import { CrmSyncJob } from '../crm/sync/state';
import { CrmConflictsJob } from '../crm/sync/conflicts';
import { CrmEraseJob } from '../crm/sync/erase-queue';
import { ForgottenJob } from './forgotten';

/**
 * Background work in progress and readers' checkpoints: rows of the `jobs`
 * table, kept apart from `settings` so the long writes that move them (a
 * rescore's chunks) never lock the settings every page reads.
 */

/**
 * The rules in force for writes, and the background rescore they need; resumable
 * after the worker restarts. Every write that scores (a capture, an edit, a touch,
 * an import, a rescore chunk) reads its rules here, not from `settings`: so no
 * write, however long, has to lock the settings every page reads. Saving rules
 * writes both in one transaction.
 */
export const RescoreJob = z.object({
  key: z.literal('rescore'),
  /** The rules' revision, and the rules: a rule change opens a new job. */
  revision: z.number().int().min(0),
  ruleSet: RuleSetSchema,
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Primary key of the last lead rescored; the next chunk starts above it. */
  lastId: z.string().max(64).optional(),
  finished: z.boolean(),
  startedAt: epochMs,
  newlySql: z.number().int().min(0),
});
export type RescoreJob = z.infer<typeof RescoreJob>;

/** The last SQL crossing the background has notified (crossings after it are due). */
export const CrossingsJob = z.object({ key: z.literal('crossings'), notifiedThrough: z.number().int().min(0), updatedAt: epochMs });
export type CrossingsJob = z.infer<typeof CrossingsJob>;

/**
 * An import or a backup restore under way (lib/transfer/unfinished.ts): written when it starts,
 * deleted by the very transaction that writes its records, so it outlives only one that never
 * committed (its page closed, or the browser with it).
 */
export const TransferJob = z.object({ key: z.literal('transfer'), kind: z.enum(['import', 'restore']), startedAt: epochMs });
export type TransferJob = z.infer<typeof TransferJob>;

export const JobRow = z.discriminatedUnion('key', [RescoreJob, CrossingsJob, ChangeLogJob, TransferJob, CrmSyncJob, CrmConflictsJob, CrmEraseJob, ForgottenJob]);
export type JobRow = z.infer<typeof JobRow>;
