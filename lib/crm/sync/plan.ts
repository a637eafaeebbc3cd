import type { ChangeEntry } from '../../db/write/change-log';
import type { Activity, Company, Lead } from '../../schema/records';
import type { PushRequest, StageMapping } from '../connector';
import type { CrmLinks } from './state';
import { taskKey } from './links';
import { SYNCED_COMPANY_FIELDS, SYNCED_LEAD_FIELDS, SYNCED_TOUCH_FIELDS } from '../hubspot/mapping';

/**
 * What to push, worked out from the change log and the records: pure functions.
 * Deletes are not pushed (a lead deleted here stays in the CRM; erasing a person asks
 * for the CRM's GDPR delete separately), and neither is anything the sync wrote itself.
 */

/** A record's changed fields since the checkpoint: `all` for one created (or changed in ways the log did not itemise). */
export type ChangedFields = Map<string, Set<string> | 'all'>;

export type Pending = { leadIds: Set<string>; companyIds: Set<string>; activityIds: Set<string>; leadFields: ChangedFields; companyFields: ChangedFields };

function note(into: ChangedFields, entry: ChangeEntry): void {
  const known = into.get(entry.key);
  if (known === 'all') return;
  if (entry.kind === 'create' || entry.fields === undefined) {
    into.set(entry.key, 'all');
    return;
  }
  into.set(entry.key, new Set([...(known ?? []), ...entry.fields]));
}

/** Whether an entry changed anything the CRM receives: a rescore's scores or a tag go nowhere. */
function carried(entry: ChangeEntry, synced: ReadonlySet<string>): boolean {
  return entry.kind === 'create' || entry.fields === undefined || entry.fields.some((f) => synced.has(f));
}

export function pendingFrom(entries: readonly ChangeEntry[]): Pending {
  const pending: Pending = { leadIds: new Set(), companyIds: new Set(), activityIds: new Set(), leadFields: new Map(), companyFields: new Map() };
  for (const entry of entries) {
    // What a pull wrote came from the CRM: pushing it back would echo it forever.
    if (entry.origin === 'outside' || entry.kind === 'delete') continue;
    if (entry.table === 'leads' && carried(entry, SYNCED_LEAD_FIELDS)) {
      pending.leadIds.add(entry.key);
      note(pending.leadFields, entry);
    } else if (entry.table === 'companies' && carried(entry, SYNCED_COMPANY_FIELDS)) {
      pending.companyIds.add(entry.key);
      note(pending.companyFields, entry);
    } else if (entry.table === 'activities' && carried(entry, SYNCED_TOUCH_FIELDS)) pending.activityIds.add(entry.key);
  }
  return pending;
}

/** Touches worth a note: everything but the "captured" marker. */
export function isTouch(activity: Activity): boolean {
  return activity.kind !== 'captured';
}

export type PushRecords = { leads: Lead[]; companies: Company[]; activities: Activity[] };

/**
 * A record's changed fields, for the connector to send of what the CRM has (each kind of record
 * by its own link: a lead's contact may be new to the CRM while its deal is not). Undefined: send
 * everything (a walk, a create). In a step of the log, a record the log does not name (a lead
 * pushed for its touch) changed nothing.
 */
function changedOf(fields: ChangedFields | undefined, id: string): string[] | undefined {
  if (fields === undefined) return undefined;
  const changed = fields.get(id);
  return changed === 'all' ? undefined : [...(changed ?? [])];
}

/**
 * `changes`: what the change log says changed of each lead and company (a walk has none, and
 * sends everything). A record HubSpot already has gets only the properties made from those
 * fields, so a teammate's edit there to another field is not overwritten.
 */
export function buildPushRequest(
  records: PushRecords,
  links: CrmLinks,
  config: { mapping: StageMapping; firstStageId: string },
  changes?: { leads: ChangedFields; companies: ChangedFields },
): PushRequest {
  // An erased person's record keeps no personal data: nothing of it goes out.
  const leads = records.leads.filter((l) => l.erasedAt === undefined);
  const erased = new Set(records.leads.filter((l) => l.erasedAt !== undefined).map((l) => l.id));
  const leadChanged = new Map(leads.map((l) => [l.id, changedOf(changes?.leads, l.id)]));
  return {
    companies: records.companies.map((company) => ({ company, crmId: links.companies[company.id], changed: changedOf(changes?.companies, company.id) })),
    leads: leads.map((lead) => ({ lead, crmId: links.contacts[lead.id], dealCrmId: links.deals[lead.id], changed: leadChanged.get(lead.id) })),
    touches: records.activities.filter((a) => isTouch(a) && !erased.has(a.leadId)).map((activity) => ({ activity, crmId: links.notes[activity.id] })),
    // A lead with a next step, or whose step was done or cleared (its task is completed); of a
    // lead HubSpot has, only when the step changed here or has no task there yet.
    nextSteps: leads
      .filter((l) => {
        const task = links.tasks[taskKey(l.id)];
        if (l.nextStep === undefined && task === undefined) return false;
        const changed = leadChanged.get(l.id);
        return changed === undefined || changed.includes('nextStep') || task === undefined;
      })
      .map((lead) => ({ lead, crmId: links.tasks[taskKey(lead.id)] })),
    companyCrmIds: links.companies,
    contactCrmIds: links.contacts,
    mapping: config.mapping,
    firstStageId: config.firstStageId,
  };
}
