import type { Transaction } from 'dexie';
import type { Activity, Company, Lead } from '../schema/records';
import { applyScore, NEW_LEAD_SCORE, summarizeActivities } from '../scoring/apply';
import { DEFAULT_RULESET } from '../scoring/defaults';

/**
 * v1 -> v2: every lead gets its activity summary (from the activities table)
 * and a score under the default rules. Nothing else about a lead changes.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const activities = (await tx.table('activities').toArray()) as Activity[];
  const byLead = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = byLead.get(activity.leadId) ?? [];
    list.push(activity);
    byLead.set(activity.leadId, list);
  }
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
