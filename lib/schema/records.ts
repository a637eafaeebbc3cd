import { z } from 'zod';
import { CompanyCaptureSchema, PERSON_FIELDS, PersonCaptureSchema } from '../capture/schema';
import { LIMITS, epochMs, multiline, tags } from './text';
import { LeadPipelineFields } from '../pipeline/schema';

/**
 * The stored records. These schemas are the single source of truth: the Dexie
 * tables, the messages and (later) the backup format are all typed from them.
 */

export { Id } from './id';
import { Id } from './id';

/** Fields a capture may refresh and the rep may edit. */
export const EditableLeadField = z.enum([...PERSON_FIELDS, 'website', 'notes', 'tags']);
export type EditableLeadField = z.infer<typeof EditableLeadField>;

export const ACTIVITY_KINDS = [
  'captured',
  'invite-sent',
  'invite-accepted',
  'linkedin-message',
  'email-sent',
  'email-opened',
  'link-clicked',
  'pricing-visited',
  'call',
  'meeting-booked',
  'reply-received',
  'note',
] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);

/** A lead is what a person capture holds, plus what the rep and the extension add. */
export const LeadSchema = PersonCaptureSchema.omit({ capturedAt: true, guessed: true }).extend({
  id: Id,
  companyId: Id.optional(),
  /** Lower-cased "name|company", the last duplicate key. */
  nameKey: z.string().max(LIMITS.name + LIMITS.company + 1).optional(),
  /** Lower-cased words of name, company and title: a multi-entry index for search. */
  words: z.array(z.string().max(60)).max(60),
  notes: multiline(LIMITS.notes),
  tags,
  /** Fields the rep changed by hand: a later capture never overwrites them. */
  editedFields: z.array(EditableLeadField),
  createdAt: epochMs,
  updatedAt: epochMs,
  capturedAt: epochMs.optional(),
  // ---- scoring (schema v2) ----
  /** Total score under the rules in force, one decimal. */
  score: z.number().finite(),
  scoreLabel: z.enum(['cold', 'mql', 'sql']),
  /** The rep set the label by hand: a lower score never silently demotes it. */
  labelByHand: z.boolean(),
  /** When the lead first became sales-qualified. */
  sqlAt: epochMs.optional(),
  /** The score over time: one entry per change, newest last, capped. */
  scoreHistory: z.array(z.object({ at: epochMs, score: z.number().finite(), label: z.enum(['cold', 'mql', 'sql']) })).max(30),
  /** Activity times by kind (newest kept), so scoring never has to read the activities table. */
  activitySummary: z.partialRecord(z.enum(ACTIVITY_KINDS), z.array(epochMs).max(50)),
  // ---- pipeline (schema v3) ----
  ...LeadPipelineFields,
  // ---- privacy ----
  /** The person's data was erased (lib/privacy): what is left is an anonymous record kept for the metrics. */
  erasedAt: epochMs.optional(),
  // ---- CRM (brought back by a pull; no index, so no schema version) ----
  /** The owner of the person's contact in the connected CRM: an id of the connection's owners. */
  crmOwnerId: z.string().max(40).optional(),
  /** The contact's lifecycle stage in the CRM, as the CRM names it (e.g. "lead", "customer"). */
  crmLifecycleStage: z.string().max(60).optional(),
});
export type Lead = z.infer<typeof LeadSchema>;

export const CompanySchema = CompanyCaptureSchema.omit({ capturedAt: true }).extend({
  id: Id,
  nameKey: z.string().max(LIMITS.company).optional(),
  editedFields: z.array(z.string().max(40)),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type Company = z.infer<typeof CompanySchema>;



/** A touch or event on a lead. */
export const ActivitySchema = z.object({
  id: Id,
  leadId: Id,
  kind: ActivityKind,
  direction: z.enum(['outbound', 'inbound', 'none']),
  at: epochMs,
  note: multiline(2_000),
  createdAt: epochMs,
  /** The sequence step this touch did, so replies can be credited to the step that earned them. */
  sequenceId: Id.optional(),
  stepId: z.string().max(40).optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;
