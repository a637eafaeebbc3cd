import type { Table } from 'dexie';
import type { Crossing, LeadsDatabase } from '../db/database';
import type { ChangeEntry } from '../db/write/change-log';
import type { StageChange } from '../pipeline/schema';
import type { Activity, Company, Lead } from '../schema/records';
import type { Enrolment } from '../sequences/schema';

/**
 * Where the database keeps personal data, table by table and field by field.
 * Erasing a person (lib/db/erase.ts) walks this list and nothing else, so it is
 * the one place to say how a new table or field holds people's data:
 *
 * - `subject`: the person's own record (a lead), found by its id;
 * - `about`: records about one person, found by `leadId`;
 * - `mentions`: records about something else that may carry one of the person's
 *   values (a company saved from their profile keeps that page's address), found
 *   by walking the table;
 * - `copies`: whole copies of a person's records, keyed by lead id: dropped;
 * - `links`: rows tying a person's records to another system's ids, by `leadId`: dropped;
 * - `log`: records about other records (the change log), found by the table and
 *   key of a record of the person's;
 * - `none`: holds nothing about a person (say why).
 *
 * Each field of a record that holds a person is `keep` (not personal: a stage, a
 * value, a date, a count), `erase` (removed), or a function giving what is left.
 * A field that is not declared is dropped from an erased person's records, so a
 * value a later version adds never survives an erase unnoticed.
 *
 * The types make the lists exhaustive: a table added to the database, or a field
 * added to one of these records, does not compile until it is classified here,
 * and tests/unit/personal-data.test.ts checks the same against the running schema.
 */

export type EraseContext = {
  now: number;
  /** The erased people's own values (addresses, e-mail, phone): a `mentions` field holding one of them is erased. */
  theirs: ReadonlySet<string>;
};
export type Treatment<V> = 'keep' | 'erase' | ((value: V, context: EraseContext) => V);
export type FieldPlan<T> = { readonly [K in keyof Required<T>]: Treatment<T[K]> };

export type TableClass =
  | { holds: 'subject'; fields: FieldPlan<Lead> }
  | { holds: 'about'; by: 'leadId'; fields: FieldPlan<Activity> | FieldPlan<StageChange> | FieldPlan<Enrolment> | FieldPlan<Crossing> }
  | { holds: 'mentions'; fields: FieldPlan<Company> }
  | { holds: 'log'; fields: FieldPlan<ChangeEntry> }
  /** Whole copies of a person's records, keyed by lead id (the undo of a bulk delete): an erase drops their rows. */
  | { holds: 'copies'; why: string }
  /** Rows naming a person's records elsewhere (CRM ids), indexed by `leadId`: an erase drops their rows. */
  | { holds: 'links'; by: 'leadId'; why: string }
  | { holds: 'none'; why: string };

/** The names of the database's tables, from the class declaring them. */
export type TableName = { [K in keyof LeadsDatabase]-?: LeadsDatabase[K] extends Table ? K : never }[keyof LeadsDatabase];

/** What an erased person's referrer becomes: the lead still counts as referred (referral figures stay), naming no one. */
export const ERASED_REFERRER = '(erased)';

/** A value that is one of the erased person's goes; any other stays. */
const ifTheirs = <V>(value: V, { theirs }: EraseContext): V => (typeof value === 'string' && theirs.has(value) ? (undefined as V) : value);

const emptyList = <V extends readonly unknown[]>(): ((value: V) => V) => () => [] as unknown as V;

export const LEAD_FIELDS: FieldPlan<Lead> = {
  id: 'keep',
  // Who they are and how to reach them.
  fullName: 'erase',
  firstName: 'erase',
  lastName: 'erase',
  headline: 'erase',
  title: 'erase',
  companyName: 'erase',
  companyId: 'erase',
  companyLinkedinUrl: 'erase',
  location: 'erase',
  photoUrl: 'erase',
  linkedinUrl: 'erase',
  publicId: 'erase',
  salesNavUrl: 'erase',
  email: 'erase',
  phone: 'erase',
  website: 'erase',
  sourceUrl: 'erase',
  // Keys derived from the name, company and title.
  nameKey: 'erase',
  words: emptyList(),
  // Free text the rep wrote about them.
  notes: 'erase',
  tags: emptyList(),
  editedFields: emptyList(),
  lostReason: 'erase',
  nextStep: 'erase',
  nextStepDueAt: 'erase',
  bant: (bant) => ({
    budget: { checked: bant.budget.checked },
    authority: { checked: bant.authority.checked },
    need: { checked: bant.need.checked },
    timeline: { checked: bant.timeline.checked },
  }),
  referredBy: (name) => (name ? ERASED_REFERRER : undefined),
  // The anonymous record: what the metrics count.
  source: 'keep',
  createdAt: 'keep',
  updatedAt: (_, { now }) => now,
  capturedAt: 'keep',
  score: 'keep',
  scoreLabel: 'keep',
  labelByHand: 'keep',
  sqlAt: 'keep',
  scoreHistory: 'keep',
  activitySummary: 'keep',
  stageId: 'keep',
  stageChangedAt: 'keep',
  dealValue: 'keep',
  currency: 'keep',
  expectedCloseAt: 'keep',
  lastTouchAt: 'keep',
  reached: 'keep',
  reactivations: 'keep',
  erasedAt: (at, { now }) => at ?? now,
  // Who works them in the team's CRM.
  crmOwnerId: 'erase',
  crmLifecycleStage: 'erase',
};

export const ACTIVITY_FIELDS: FieldPlan<Activity> = {
  id: 'keep',
  leadId: 'keep',
  kind: 'keep',
  direction: 'keep',
  at: 'keep',
  createdAt: 'keep',
  sequenceId: 'keep',
  stepId: 'keep',
  note: 'erase',
};

