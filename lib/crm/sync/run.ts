import type { LeadsDatabase } from '../../db/database';
import { readChanges } from '../../db/write/change-log';
import type { Activity, Company, Lead } from '../../schema/records';
import type { CrmConnector, StageMapping } from '../connector';
import { clearLinks, readLinks, writeLinks } from '../../db/crm-links';
import { buildPushRequest, type ChangedFields, pendingFrom, type PushRecords } from './plan';
import { linkWrites, taskKey } from './links';
import { CrmSyncJob, freshSyncState, type CrmLinks } from './state';
import type { StaleLookups } from '../lookup-cache';
import { theirValues } from '../../privacy/personal-data';
import { type RefusedRecord, refusedAfterPush, refusedRecords, refusedStillHere } from './refused';

/**
 * Push what is due, a chunk at a time, saving the state after each chunk: the walk of
 * every lead on first connect, then whatever the change log holds after the checkpoint.
 * A failed push saves nothing, so the same chunk goes again next time (pushes are
 * idempotent); a service worker stopped mid-way loses nothing either.
 */

export type SyncConfig = {
  mapping: StageMapping;
  firstStageId: string;
  now: () => number;
  /** Told, once a step's links are saved, whose contacts it created, linked or found gone (the "already in HubSpot" cache forgets them). */
  lookupsStale?: (stale: StaleLookups) => unknown;
  /** Push the records the CRM refused before again ("Sync now": HubSpot's side may have been fixed); refused.ts. */
  retryRefused?: boolean;
};

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

async function saveSyncState(db: LeadsDatabase, state: CrmSyncJob, links?: ReturnType<typeof linkWrites>): Promise<void> {
  // The state and the links a push made move together: a stopped worker leaves both or neither.
  await db.transaction('rw', db.jobs, db.crmLinks, async () => {
    if (links) await writeLinks(db, links);
    await db.jobs.put(state);
  });
}

/** Start (or restart, for another account) from a clean mapping at the log's end. */
export async function startSync(db: LeadsDatabase, accountId: string, now: number): Promise<CrmSyncJob> {
  const existing = await loadSyncState(db);
  if (existing && existing.accountId === accountId) return existing;
  const last = ((await db.changes.orderBy(':id').lastKey()) as number | undefined) ?? 0;
  const state = freshSyncState(accountId, last, now);
  await db.transaction('rw', db.jobs, db.crmLinks, async () => {
    await clearLinks(db);
    await db.jobs.put(state);
  });
  return state;
}

/** The links of what a push of these leads, companies and touches reads: only those rows. */
function linksFor(db: LeadsDatabase, leads: readonly Lead[], companyIds: readonly string[], activities: readonly Activity[]): Promise<CrmLinks> {
  const leadIds = leads.map((l) => l.id);
  const companies = [...companyIds, ...leads.map((l) => l.companyId).filter((id): id is string => !!id)];
  return readLinks(db, { contacts: [...leadIds, ...activities.map((a) => a.leadId)], companies, deals: leadIds, notes: activities.map((a) => a.id), tasks: leadIds.map(taskKey) });
}

/** `again`: the push left out touches whose contact it found gone in the CRM: the step runs again once their link is dropped, and the contact is made anew. */
type Pushed = { state: CrmSyncJob; links?: ReturnType<typeof linkWrites>; stale?: StaleLookups; again?: boolean };

/** Whose "already in the CRM?" answer a push's contact links make wrong: those it created or changed, and those found gone. */
export function staleLookupsOf(leads: readonly Lead[], before: CrmLinks, changes: ReturnType<typeof linkWrites>): StaleLookups | undefined {
  const ids = new Set([...changes.put.filter((l) => l.kind === 'contact').map((l) => l.localId), ...changes.drop.filter(([kind]) => kind === 'contact').map(([, id]) => id)]);
  if (ids.size === 0) return undefined;
  const people = leads.filter((l) => ids.has(l.id)).map((l) => ({ linkedinUrl: l.linkedinUrl, email: l.email }));
  const contactIds = [...ids].map((id) => before.contacts[id]).filter((id): id is string => !!id);
  return { people, contactIds };
}

/** Tell the cache after the step is saved; its failing must not fail the sync. */
async function tellStale(config: SyncConfig, stale: StaleLookups | undefined): Promise<void> {
  if (!stale || !config.lookupsStale) return;
  try {
    await config.lookupsStale(stale);
  } catch {
    // The cache's entries expire anyway (ten minutes for "not in HubSpot").
  }
}

