import type { ChangeEntry } from '../../db/write/change-log';
import type { Activity, Company, Lead } from '../../schema/records';
import type { PushRequest, StageMapping } from '../connector';
import type { CrmLinks } from './state';

/**
 * What to push, worked out from the change log and the records: pure functions.
 * Deletes are not pushed (a lead deleted here stays in the CRM; erasing a person asks
 * for the CRM's GDPR delete separately), and neither is anything the sync wrote itself.
 */

export type Pending = { leadIds: Set<string>; companyIds: Set<string>; activityIds: Set<string> };

export function pendingFrom(entries: readonly ChangeEntry[]): Pending {
  const pending: Pending = { leadIds: new Set(), companyIds: new Set(), activityIds: new Set() };
  for (const entry of entries) {
    // What a pull wrote came from the CRM: pushing it back would echo it forever.
    if (entry.origin === 'outside' || entry.kind === 'delete') continue;
    if (entry.table === 'leads') pending.leadIds.add(entry.key);
    else if (entry.table === 'companies') pending.companyIds.add(entry.key);
    else if (entry.table === 'activities') pending.activityIds.add(entry.key);
  }
  return pending;
}

/** Touches worth a note: everything but the "captured" marker. */
export function isTouch(activity: Activity): boolean {
  return activity.kind !== 'captured';
}

export type PushRecords = { leads: Lead[]; companies: Company[]; activities: Activity[] };

export function buildPushRequest(records: PushRecords, links: CrmLinks, config: { mapping: StageMapping; firstStageId: string }): PushRequest {
  // An erased person's record keeps no personal data: nothing of it goes out.
  const leads = records.leads.filter((l) => l.erasedAt === undefined);
  const erased = new Set(records.leads.filter((l) => l.erasedAt !== undefined).map((l) => l.id));
  return {
    companies: records.companies.map((company) => ({ company, crmId: links.companies[company.id] })),
    leads: leads.map((lead) => ({ lead, crmId: links.contacts[lead.id], dealCrmId: links.deals[lead.id] })),
    touches: records.activities.filter((a) => isTouch(a) && !erased.has(a.leadId)).map((activity) => ({ activity, crmId: links.notes[activity.id] })),
    // A lead with a next step, or whose step was done or cleared (its task is completed).
    nextSteps: leads.filter((l) => l.nextStep !== undefined || links.tasks[`next-step:${l.id}`] !== undefined).map((lead) => ({ lead, crmId: links.tasks[`next-step:${lead.id}`] })),
    companyCrmIds: links.companies,
    contactCrmIds: links.contacts,
    mapping: config.mapping,
    firstStageId: config.firstStageId,
  };
}
