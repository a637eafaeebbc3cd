import type { ChangeEntry } from '../../db/write/change-log';
import { changeStage, reactivate, stageOf, type NewStageChange, type StageChangeResult } from '../../pipeline/stage-change';
import { DealValue, type PipelineSettings } from '../../pipeline/schema';
import type { Lead } from '../../schema/records';
import type { DealChange, PullResult, StageMapping, Timed } from '../connector';
import { stageFromCrm } from '../stages';
import type { PullConflict } from './conflicts';

/**
 * What a pull changes on our leads: a pure decision, records and times in, writes and
 * conflicts out (pull-store.ts writes them, origin 'outside'). Per field, the newer change
 * wins: HubSpot's time is its property history's, ours the newest local edit of that
 * field not yet pushed (change-log entries after the push checkpoint, origin other than
 * 'outside'; a create counts for every field) or, for the stage, the lead's own stage time.
 * A local edit already pushed is in HubSpot's history already: a later HubSpot change is
 * simply newer, not a conflict. A HubSpot value an API client set at or before our last
 * sync is the echo of our own push and is passed over (isEcho). The losing value of a
 * field both sides changed is a conflict, never dropped silently. Owner and lifecycle
 * stage are the CRM's alone: taken as they come. Erased and deleted leads are never written.
 */

export type PullInput = {
  pull: PullResult;
  /** The leads the pull names, by id (one missing was deleted here). */
  leads: ReadonlyMap<string, Lead>;
  /** Change-log entries after the push checkpoint (any table: only local lead edits count). */
  pending: readonly ChangeEntry[];
  pipeline: PipelineSettings;
  mapping: StageMapping;
  /** The CRM account's currency: a pulled amount is in it. */
  currency: string;
  /** When the last round ended: HubSpot values at or before it are our own push coming back. */
  lastSyncAt?: number;
  /**
   * The pull checkpoint this pull started from. A pull reads again a little before it (HubSpot's
   * search index lags, lib/crm/hubspot/pull.ts PULL_OVERLAP_MS): a HubSpot value at or before it
   * was most likely read by the last pull already, so it is still taken where it is newer than
   * ours, but it is never listed again as a conflict the rep's newer value won.
   */
  readThrough?: number;
  /** A deal lost in HubSpot gives no reason: the lead records this one. */
  lostReason: string;
  now: number;
};

export type PullWrite = { lead: Lead; changes: NewStageChange[] };
export type PullDecision = { writes: PullWrite[]; conflicts: PullConflict[] };

/** The lead fields a HubSpot deal field is compared with, as the change log names them. */
const FIELD = { stage: 'stageId', amount: 'dealValue' } as const;

/** The newest local edit of `field` on each lead, from log entries not yet pushed. */
export function localEditTimes(pending: readonly ChangeEntry[]): (leadId: string, field: string) => number | undefined {
  const times = new Map<string, number>();
  const note = (key: string, at: number) => times.set(key, Math.max(at, times.get(key) ?? at));
  for (const entry of pending) {
    if (entry.table !== 'leads' || entry.origin === 'outside' || entry.kind === 'delete') continue;
    if (entry.kind === 'create') note(`${entry.key}\n*`, entry.at);
    for (const field of entry.fields ?? []) note(`${entry.key}\n${field}`, entry.at);
  }
  return (leadId, field) => {
    const own = times.get(`${leadId}\n${field}`);
    const created = times.get(`${leadId}\n*`);
    return own === undefined ? created : created === undefined ? own : Math.max(own, created);
  };
}

/**
 * Our own push coming back: a value set at or before the last round's end by an API client.
 * A person's edit (HubSpot's UI, a workflow, an import) is never taken for one, even if
 * HubSpot's search showed it only after that round (its index lags).
 */
function isEcho(value: Timed<unknown>, lastSyncAt: number | undefined): boolean {
  if (lastSyncAt === undefined || value.at > lastSyncAt) return false;
  return value.source === undefined || value.source === 'INTEGRATION' || value.source === 'API';
}

/** A HubSpot value the last pull read already (the overlap reads it again): ours winning over it is no news. */
function readBefore(value: Timed<unknown>, input: PullInput): boolean {
  return input.readThrough !== undefined && value.at <= input.readThrough;
}

const conflictId = (leadId: string, field: PullConflict['field'], crmAt: number) => `${leadId}:${field}:${crmAt}`;

