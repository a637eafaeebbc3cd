import { defaultSequences } from '../sequences/defaults';
import type { Transaction } from 'dexie';
import type { Activity, Company, Lead } from '../schema/records';
import { applyScore, NEW_LEAD_SCORE, summarizeActivities } from '../scoring/apply';
import { DEFAULT_RULESET } from '../scoring/defaults';
import { newLeadPipeline } from '../pipeline/defaults';
import type { StageChange } from '../pipeline/schema';

/**
 * v1 -> v2: every lead gets its activity summary (from the activities table)
 * and a score under the default rules. Nothing else about a lead changes.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  // Streamed with a cursor: only kind and time are kept per lead, not whole records.
  const byLead = new Map<string, Pick<Activity, 'kind' | 'at'>[]>();
  await tx.table('activities').each((activity: Activity) => {
    const list = byLead.get(activity.leadId) ?? [];
    list.push({ kind: activity.kind, at: activity.at });
    byLead.set(activity.leadId, list);
  });
  const companies = new Map(((await tx.table('companies').toArray()) as Company[]).map((c) => [c.id, c]));
  const now = Date.now();
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Lead) => {
      const withDefaults: Lead = { ...NEW_LEAD_SCORE, ...lead, scoreHistory: [], activitySummary: summarizeActivities(byLead.get(lead.id) ?? []) };
      const scored = applyScore(withDefaults, lead.companyId ? companies.get(lead.companyId) : undefined, DEFAULT_RULESET, now).lead;
      Object.assign(lead, scored);
    });
}

/** Activities that are touches (everything but the capture itself). */
export function lastTouchOf(summary: Lead['activitySummary']): number | undefined {
  let last: number | undefined;
  for (const [kind, times] of Object.entries(summary)) {
    if (kind === 'captured' || !times?.length) continue;
    const latest = times[times.length - 1]!;
    if (last === undefined || latest > last) last = latest;
  }
  return last;
}

/**
 * v2 -> v3: every lead starts in the "new" stage as of its creation, with that
 * first stage recorded in the history (cycle length counts from it), an empty
 * qualification checklist, and its last touch taken from its activities.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const history: StageChange[] = [];
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Lead) => {
      Object.assign(lead, { ...newLeadPipeline(lead.createdAt), lastTouchAt: lastTouchOf(lead.activitySummary ?? {}) });
      history.push({ id: `v3-${lead.id}`.slice(0, 64), leadId: lead.id, at: lead.createdAt, toStage: 'new', kind: 'change' });
    });
  await tx.table('stageHistory').bulkAdd(history);
}

/** Version 4 adds the sequence tables; existing databases get the shipped sequences. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx.table('sequences').bulkAdd(defaultSequences(Date.now()));
}

/** Version 5 indexes closed deals; won and lost entries get the lead's creation time for the cycle. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const createdAt = new Map<string, number>();
  await tx
    .table('leads')
    .toCollection()
    .each((lead: Lead) => {
      createdAt.set(lead.id, lead.createdAt);
    });
  await tx
    .table('stageHistory')
    .toCollection()
    .modify((entry: StageChange) => {
      const created = createdAt.get(entry.leadId);
      if ((entry.kind === 'won' || entry.kind === 'lost') && created !== undefined) entry.leadCreatedAt = created;
    });
}
