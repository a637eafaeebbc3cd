import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { markReconnect, readConnection } from '../db/crm-connections';
import { isCrmError } from '../crm/errors';
import { createHubSpotConnector } from '../crm/hubspot/connector';
import { HUBSPOT_ORIGINS } from '../crm/permission';
import { pendingErasures, runErasures } from '../crm/sync/erase-queue';
import { withSyncLock, syncRunning } from '../crm/sync/lock';
import { runSyncRound, type RoundDeps, type RoundTrigger } from '../crm/sync/round';
import { readSyncStatus, type CrmSyncStatus } from '../crm/sync/status';
import { t } from '../i18n';
import { sharedCrmLookup } from './crm-lookup-wiring';

const ALARM = 'crm-sync';
/** A round every 15 minutes while connected (a round with nothing due reads one index and stops). */
const PERIOD_MINUTES = 15;

const defaultDeps = (db: LeadsDatabase, now: () => number): RoundDeps => ({
  now,
  connectorFor: (token) => createHubSpotConnector({ token, kindLabel: (kind) => t(`activity.${kind}`) }),
  permitted: () => browser.permissions.contains({ origins: HUBSPOT_ORIGINS }),
  // Asked at each round: the rep may have changed the language since.
  lostReason: () => t('crm.pull.lostReason'),
  // "In HubSpot" right after the push that created the contact, and no longer after a GDPR delete.
  lookupsStale: (stale) => sharedCrmLookup(db, now).forget(stale),
});

/** A failed CRM request as a page is told of it. */
function crmReason(error: unknown): 'refused' | 'unreachable' | 'unexpected' {
  if (isCrmError(error, 'reconnect')) return 'refused';
  return isCrmError(error, 'unavailable') || isCrmError(error, 'rate-limited') ? 'unreachable' : 'unexpected';
}

/**
 * A round under the lock. The rep's "Sync now" waits for a running round and then runs its
 * own; the alarm and the popup skip when one runs.
 */
export async function syncRound(db: LeadsDatabase, trigger: RoundTrigger, deps: RoundDeps): Promise<void> {
  await withSyncLock(() => runSyncRound(db, trigger, deps), { wait: trigger === 'now' });
}

/** The messages pages send: "Sync now", the popup opening, reading the status, the pipelines, and an erase's CRM deletes. */
export function crmSyncHandlers(db: LeadsDatabase, now: () => number, deps: RoundDeps = defaultDeps(db, now)) {
  return {
    'crm.sync': async ({ trigger }: { trigger: 'now' | 'popup' }): Promise<CrmSyncStatus> => {
      await syncRound(db, trigger, deps);
      return readSyncStatus(db, syncRunning());
    },
    'crm.status': async (): Promise<CrmSyncStatus> => readSyncStatus(db, syncRunning()),
    'crm.erase': async () => {
      const connection = await readConnection(db, 'hubspot');
      if (!connection) return { done: 0, pending: 0, reason: 'not-connected' as const };
      const waiting = async () => (await pendingErasures(db, connection.account.accountId)).length;
      if (!connection.token || connection.state !== 'connected' || !(await deps.permitted())) return { done: 0, pending: await waiting(), reason: 'not-connected' as const };
      let done = 0;
      try {
        done = await runErasures(db, deps.connectorFor(connection.token), connection.account.accountId, deps.now, deps.lookupsStale);
        return { done, pending: await waiting() };
      } catch (error) {
        // What is left waits for the sync rounds; the erase itself is done already.
        if (isCrmError(error, 'reconnect')) await markReconnect(db, 'hubspot');
        return { done, pending: await waiting(), reason: crmReason(error) };
      }
    },
    'crm.pipelines': async () => {
      const connection = await readConnection(db, 'hubspot');
      if (!connection?.token || connection.state !== 'connected' || !(await deps.permitted())) return { ok: false as const, reason: 'not-connected' as const };
      try {
        return { ok: true as const, pipelines: await deps.connectorFor(connection.token).pipelines() };
      } catch (error) {
        if (isCrmError(error, 'reconnect')) {
          await markReconnect(db, 'hubspot');
          return { ok: false as const, reason: 'refused' as const };
        }
        // The token is good; the private app lacks a scope (crm.objects.deals.read): say which.
        if (isCrmError(error, 'missing-scopes')) return { ok: false as const, reason: 'missing-scopes' as const, scopes: [...error.scopes] };
        return { ok: false as const, reason: crmReason(error) };
      }
    },
  };
}

/** The alarm that runs a round every 15 minutes (the browser keeps it across worker restarts). */
export function setupCrmSync(db: LeadsDatabase, now: () => number, deps: RoundDeps = defaultDeps(db, now)): void {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void syncRound(db, 'alarm', deps).catch(() => undefined);
  });
}