/**
 * The stage move HubSpot made, as history entries of ours at HubSpot's time. A lost lead
 * moved to an open stage there is reactivated first (our rules reopen a lost deal only
 * that way), then moved on if the stage is not our first.
 */
function stageMove(lead: Lead, pipeline: PipelineSettings, toStage: string, at: number, details: { value?: number; currency: string; reason: string }): { lead: Lead; changes: NewStageChange[] } | undefined {
  const to = stageOf(pipeline, toStage);
  if (!to) return undefined;
  const from = stageOf(pipeline, lead.stageId);
  const changes: NewStageChange[] = [];
  let current = lead;
  if (from?.kind === 'lost' && to.kind !== 'won') {
    const reopened = reactivate(current, pipeline, at);
    if (!reopened.ok) return undefined;
    changes.push(reopened.change);
    current = reopened.lead;
    if (current.stageId === toStage) return { lead: current, changes };
  }
  const moved: StageChangeResult = changeStage(current, pipeline, toStage, at, {
    ...(to.kind === 'won' ? { value: details.value ?? current.dealValue ?? 0, currency: current.currency ?? details.currency } : {}),
    ...(to.kind === 'lost' ? { reason: details.reason } : {}),
  });
  if (!moved.ok) return undefined;
  return { lead: moved.lead, changes: [...changes, moved.change] };
}

type Side = {
  lead: Lead;
  changes: NewStageChange[];
  conflicts: PullConflict[];
  /** The lead's stage, and its local time, before stages passed in HubSpot moved it (what a conflict calls ours). */
  local?: { stage: string; at: number };
};

function applyAmount(side: Side, deal: DealChange, amount: Timed<number | undefined>, input: PullInput, localAt: (field: string) => number | undefined): void {
  // A blank in HubSpot never blanks ours (as our blanks never blank theirs).
  if (amount.value === undefined || !DealValue.safeParse(amount.value).success) return;
  if (isEcho(amount, input.lastSyncAt)) return;
  if (side.lead.dealValue === amount.value) return;
  const hereAt = localAt(FIELD.amount);
  const base = { id: conflictId(deal.leadId, 'amount', amount.at), leadId: deal.leadId, field: 'amount' as const, here: side.lead.dealValue, crm: amount.value, crmAt: amount.at, hereAt, at: input.now };
  if (hereAt !== undefined && hereAt >= amount.at) {
    if (!readBefore(amount, input)) side.conflicts.push({ ...base, kept: 'here' });
    return;
  }
  if (hereAt !== undefined) side.conflicts.push({ ...base, kept: 'crm' });
  side.lead = { ...side.lead, dealValue: amount.value, currency: input.currency, updatedAt: Math.max(side.lead.updatedAt, amount.at) };
}

/** Our stage for a CRM stage of this deal (the nearest to the lead's where several map), or undefined: unmapped, or another pipeline. */
function oursFor(lead: Lead, deal: DealChange, crmStage: string, input: PullInput): string | undefined {
  if (deal.pipelineId !== undefined && deal.pipelineId !== input.mapping.pipelineId) return undefined;
  const order = input.pipeline.stages.map((s) => s.id);
  // A lost deal reopens from our first stage (stageMove): the nearest stage is counted from there.
  const lost = stageOf(input.pipeline, lead.stageId)?.kind === 'lost';
  const from = lost ? (input.pipeline.stages.find((s) => s.kind === 'new')?.id ?? lead.stageId) : lead.stageId;
  return stageFromCrm(crmStage, input.mapping, order, from);
}

/**
 * The stages a deal passed through in HubSpot before its latest, since the last sync: each one
 * ours maps to becomes a stage change at HubSpot's time, so the funnel and the stage times count
 * every stage the deal reached there, not only where it ended. Only moves newer than all we know
 * of the stage here (the local edit not yet pushed, the lead's own stage time): those cannot
 * conflict with anything of ours, and whether the latest wins is decided as before (applyStage),
 * with the rep's own stage as ours. Echoes of our push, unmapped stages and moves our pipeline
 * refuses are passed over without a conflict: the latest is what the rep acts on.
 */