async function pushRecords(
  db: LeadsDatabase,
  connector: CrmConnector,
  state: CrmSyncJob,
  leadIds: readonly string[],
  companyIds: readonly string[],
  activities: Activity[],
  config: SyncConfig,
  changed?: { leads: ChangedFields; companies: ChangedFields },
): Promise<Pushed> {
  const leads = (await db.leads.bulkGet([...leadIds])).filter((l): l is Lead => l !== undefined);
  const links = await linksFor(db, leads, companyIds, activities);
  // A lead's company not yet in the CRM goes with it, so the association has both ends;
  // one already linked is pushed only when it changed itself (a walk meets it many times).
  const unlinked = leads.map((l) => l.companyId).filter((id): id is string => !!id && !links.companies[id]);
  const companies = (await db.companies.bulkGet([...new Set([...companyIds, ...unlinked])])).filter((c): c is Company => c !== undefined);
  const records: PushRecords = { leads, companies, activities };
  if (leads.length + companies.length + activities.length === 0) return { state };
  const sending = withRefusedFields(changed, state.refused ?? []);
  const outcome = await connector.push(buildPushRequest(records, links, config, sending));
  const changes = linkWrites(links, outcome, activities);
  const again = outcome.skipped.some((s) => s.reason === 'contact-gone');
  const refused = refusedOf(state, records, outcome, config.now(), sending);
  return { state: { ...state, refused, updatedAt: config.now() }, links: changes, stale: staleLookupsOf(leads, links, changes), again };
}

/**
 * The fields to send, with those of the record's kept refusals: an edit refused together with a
 * faulty value goes with the record's next push (the rep corrected only the faulty one). No
 * fields (a walk): everything is sent anyway.
 */
function withRefusedFields(changed: { leads: ChangedFields; companies: ChangedFields } | undefined, kept: readonly RefusedRecord[]): { leads: ChangedFields; companies: ChangedFields } | undefined {
  if (!changed || kept.length === 0) return changed;
  const held = refusedRecords(kept);
  const merge = (into: ChangedFields, from: Map<string, Set<string>>): ChangedFields => {
    const out: ChangedFields = new Map(into);
    for (const [id, fields] of out) {
      const more = from.get(id);
      if (fields !== 'all' && more) out.set(id, new Set([...fields, ...more]));
    }
    return out;
  };
  return { leads: merge(changed.leads, held.leads), companies: merge(changed.companies, held.companies) };
}

/** The kept refusals after a push of these records: what went through leaves, what the CRM refused (again) comes first. */
function refusedOf(
  state: CrmSyncJob,
  records: PushRecords,
  outcome: Awaited<ReturnType<CrmConnector['push']>>,
  now: number,
  changed: { leads: ChangedFields; companies: ChangedFields } | undefined,
): CrmSyncJob['refused'] {
  if (outcome.refused.length === 0 && !state.refused?.length) return state.refused;
  const skipped = new Set(outcome.skipped.map((s) => s.localId));
  const sent = {
    leadIds: new Set(records.leads.map((l) => l.id)),
    companyIds: new Set(records.companies.map((c) => c.id)),
    activityIds: new Set(records.activities.filter((a) => !skipped.has(a.id)).map((a) => a.id)),
  };
  const touchLead = new Map(records.activities.map((a) => [a.id, a.leadId]));
  const leadsById = new Map(records.leads.map((l) => [l.id, l]));
  return refusedAfterPush(state.refused ?? [], sent, outcome.refused, now, {
    leadOfTouch: (id) => touchLead.get(id),
    // The reason may quote the record ("Email address jane@… is invalid"): the row keeps no personal data.
    valuesOf: (leadId) => {
      const lead = leadId === undefined ? undefined : leadsById.get(leadId);
      return lead ? [...theirValues([lead]), lead.fullName, lead.firstName, lead.lastName].filter((v): v is string => !!v) : [];
    },
    // What this push sent of the record, so the refused edit goes again with its next push.
    fieldsOf: (kind, localId, leadId) => {
      if (kind === 'note' || !changed) return undefined;
      const fields = kind === 'company' ? changed.companies.get(localId) : leadId === undefined ? undefined : changed.leads.get(leadId);
      return fields === undefined || fields === 'all' ? undefined : [...fields];
    },
  });
}

/** The touches of leads not linked to a contact yet (new, or refused before): those left out while the lead had none go with it. */
async function withTouchesOfUnlinked(db: LeadsDatabase, leadIds: ReadonlySet<string>, activities: Activity[]): Promise<Activity[]> {
  const linked = await readLinks(db, { contacts: [...leadIds] });
  const unlinked = [...leadIds].filter((id) => !linked.contacts[id]);
  if (unlinked.length === 0) return activities;
  const have = new Set(activities.map((a) => a.id));
  const more = (await db.activities.where('leadId').anyOf(unlinked).toArray()).filter((a) => !have.has(a.id));
  return [...activities, ...more];
}

