import { z } from 'zod';
import type { Activity } from '../../schema/records';
import type { PushOutcome } from '../connector';
import type { CrmLinks } from './state';

/**
 * A link between one of our records and its CRM record, one row of `crmLinks` (schema v12),
 * keyed by [kind+localId]. `leadId` names the person the record is about (none for a
 * company), so erasing them drops their links. Local ids: a lead id for contacts and deals,
 * 'next-step:' + a lead id for tasks, a touch id for notes, a company id for companies.
 */
export const CRM_LINK_KINDS = ['contact', 'company', 'deal', 'note', 'task'] as const;
export type CrmLinkKind = (typeof CRM_LINK_KINDS)[number];

export const CrmLinkSchema = z.object({
  kind: z.enum(CRM_LINK_KINDS),
  localId: z.string().min(1).max(80),
  crmId: z.string().min(1).max(40),
  leadId: z.string().max(64).optional(),
});
export type CrmLink = z.infer<typeof CrmLinkSchema>;

/** The in-memory maps (plan.ts) by kind. */
export const LINK_MAP = { contact: 'contacts', company: 'companies', deal: 'deals', note: 'notes', task: 'tasks' } as const satisfies Record<CrmLinkKind, keyof CrmLinks>;

export const taskKey = (leadId: string) => `next-step:${leadId}`;

/** The lead a record of ours is about: a contact's or deal's own id, a task's lead, a touch's lead (`leadOfTouch`); none for a company. */
export function leadOfRecord(kind: CrmLinkKind, localId: string, leadOfTouch: (id: string) => string | undefined): string | undefined {
  if (kind === 'contact' || kind === 'deal') return localId;
  if (kind === 'task') return localId.replace(/^next-step:/, '');
  if (kind === 'note') return leadOfTouch(localId);
  return undefined;
}

/** What a push changes in the stored links: new CRM ids kept, those the CRM no longer has dropped. Pure. */
export function linkWrites(before: CrmLinks, outcome: PushOutcome, activities: readonly Activity[]): { put: CrmLink[]; drop: [CrmLinkKind, string][] } {
  const touchLead = new Map(activities.map((a) => [a.id, a.leadId]));
  const put: CrmLink[] = [];
  for (const kind of CRM_LINK_KINDS) {
    for (const [localId, crmId] of Object.entries(outcome[LINK_MAP[kind]])) {
      if (before[LINK_MAP[kind]][localId] === crmId) continue;
      const leadId = leadOfRecord(kind, localId, (id) => touchLead.get(id));
      put.push(leadId === undefined ? { kind, localId, crmId } : { kind, localId, crmId, leadId });
    }
  }
  const drop: [CrmLinkKind, string][] = [];
  for (const gone of outcome.gone) {
    const now = outcome[LINK_MAP[gone.kind]][gone.localId] ?? before[LINK_MAP[gone.kind]][gone.localId];
    if (now === gone.crmId) drop.push([gone.kind, gone.localId]);
  }
  return { put: put.filter((p) => !drop.some(([k, id]) => k === p.kind && id === p.localId)), drop };
}