export const STAGE_HISTORY_FIELDS: FieldPlan<StageChange> = {
  id: 'keep',
  leadId: 'keep',
  at: 'keep',
  fromStage: 'keep',
  toStage: 'keep',
  kind: 'keep',
  value: 'keep',
  currency: 'keep',
  leadCreatedAt: 'keep',
  reason: 'erase',
};

/** Steps done and when: no text. (Erasing also ends the person's active sequences, as a stop.) */
export const ENROLMENT_FIELDS: FieldPlan<Enrolment> = {
  id: 'keep',
  leadId: 'keep',
  sequenceId: 'keep',
  enrolledAt: 'keep',
  via: 'keep',
  status: 'keep',
  stepIndex: 'keep',
  dueAt: 'keep',
  remindedDueAt: 'keep',
  remindAt: 'keep',
  history: 'keep',
  endedAt: 'keep',
  stopReason: 'keep',
};

/**
 * A company is an organisation, not a person, and stays; but one saved from a person's profile
 * keeps that page's address as its source, which goes with them.
 */
export const COMPANY_FIELDS: FieldPlan<Company> = {
  id: 'keep',
  name: 'keep',
  nameKey: 'keep',
  industry: 'keep',
  sizeBand: 'keep',
  website: 'keep',
  headquarters: 'keep',
  linkedinUrl: 'keep',
  logoUrl: 'keep',
  source: 'keep',
  editedFields: 'keep',
  createdAt: 'keep',
  updatedAt: 'keep',
  sourceUrl: ifTheirs,
};

export const CROSSING_FIELDS: FieldPlan<Crossing> = { seq: 'keep', leadId: 'keep', at: 'keep', origin: 'keep' };

/**
 * A change-log entry names a record and the fields that changed, never their values.
 * Anything else an entry about an erased record holds (a value a later version logs) is dropped.
 */
export const CHANGE_FIELDS: FieldPlan<ChangeEntry> = { seq: 'keep', table: 'keep', key: 'keep', kind: 'keep', at: 'keep', fields: 'keep', origin: 'keep' };

export const PERSONAL_DATA: { readonly [K in TableName]: TableClass } = {
  leads: { holds: 'subject', fields: LEAD_FIELDS },
  activities: { holds: 'about', by: 'leadId', fields: ACTIVITY_FIELDS },
  stageHistory: { holds: 'about', by: 'leadId', fields: STAGE_HISTORY_FIELDS },
  enrolments: { holds: 'about', by: 'leadId', fields: ENROLMENT_FIELDS },
  crossings: { holds: 'about', by: 'leadId', fields: CROSSING_FIELDS },
  changes: { holds: 'log', fields: CHANGE_FIELDS },
  companies: { holds: 'mentions', fields: COMPANY_FIELDS },
  deletedLeads: { holds: 'copies', why: 'what the last bulk delete removed, kept for its undo: a person erased or deleted for good leaves nothing there' },
  captureDiagnostics: { holds: 'none', why: 'how LinkedIn pages were read: page kind, layer and selector names, found or not per field, extension version; its schema admits no page text' },
  settings: { holds: 'none', why: 'what the rep sets: rules, stages, reminders, metrics, privacy' },
  sequences: { holds: 'none', why: 'cadences and their templates, with placeholders rather than anyone’s data' },
  jobs: { holds: 'none', why: 'background progress: counts, checkpoints and the rules in force; the CRM contact ids of erased people whose GDPR delete HubSpot has not done yet (kept only until it has: the erase itself put them there); the bare random ids of leads deleted for good, so an older backup does not bring them back' },
  figures: { holds: 'none', why: 'totals counted over all leads, keyed by stage' },
  stageFigures: { holds: 'none', why: 'counts and values by stage' },
  dailyFigures: { holds: 'none', why: 'counts and values by day and stage' },
  responseFigures: { holds: 'none', why: 'response-time histograms by day' },
  pendingFigures: { holds: 'none', why: 'figure changes of a long write, by stage and day, until they are folded in' },
  crmLinks: { holds: 'links', by: 'leadId', why: 'our records -> their CRM ids (contact, deal, task, note by lead; company by none): no values, but they tie a person to the CRM, so an erase drops them' },
  crmConnections: { holds: 'none', why: 'the connected CRM: its account, its owners (the rep’s team, not leads) and the access token; never in backups, exports or the rescue file' },
};

/** Apply a field plan to a record: declared fields kept, erased or transformed; undeclared fields dropped. */
export function scrubRecord<T extends object>(record: T, plan: FieldPlan<T>, context: EraseContext): T {
  const out: Record<string, unknown> = {};
  for (const [field, treatment] of Object.entries(plan) as [string, Treatment<unknown>][]) {
    const value = (record as Record<string, unknown>)[field];
    const next = treatment === 'keep' ? value : treatment === 'erase' ? undefined : treatment(value, context);
    if (next !== undefined) out[field] = next;
  }
  return out as T;
}

/** Tables of a running database that this list does not classify (a test fails on any). */
export function unclassifiedTables(names: readonly string[]): string[] {
  return names.filter((name) => !Object.hasOwn(PERSONAL_DATA, name)).sort();
}

/** The values that identify these people wherever else they turn up (`mentions` fields). */
export function theirValues(leads: readonly Lead[]): Set<string> {
  const values = new Set<string>();
  for (const lead of leads)
    for (const value of [lead.linkedinUrl, lead.salesNavUrl, lead.sourceUrl, lead.photoUrl, lead.website, lead.email, lead.phone]) if (value) values.add(value);
  return values;
}