/** One step: a walk chunk or a log chunk. Returns the new state and whether more is due. */
export async function syncStep(db: LeadsDatabase, connector: CrmConnector, state: CrmSyncJob, config: SyncConfig): Promise<{ state: CrmSyncJob; more: boolean }> {
  if (!state.walk.done) {
    const collection = state.walk.after === undefined ? db.leads.orderBy(':id') : db.leads.where(':id').above(state.walk.after);
    const ids = (await collection.limit(WALK_CHUNK).primaryKeys()) as string[];
    if (ids.length === 0) {
      const done = { ...state, walk: { done: true }, updatedAt: config.now() };
      await saveSyncState(db, done);
      return { state: done, more: true };
    }
    const activities = await db.activities.where('leadId').anyOf(ids).toArray();
    const pushed = await pushRecords(db, connector, state, ids, [], activities, config);
    const next = { ...pushed.state, walk: pushed.again ? state.walk : { done: false, after: ids.at(-1) } };
    await saveSyncState(db, next, pushed.links);
    await tellStale(config, pushed.stale);
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
  const changed = (await db.activities.bulkGet([...pending.activityIds])).filter((a): a is Activity => a !== undefined);
  // A touch needs its lead's contact: a lead not yet linked goes with it.
  const contacts = await readLinks(db, { contacts: changed.map((a) => a.leadId) });
  for (const a of changed) if (!contacts.contacts[a.leadId]) pending.leadIds.add(a.leadId);
  const activities = await withTouchesOfUnlinked(db, pending.leadIds, changed);
  const pushed = await pushRecords(db, connector, state, [...pending.leadIds], [...pending.companyIds], activities, config, { leads: pending.leadFields, companies: pending.companyFields });
  const next = { ...pushed.state, checkpoint: pushed.again ? state.checkpoint : read.next, updatedAt: config.now() };
  await saveSyncState(db, next, pushed.links);
  await tellStale(config, pushed.stale);
  return { state: next, more: pushed.again === true || read.entries.length === LOG_CHUNK };
}

/** The kept refusals without records no longer here (deleted, or their lead erased): saved only when some went. */
async function pruneRefused(db: LeadsDatabase, state: CrmSyncJob, now: number): Promise<CrmSyncJob> {
  const kept = state.refused ?? [];
  if (kept.length === 0) return state;
  const held = refusedRecords(kept);
  const [leadIds, companyIds, activityIds] = [[...held.leads.keys()], [...held.companies.keys()], held.activityIds];
  const noteLeads = kept.flatMap((e) => (e.kind === 'note' && e.leadId ? [e.leadId] : []));
  const leads = new Set((await db.leads.bulkGet([...new Set([...leadIds, ...noteLeads])])).flatMap((l) => (l && l.erasedAt === undefined ? [l.id] : [])));
  const companies = new Set((await db.companies.bulkGet(companyIds)).flatMap((c) => (c ? [c.id] : [])));
  const touches = new Set((await db.activities.bulkGet(activityIds)).flatMap((a) => (a ? [a.id] : [])));
  const still = refusedStillHere(kept, { lead: (id) => leads.has(id), company: (id) => companies.has(id), touch: (id) => touches.has(id) });
  if (still.length === kept.length) return state;
  const next = { ...state, refused: still, updatedAt: now };
  await saveSyncState(db, next);
  return next;
}

/** "Sync now": the records the CRM refused before, pushed again; the checkpoint stays where it is. */
async function retryRefused(db: LeadsDatabase, connector: CrmConnector, state: CrmSyncJob, config: SyncConfig): Promise<CrmSyncJob> {
  const held = refusedRecords(state.refused ?? []);
  const [leadIds, companyIds] = [[...held.leads.keys()], [...held.companies.keys()]];
  if (leadIds.length + companyIds.length + held.activityIds.length === 0) return state;
  const refusedTouches = (await db.activities.bulkGet(held.activityIds)).filter((a): a is Activity => a !== undefined);
  const activities = await withTouchesOfUnlinked(db, new Set(leadIds), refusedTouches);
  // Only what was refused goes again: a record HubSpot has keeps a teammate's other edits there.
  const changed = { leads: new Map<string, Set<string> | 'all'>(held.leads), companies: new Map<string, Set<string> | 'all'>(held.companies) };
  const pushed = await pushRecords(db, connector, state, leadIds, companyIds, activities, config, changed);
  await saveSyncState(db, pushed.state, pushed.links);
  await tellStale(config, pushed.stale);
  return pushed.state;
}

/** Push everything due (bounded by `maxSteps`, so one run never holds the worker forever); on "Sync now", the refused records again too. */
export async function syncPush(db: LeadsDatabase, connector: CrmConnector, state: CrmSyncJob, config: SyncConfig, maxSteps = 1_000): Promise<CrmSyncJob> {
  let current = await pruneRefused(db, state, config.now());
  for (let step = 0; step < maxSteps; step++) {
    const { state: next, more } = await syncStep(db, connector, current, config);
    current = next;
    if (!more) break;
  }
  if (config.retryRefused && current.walk.done) current = await retryRefused(db, connector, current, config);
  return current;
}
