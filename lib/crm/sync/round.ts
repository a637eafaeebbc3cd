import type { LeadsDatabase } from '../../db/database';
import { markReconnect, readConnection } from '../../db/crm-connections';
import { getCrmMapping, getPipeline, saveCrmMapping } from '../../db/settings';
import type { CrmConnector, StageMapping } from '../connector';
import { isCrmError } from '../errors';
import { proposeStageMapping } from '../stages';
import { runErasures } from './erase-queue';
import { loadSyncState, startSync, syncPush } from './run';
import { applyPull } from './pull-store';
import { pullFrom, type CrmSyncJob } from './state';
import type { StaleLookups } from '../lookup-cache';

/**
 * One sync round, as the background runs it (an alarm, "Sync now", the popup opening):
 * only when HubSpot is connected and the rep has granted its origin; makes the queued GDPR
 * deletes (erase-queue.ts), pulls what changed in HubSpot (pull-store.ts), then pushes what
 * is due, with a connector built from the stored token; records how it ended in the `crmSync` row.
 * Errors are acted on by kind: a refused token asks the rep to reconnect (what waits is
 * kept), a rate limit or an outage waits for a later round with a growing delay, anything
 * else is recorded and the next round tries again.
 */

export type RoundTrigger = 'alarm' | 'now' | 'popup';

export type RoundDeps = {
  now: () => number;
  /** Wait (tests pass their fake clock's); setTimeout when not given. */
  sleep?: (ms: number) => Promise<void>;
  /** When this context (the service worker) started: a round cut by a stopped worker wrote nothing after it. Module load time when not given. */
  contextStartedAt?: number;
  /** The full connector for a token (tests pass one against the test server). */
  connectorFor: (token: string) => CrmConnector;
  /** Whether the rep has granted the CRM's origin (browser.permissions.contains). */
  permitted: () => Promise<boolean>;
  /** The reason a deal lost in the CRM records (the CRM gives none), in the rep's language. */
  lostReason?: () => string;
  /** Told whose contacts the round created, linked or deleted: the "already in HubSpot" cache forgets them at once. */
  lookupsStale?: (stale: StaleLookups) => unknown;
};

export type RoundOutcome =
  | { ran: true; ok: true }
  | { ran: true; ok: false; kind: NonNullable<CrmSyncJob['lastError']>['kind'] }
  | { ran: false; reason: 'not-connected' | 'no-permission' | 'busy' | 'waiting' | 'recent' };

/** The popup opening runs a round at most this often. */
export const POPUP_ROUND_MS = 60_000;
/** After a passing failure: 1, 2, 4 … minutes, at most an hour. */
export function backoffMs(failures: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, failures - 1));
}

const LOADED_AT = Date.now();

/**
 * HubSpot's search index trails its writes by a few seconds, and a push finds what an earlier
 * one made by searching (notes and tasks have no unique value to upsert by). A round after one
 * that may have written without hearing back (it failed, or its worker was stopped) waits until
 * this long after that round's last possible write, or its searches could miss what it made
 * and make it twice.
 */
export const SEARCH_SETTLE_MS = 15_000;

/** Until when the next round must wait for HubSpot's search to see the last round's writes; undefined: no wait. */
export function settleUntil(before: CrmSyncJob | undefined, contextStartedAt: number): number | undefined {
  const attempt = before?.lastAttemptAt;
  if (!before || attempt === undefined) return undefined;
  // Ended well: everything it made was answered and linked.
  if (before.lastSyncAt !== undefined && before.lastSyncAt >= attempt) return undefined;
  // Failed: it wrote nothing after it recorded the failure. Cut (no end recorded): nothing after this context started.
  const failedAt = before.lastError !== undefined && before.lastError.at >= attempt ? before.lastError.at : undefined;
  return (failedAt ?? Math.max(attempt, contextStartedAt)) + SEARCH_SETTLE_MS;
}

