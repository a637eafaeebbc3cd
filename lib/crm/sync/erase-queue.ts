import { z } from 'zod';
import { epochMs } from '../../schema/text';
import type { LeadsDatabase } from '../../db/database';
import { readConnection } from '../../db/crm-connections';
import type { CrmConnector } from '../connector';
import { isCrmError } from '../errors';
import { CrmSyncJob } from './state';
import type { StaleLookups } from '../lookup-cache';

/**
 * HubSpot GDPR deletes waiting to be made, one row of `jobs` (key 'crmErase').
 *
 * "Erase this person" with "Also delete this contact in HubSpot" ticked erases locally at
 * once, whatever the network says: the rep asked for the person to be forgotten, and an
 * offline laptop or a revoked token must not keep their data here. The CRM delete needs the
 * contact id, which the erase drops with the person's links, so the erase queues it here in
 * the same transaction, before the links go. The background then makes the delete at once
 * (the page asks it to), and every sync round retries what is left until HubSpot has done
 * it; the sync status shows what waits, the erased card says so and why.
 *
 * Entries hold CRM contact ids and the (anonymous, kept) lead id: no personal data.
 */

export const ERASE_QUEUE_MAX = 10_000;

export const CrmEraseEntry = z.object({
  /** The CRM account the contact is in: another account's ids mean nothing there. */
  accountId: z.string().max(40),
  contactId: z.string().min(1).max(40),
  /** The erased lead (its anonymous record stays), so its card can say the delete waits. */
  leadId: z.string().max(64),
  queuedAt: epochMs,
});
export type CrmEraseEntry = z.infer<typeof CrmEraseEntry>;

export const CrmEraseJob = z.object({
  key: z.literal('crmErase'),
  entries: z.array(CrmEraseEntry).max(ERASE_QUEUE_MAX),
  /** Why the last attempt stopped, if it did; cleared when one goes through. */
  lastError: CrmSyncJob.shape.lastError,
  updatedAt: epochMs,
});
export type CrmEraseJob = z.infer<typeof CrmEraseJob>;

export async function readEraseQueue(db: LeadsDatabase): Promise<CrmEraseJob | undefined> {
  const parsed = CrmEraseJob.safeParse(await db.jobs.get('crmErase'));
  return parsed.success ? parsed.data : undefined;
}

/** The entries of one account (what a round against that account makes). */
export async function pendingErasures(db: LeadsDatabase, accountId: string): Promise<CrmEraseEntry[]> {
  return ((await readEraseQueue(db))?.entries ?? []).filter((e) => e.accountId === accountId);
}

/**
 * Queue the GDPR delete of these leads' linked contacts in the connected CRM. Call inside the
 * erase's transaction (it holds `jobs`, `crmLinks` and `crmConnections`), before the links go.
 * Returns how many were queued (none when no CRM is connected or no lead has a contact).
 */
export async function queueErasures(db: LeadsDatabase, leadIds: readonly string[], now: number): Promise<number> {
  const connection = await readConnection(db, 'hubspot');
  if (!connection?.token || connection.state === 'disconnected' || leadIds.length === 0) return 0;
  const links = await db.crmLinks.bulkGet(leadIds.map((id) => ['contact', id] as ['contact', string]));
  const queue = (await readEraseQueue(db)) ?? { key: 'crmErase' as const, entries: [], updatedAt: now };
  const known = new Set(queue.entries.map((e) => `${e.accountId}/${e.contactId}`));
  const added: CrmEraseEntry[] = [];
  for (const link of links) {
    if (!link?.leadId) continue;
    const key = `${connection.account.accountId}/${link.crmId}`;
    if (known.has(key)) continue;
    known.add(key);
    added.push({ accountId: connection.account.accountId, contactId: link.crmId, leadId: link.leadId, queuedAt: now });
  }
  if (added.length === 0) return 0;
  // The oldest go if the queue is full: a bound on the row, never reached by a rep's erases.
  await db.jobs.put(CrmEraseJob.parse({ ...queue, entries: [...queue.entries, ...added].slice(-ERASE_QUEUE_MAX), updatedAt: now }));
  return added.length;
}

/** Drop one made delete, reading the row again (an erase may have queued more meanwhile). */
async function settle(db: LeadsDatabase, entry: CrmEraseEntry, patch: Partial<CrmEraseJob>): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const queue = await readEraseQueue(db);
    if (!queue) return;
    const entries = queue.entries.filter((e) => !(e.accountId === entry.accountId && e.contactId === entry.contactId));
    await db.jobs.put({ ...queue, ...patch, entries });
  });
}

async function recordError(db: LeadsDatabase, lastError: CrmEraseJob['lastError'], now: number): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const queue = await readEraseQueue(db);
    if (queue) await db.jobs.put({ ...queue, lastError, updatedAt: now });
  });
}

/**
 * Make the account's queued GDPR deletes, oldest first, each dropped from the queue as soon as
 * HubSpot has done it (a contact already gone counts as done: the connector treats 404 so).
 * Made twice (the page's request and a round at once) is harmless for the same reason.
 * A delete HubSpot refuses (`rejected`, `bad-response`) is recorded and kept for the next round,
 * and the others still go: one bad entry must not hold up everyone else's erasure, nor the
 * sync. Anything else (an outage, a rate limit, a refused token) is recorded and thrown: what
 * is left waits for the next round, which backs off as it does for a push.
 */
export async function runErasures(
  db: LeadsDatabase,
  connector: Pick<CrmConnector, 'gdprDelete'>,
  accountId: string,
  now: () => number,
  /** Told which contacts are gone (the "already in HubSpot" cache forgets them), also when a later delete throws. */
  lookupsStale?: (stale: StaleLookups) => unknown,
): Promise<number> {
  const deleted: string[] = [];
  let refused = false;
  try {
    for (const entry of await pendingErasures(db, accountId)) {
      try {
        await connector.gdprDelete(entry.contactId);
      } catch (error) {
        const kind = isCrmError(error) ? error.kind : 'unexpected';
        const scopes = isCrmError(error, 'missing-scopes') ? [...error.scopes] : undefined;
        await recordError(db, scopes ? { kind, at: now(), scopes } : { kind, at: now() }, now());
        if (kind === 'rejected' || kind === 'bad-response') {
          refused = true;
          continue;
        }
        throw error;
      }
      await settle(db, entry, refused ? { updatedAt: now() } : { lastError: undefined, updatedAt: now() });
      deleted.push(entry.contactId);
    }
  } finally {
    if (deleted.length > 0) await Promise.resolve(lookupsStale?.({ contactIds: deleted })).catch(() => undefined);
  }
  return deleted.length;
}
