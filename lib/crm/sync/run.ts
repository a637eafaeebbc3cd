import type { LeadsDatabase } from '../../db/database';
import { readChanges } from '../../db/write/change-log';
import type { Activity, Company, Lead } from '../../schema/records';
import type { CrmConnector, StageMapping } from '../connector';
import { applyOutcome, buildPushRequest, pendingFrom, type PushRecords } from './plan';
import { CrmSyncJob, freshSyncState } from './state';

/**
 * Push what is due, a chunk at a time, saving the state after each chunk: the walk of
 * every lead on first connect, then whatever the change log holds after the checkpoint.
 * A failed push saves nothing, so the same chunk goes again next time (pushes are
 * idempotent); a service worker stopped mid-way loses nothing either.
 */

export type SyncConfig = { mapping: StageMapping; firstStageId: string; now: () => number };

/**
 * Leads a walk pushes per step: five batches of 100, so the kinds only some leads have
 * (deals, tasks) still fill their batches; the state is saved after each step.
 */
const WALK_CHUNK = 500;
/** Change-log entries read per step. */
const LOG_CHUNK = 500;

export async function loadSyncState(db: LeadsDatabase): Promise<CrmSyncJob | undefined> {
  const parsed = CrmSyncJob.safeParse(await db.jobs.get('crmSync'));
  return parsed.success ? parsed.data : undefined;
}

async function saveSyncState(db: LeadsDatabase, state: CrmSyncJob): Promise<void> {
  await db.jobs.put(state);
}

/** Start (or restart, for another account) from a clean mapping at the log's end. */
export async function startSync(db: LeadsDatabase, accountId: string, now: number): Promise<CrmSyncJob> {
  const existing = await loadSyncState(db);
  if (existing && existing.accountId === accountId) return existing;
  const last = ((await db.changes.orderBy(':id').lastKey()) as number | undefined) ?? 0;
  const state = freshSyncState(accountId, last, now);
  await saveSyncState(db, state);
  return state;
}

async function recordsFor(db: LeadsDatabase, state: CrmSyncJob, leadIds: string[], companyIds: string[], activities: Activity[]): Promise<PushRecords> {
  const leads = (await db.leads.bulkGet(leadIds)).filter((l): l is Lead => l !== undefined);
  // A lead's company not yet in the CRM goes with it, so the association has both ends;
  // one already linked is pushed only when it changed itself (a walk meets it many times).
  const unlinked = leads.map((l) => l.companyId).filter((id): id is string => !!id && !state.links.companies[id]);
  const wanted = new Set([...companyIds, ...unlinked]);
  const companies = (await db.companies.bulkGet([...wanted])).filter((c): c is Company => c !== undefined);
  return { leads, companies, activities };
}

async function pushRecords(db: LeadsDatabase, connector: CrmConnector, state: CrmSyncJob, records: PushRecords, config: SyncConfig): Promise<CrmSyncJob> {
  const request = buildPushRequest(records, state.links, config);
  const outcome = await connector.push(request);
  return { ...state, links: applyOutcome(state.links, outcome), updatedAt: config.now() };
}

/** One step: a walk chunk or a log chunk. Returns the new state and whether more is due. */
export async function syncStep(db: LeadsDatabase, connector: CrmConnector, state: CrmSyncJob, config: SyncConfig): Promise<{ state: CrmSyncJob; more: boolean }> {
  if (!state.walk.done) {
    const collection = state.walk.after === undefined ? db.leads.orderBy(':id') : db.leads.where(':id').above(state.walk.after);
    const leads = await collection.limit(WALK_CHUNK).toArray();
    if (leads.length === 0) {
      const done = { ...state, walk: { done: true }, updatedAt: config.now() };
      await saveSyncState(db, done);
      return { state: done, more: true };
    }
    const ids = leads.map((l) => l.id);
    const activities = await db.activities.where('leadId').anyOf(ids).toArray();
    const pushed = await pushRecords(db, connector, state, await recordsFor(db, state, ids, [], activities), config);
    const next = { ...pushed, walk: { done: false, after: ids.at(-1) } };
    await saveSyncState(db, next);
    return { state: next, more: true };
  }
  const read = await readChanges(db, state.checkpoint, LOG_CHUNK);
  if (!read.ok) {
    // The log no longer reaches back to the checkpoint: walk everything again.
    const restart = { ...state, checkpoint: read.resumeFrom, walk: { done: false }, updatedAt: config.now() };
    await saveSyncState(db, restart);
    return { state: restart, more: true };
  }
  if (read.entries.length === 0) return { state, more: false };
  const pending = pendingFrom(read.entries);
  const activities = (await db.activities.bulkGet([...pending.activityIds])).filter((a): a is Activity => a !== undefined);
  // A touch needs its lead's contact: a lead not yet linked goes with it.
  for (const a of activities) if (!state.links.contacts[a.leadId]) pending.leadIds.add(a.leadId);
  const records = await recordsFor(db, state, [...pending.leadIds], [...pending.companyIds], activities);
  const pushed = records.leads.length + records.companies.length + records.activities.length > 0 ? await pushRecords(db, connector, state, records, config) : state;
  const next = { ...pushed, checkpoint: read.next, updatedAt: config.now() };
  await saveSyncState(db, next);
  return { state: next, more: read.entries.length === LOG_CHUNK };
}

/** Push everything due (bounded by `maxSteps`, so one run never holds the worker forever). */
export async function syncPush(db: LeadsDatabase, connector: CrmConnector, state: CrmSyncJob, config: SyncConfig, maxSteps = 1_000): Promise<CrmSyncJob> {
  let current = state;
  for (let step = 0; step < maxSteps; step++) {
    const { state: next, more } = await syncStep(db, connector, current, config);
    current = next;
    if (!more) break;
  }
  return current;
}