/** The stage mapping in force: the saved one, else a proposal for the first pipeline (saved, so the rep sees what was used). */
async function mappingFor(db: LeadsDatabase, connector: CrmConnector, now: number): Promise<StageMapping> {
  const saved = await getCrmMapping(db);
  if (saved) return saved;
  const [pipeline] = await connector.pipelines();
  if (!pipeline) return { pipelineId: 'default', stages: {} };
  const mapping = proposeStageMapping((await getPipeline(db)).stages, pipeline);
  await saveCrmMapping(db, mapping, now);
  return mapping;
}

async function record(db: LeadsDatabase, patch: Partial<CrmSyncJob>): Promise<void> {
  const state = await loadSyncState(db);
  if (state) await db.jobs.put({ ...state, ...patch });
}

export async function runSyncRound(db: LeadsDatabase, trigger: RoundTrigger, deps: RoundDeps): Promise<RoundOutcome> {
  const connection = await readConnection(db, 'hubspot');
  if (!connection?.token || connection.state !== 'connected') return { ran: false, reason: 'not-connected' };
  if (!(await deps.permitted())) return { ran: false, reason: 'no-permission' };
  const started = deps.now();
  const before = await loadSyncState(db);
  if (before && before.accountId === connection.account.accountId) {
    if (trigger === 'popup' && before.lastAttemptAt !== undefined && started - before.lastAttemptAt < POPUP_ROUND_MS && started >= before.lastAttemptAt) return { ran: false, reason: 'recent' };
    // The rep's own "Sync now" does not wait out a backoff.
    if (trigger !== 'now' && before.retryAt !== undefined && started < before.retryAt) return { ran: false, reason: 'waiting' };
  }
  if (before && before.accountId === connection.account.accountId) {
    const until = settleUntil(before, deps.contextStartedAt ?? LOADED_AT);
    if (until !== undefined && until > started) await (deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(until - started);
  }
  const connector = deps.connectorFor(connection.token);
  let state = await startSync(db, connection.account.accountId, deps.now());
  state = { ...state, lastAttemptAt: deps.now() };
  await db.jobs.put(state);
  try {
    // The rep's GDPR deletes first: a person asked to be forgotten waits for nothing else.
    await runErasures(db, connector, connection.account.accountId, deps.now, deps.lookupsStale);
    const mapping = await mappingFor(db, connector, started);
    const firstStageId = (await getPipeline(db)).stages.find((s) => s.kind === 'new')?.id ?? 'new';
    // The pull goes first: a local edit not pushed yet is still only here, so "the newer
    // change wins" can compare it with HubSpot's; pushed first, it would overwrite a newer
    // HubSpot change there before the pull could see it.
    const pulled = await connector.pull(pullFrom(state));
    ({ state } = await applyPull(db, state, pulled, { mapping, currency: connection.account.currency, lostReason: deps.lostReason?.() ?? 'HubSpot', now: deps.now() }));
    // The records HubSpot refused go again only when the rep asks ("Sync now") or they change (refused.ts).
    await syncPush(db, connector, state, { mapping, firstStageId, now: deps.now, lookupsStale: deps.lookupsStale, retryRefused: trigger === 'now' });
    await record(db, { lastSyncAt: deps.now(), lastError: undefined, failures: 0, retryAt: undefined });
    return { ran: true, ok: true };
  } catch (error) {
    const at = deps.now();
    const kind = isCrmError(error) ? error.kind : 'unexpected';
    if (kind === 'reconnect') await markReconnect(db, 'hubspot');
    const passing = kind === 'rate-limited' || kind === 'unavailable';
    const failures = ((await loadSyncState(db))?.failures ?? 0) + 1;
    // A scope the app lacks: the token stays (it is good); the next round tries again, and works once the rep adds it.
    const scopes = isCrmError(error, 'missing-scopes') ? [...error.scopes] : undefined;
    await record(db, { lastError: scopes ? { kind, at, scopes } : { kind, at }, failures, retryAt: passing ? at + backoffMs(failures) : undefined });
    return { ran: true, ok: false, kind };
  }
}
