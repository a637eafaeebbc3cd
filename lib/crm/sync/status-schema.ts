import { z } from 'zod';
import { epochMs } from '../../schema/text';
import { CrmSyncJob } from './state';

/** What the options page and the popup show of the sync: no personal data, no token. */
export const CrmSyncStatusSchema = z.object({
  connection: z.enum(['none', 'connected', 'reconnect', 'disconnected']),
  lastSyncAt: epochMs.optional(),
  /** Records changed after the checkpoint that a round pushes (leads, companies, touches), plus the leads the walk has yet to push. */
  pending: z.number().int().min(0),
  lastError: CrmSyncJob.shape.lastError,
  /** Records HubSpot refused, kept for the rep to correct (refused.ts). */
  refused: z.number().int().min(0).optional(),
  /** GDPR deletes of erased people's contacts that HubSpot has not done yet (erase-queue.ts). */
  erasePending: z.number().int().min(0),
  running: z.boolean(),
});
export type CrmSyncStatus = z.infer<typeof CrmSyncStatusSchema>;
