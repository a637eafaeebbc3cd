import type { ContactChange, DealChange, PullResult, Timed } from '../connector';
import { batchRead, chunks, searchAll } from './api';
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

export async function pullChanges(http: HubSpotHttp, since: number): Promise<PullResult> {
  let until = since;
  const seen = (value: string | null | undefined) => {
    const at = Number(value);
    if (Number.isFinite(at) && at > until) until = at;
  };

  const changedDeals = await searchAll(
    http,
    'deals',
    [
      [
        { propertyName: RECORD_ID, operator: 'HAS_PROPERTY' },
        { propertyName: 'hs_lastmodifieddate', operator: 'GT', value: String(since) },
      ],
    ],
    [RECORD_ID, 'hs_lastmodifieddate'],
    ['hs_lastmodifieddate'],
  );
  const deals: DealChange[] = [];
  for (const ids of chunks(changedDeals.map((d) => d.id))) {
    for (const object of await batchRead(http, 'deals', ids, [RECORD_ID, 'dealstage', 'amount', 'pipeline', 'hs_lastmodifieddate'], ['dealstage', 'amount'])) {
      seen(object.properties.hs_lastmodifieddate);
      const change = dealChangeOf(object);
      if (change) deals.push(change);
    }
  }

  const changedContacts = await searchAll(
    http,
    'contacts',
    [
      [
        { propertyName: RECORD_ID, operator: 'HAS_PROPERTY' },
        { propertyName: 'lastmodifieddate', operator: 'GT', value: String(since) },
      ],
    ],
    [RECORD_ID, 'hubspot_owner_id', 'lifecyclestage', 'lastmodifieddate'],
    ['lastmodifieddate'],
  );
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
      modifiedAt: Number(object.properties.lastmodifieddate) || time(object.updatedAt),
    });
  }
  return { deals, contacts, until };
}