function applyPassedStages(side: Side, deal: DealChange, latest: Timed<string>, input: PullInput, localAt: (field: string) => number | undefined): void {
  const edited = localAt(FIELD.stage);
  for (const passed of deal.stageHistory) {
    if (passed.at >= latest.at) break;
    if (input.lastSyncAt !== undefined && passed.at <= input.lastSyncAt) continue;
    if (passed.at <= Math.max(edited ?? 0, side.lead.stageChangedAt)) continue;
    const ours = oursFor(side.lead, deal, passed.value, input);
    if (ours === undefined || ours === side.lead.stageId) continue;
    const moved = stageMove(side.lead, input.pipeline, ours, passed.at, { value: side.lead.dealValue, currency: input.currency, reason: input.lostReason });
    if (!moved) continue;
    side.local ??= { stage: side.lead.stageId, at: Math.max(edited ?? 0, side.lead.stageChangedAt) };
    side.lead = moved.lead;
    side.changes.push(...moved.changes);
  }
}

function applyStage(side: Side, deal: DealChange, stage: Timed<string>, input: PullInput, localAt: (field: string) => number | undefined): void {
  if (isEcho(stage, input.lastSyncAt)) return;
  // The stages passed count only with the latest: where it is not taken, the lead stays as the rep left it.
  const before = { lead: side.lead, changes: side.changes.length, local: side.local };
  const keepOurs = (conflict: PullConflict) => {
    side.lead = before.lead;
    side.changes.length = before.changes;
    side.local = before.local;
    if (!readBefore(stage, input)) side.conflicts.push(conflict);
  };
  applyPassedStages(side, deal, stage, input, localAt);
  const lead = side.lead;
  const ours = oursFor(lead, deal, stage.value, input);
  const base = { leadId: deal.leadId, field: 'stage' as const, here: side.local?.stage ?? lead.stageId, crmAt: stage.at, at: input.now };
  if (ours === undefined) {
    keepOurs({ ...base, id: conflictId(deal.leadId, 'stage', stage.at), kept: 'here', crm: stage.value, unmapped: true });
    return;
  }
  if (ours === lead.stageId) return;
  const edited = localAt(FIELD.stage);
  // The lead's own stage time is a local time too (a move made here and pushed before HubSpot's).
  const hereAt = side.local?.at ?? Math.max(edited ?? 0, lead.stageChangedAt);
  const conflict = { ...base, id: conflictId(deal.leadId, 'stage', stage.at), crm: ours, hereAt };
  if (hereAt >= stage.at) {
    keepOurs({ ...conflict, kept: 'here' });
    return;
  }
  const moved = stageMove(lead, input.pipeline, ours, stage.at, { value: side.lead.dealValue, currency: input.currency, reason: input.lostReason });
  if (!moved) {
    keepOurs({ ...conflict, kept: 'here' });
    return;
  }
  if (edited !== undefined) side.conflicts.push({ ...conflict, kept: 'crm' });
  side.lead = moved.lead;
  side.changes.push(...moved.changes);
}

export function decidePull(input: PullInput): PullDecision {
  const localTime = localEditTimes(input.pending);
  const sides = new Map<string, Side>();
  const sideOf = (leadId: string): Side | undefined => {
    const known = sides.get(leadId);
    if (known) return known;
    const lead = input.leads.get(leadId);
    // Deleted here, or erased: nothing of the CRM's comes back onto it.
    if (!lead || lead.erasedAt !== undefined) return undefined;
    const side: Side = { lead, changes: [], conflicts: [] };
    sides.set(leadId, side);
    return side;
  };

  for (const contact of input.pull.contacts) {
    const side = sideOf(contact.leadId);
    if (!side) continue;
    const owner = contact.ownerId?.slice(0, 40) || undefined;
    const lifecycle = contact.lifecycleStage?.slice(0, 60) || undefined;
    if (side.lead.crmOwnerId !== owner || side.lead.crmLifecycleStage !== lifecycle) side.lead = { ...side.lead, crmOwnerId: owner, crmLifecycleStage: lifecycle };
  }
  for (const deal of input.pull.deals) {
    const side = sideOf(deal.leadId);
    if (!side) continue;
    const localAt = (field: string) => localTime(deal.leadId, field);
    // The amount first: a deal won in HubSpot is won at the amount HubSpot has.
    if (deal.amount) applyAmount(side, deal, deal.amount, input, localAt);
    if (deal.stage) applyStage(side, deal, deal.stage, input, localAt);
  }

  const writes: PullWrite[] = [];
  const conflicts: PullConflict[] = [];
  for (const side of sides.values()) {
    conflicts.push(...side.conflicts);
    if (side.lead !== input.leads.get(side.lead.id)) writes.push({ lead: side.lead, changes: side.changes });
  }
  return { writes, conflicts };
}
