import type { ContactChange, DealChange, PullResult, Timed } from '../connector';
import { batchRead, chunks, searchPages } from './api';
import { RECORD_ID } from './fields';
import type { HubSpotHttp } from './http';
import type { HubSpotObject } from './schemas';

/**
 * What changed in HubSpot after `since` on the deals and contacts we made (those carry
 * our record id): one search per kind (pages of 200), then the deals' stage and amount
 * with their property history (batch reads of 100), so the sync can compare each field's
 * time in HubSpot with the change log's time for the local edit.
 */

function time(iso: string): number {
  return Date.parse(iso);
}

function history(object: HubSpotObject, property: string): Timed<string>[] {
  const versions = object.propertiesWithHistory?.[property] ?? [];
  return versions
    .filter((v): v is typeof v & { value: string } => v.value !== null)
    .map((v) => ({ value: v.value, at: time(v.timestamp), ...(v.sourceType ? { source: v.sourceType } : {}) }))
    .sort((a, b) => a.at - b.at);
}

export function dealChangeOf(object: HubSpotObject): DealChange | undefined {
  const leadId = object.properties[RECORD_ID];
  if (!leadId) return undefined;
  const stages = history(object, 'dealstage');
  const amounts = history(object, 'amount');
  const lastAmount = amounts.at(-1);
  const amount = lastAmount ? { ...lastAmount, value: lastAmount.value === '' ? undefined : Number(lastAmount.value) } : undefined;
  return {
    leadId,
    crmId: object.id,
    pipelineId: object.properties.pipeline ?? undefined,
    stage: stages.at(-1),
    amount: amount && (amount.value === undefined || Number.isFinite(amount.value)) ? amount : undefined,
    stageHistory: stages,
  };
}

/**
 * A date-time property's value as epoch ms. HubSpot gives these as ISO 8601 in its answers
 * ("2026-01-05T09:00:00.000Z"); epoch ms strings are read too. Undefined when neither.
 */
export function timeOf(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  const at = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(at) ? at : undefined;
}

/**
 * HubSpot's search gives at most 10,000 results a query (a page past them answers 400). A
 * pull that meets the cap starts a new search from the newest modification time it has seen
 * (inclusive: several records may share that millisecond), sorted oldest first, so any number
 * of changes is pulled.
 */
export const SEARCH_RESULTS_CAP = 10_000;

async function changedSince(http: HubSpotHttp, kind: 'deals' | 'contacts', modified: string, since: number, properties: string[]): Promise<HubSpotObject[]> {
  const found = new Map<string, HubSpotObject>();
  let from = since;
  let operator: 'GT' | 'GTE' = 'GT';
  for (;;) {
    let newest: number | undefined;
    const complete = await searchPages(
      http,
      kind,
      [
        [
          { propertyName: RECORD_ID, operator: 'HAS_PROPERTY' },
          { propertyName: modified, operator, value: String(from) },
        ],
      ],
      properties,
      [modified],
      SEARCH_RESULTS_CAP,
      (page) => {
        for (const object of page) {
          found.set(object.id, object);
          const at = timeOf(object.properties[modified]);
          if (at !== undefined && (newest === undefined || at > newest)) newest = at;
        }
      },
    );
    if (complete) return [...found.values()];
    // 10,000 records changed in one millisecond, or no times to go on: what was read is what there is.
    if (newest === undefined || (operator === 'GTE' && newest <= from)) return [...found.values()];
    from = newest;
    operator = 'GTE';
  }
}

/**
 * HubSpot's search index trails its writes by a few seconds: a change made just before a newer
 * one may be found only after it, when the checkpoint (the newest time read) has passed it. Each
 * pull therefore searches again this far before its checkpoint; what it reads twice changes
 * nothing the second time (a value already taken, a conflict already kept or dismissed).
 */
export const PULL_OVERLAP_MS = 60_000;

export async function pullChanges(http: HubSpotHttp, since: number): Promise<PullResult> {
  let until = since;
  const from = Math.max(0, since - PULL_OVERLAP_MS);
  const seen = (value: string | null | undefined) => {
    const at = timeOf(value);
    if (at !== undefined && at > until) until = at;
  };

  const changedDeals = await changedSince(http, 'deals', 'hs_lastmodifieddate', from, [RECORD_ID, 'hs_lastmodifieddate']);
  const deals: DealChange[] = [];
  for (const ids of chunks(changedDeals.map((d) => d.id))) {
    for (const object of await batchRead(http, 'deals', ids, [RECORD_ID, 'dealstage', 'amount', 'pipeline', 'hs_lastmodifieddate'], ['dealstage', 'amount'])) {
      seen(object.properties.hs_lastmodifieddate);
      const change = dealChangeOf(object);
      if (change) deals.push(change);
    }
  }

  const changedContacts = await changedSince(http, 'contacts', 'lastmodifieddate', from, [RECORD_ID, 'hubspot_owner_id', 'lifecyclestage', 'lastmodifieddate']);
  const contacts: ContactChange[] = [];
  for (const object of changedContacts) {
    const leadId = object.properties[RECORD_ID];
    seen(object.properties.lastmodifieddate);
    if (!leadId) continue;
    contacts.push({
      leadId,
      crmId: object.id,
      ownerId: object.properties.hubspot_owner_id ?? undefined,
      lifecycleStage: object.properties.lifecyclestage ?? undefined,
      modifiedAt: timeOf(object.properties.lastmodifieddate) ?? time(object.updatedAt),
    });
  }
  return { deals, contacts, until };
}
