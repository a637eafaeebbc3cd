import type { Activity, Company, Lead } from '../schema/records';

/**
 * The CRM connector: what the sync needs from a CRM, in the extension's own terms
 * (leads, companies, touches), so HubSpot and a later Pipedrive are two implementations
 * of one interface. Each implementation maps records to its CRM's fields with pure
 * functions of its own, matches before it creates, batches, and makes every push safe to
 * run again (a push retried after a lost answer creates nothing twice).
 */

export type CrmAccount = {
  /** The CRM account (HubSpot portal) id: a different one means a different CRM. */
  accountId: string;
  currency: string;
  timeZone: string;
  /** Where a record's page is: `recordUrl` builds on it. */
  uiDomain: string;
};

export type CrmOwner = { id: string; email: string; name: string };

export type CrmStage = { id: string; label: string; closed: boolean; /** 0..1 where the CRM says. */ probability?: number };
export type CrmPipeline = { id: string; label: string; stages: CrmStage[] };

/** Our stage id -> the CRM stage id, for the chosen pipeline. */
export type StageMapping = { pipelineId: string; stages: Record<string, string> };

export type PushRequest = {
  /**
   * `changed`: the fields changed here since the last push; of each record the CRM has (its
   * contact, deal, task, by its own id) only what is made from them is sent (a teammate may
   * have changed the rest in the CRM); a record new to the CRM gets everything. Undefined: send
   * everything (a walk).
   */
  companies: { company: Company; crmId?: string; changed?: readonly string[] }[];
  /** Each lead becomes a contact; one with a deal value or past `firstStageId` also a deal. */
  leads: { lead: Lead; crmId?: string; dealCrmId?: string; changed?: readonly string[] }[];
  /** Touches become notes on the lead's contact. */
  touches: { activity: Activity; crmId?: string }[];
  /** Next steps become tasks on the lead's contact (one per lead). */
  nextSteps: { lead: Lead; crmId?: string }[];
  /** The lead's company CRM id when the company is not in this push. */
  companyCrmIds?: Record<string, string>;
  /** The lead's contact CRM id when the lead is not in this push (for touches and next steps). */
  contactCrmIds?: Record<string, string>;
  mapping: StageMapping;
  /** Our pipeline's first ("new") stage: a lead still there and without a value gets no deal. */
  firstStageId: string;
};

/** Local id -> CRM id of everything pushed, by kind; and what could not be pushed. */
export type PushOutcome = {
  companies: Record<string, string>;
  contacts: Record<string, string>;
  deals: Record<string, string>;
  notes: Record<string, string>;
  tasks: Record<string, string>;
  /** Records the CRM no longer has (deleted there): their CRM id should be forgotten. */
  gone: { kind: 'company' | 'contact' | 'deal' | 'note' | 'task'; localId: string; crmId: string }[];
  /**
   * Records left out, and why: a touch whose lead has no contact yet (`no-contact`), or whose
   * contact this push found gone in the CRM (`contact-gone`: the caller pushes them again once
   * the link is forgotten, and the lead's contact is made anew).
   */
  skipped: { kind: 'note' | 'task'; localId: string; reason: 'no-contact' | 'contact-gone' }[];
  /**
   * Records the CRM refused (bad data: an invalid e-mail, a value a property does not allow),
   * with its reason as it gave it (outside data: text). The rest of the push went through; the
   * sync keeps these until a push of them does (lib/crm/sync/refused.ts).
   */
  refused: { kind: 'company' | 'contact' | 'deal' | 'note' | 'task'; localId: string; message: string }[];
};

/**
 * A value of one field as the CRM has it, with when it was set there and, where the CRM
 * says, what set it (HubSpot's history `sourceType`: CRM_UI, INTEGRATION, API, IMPORT…).
 */
export type Timed<T> = { value: T; at: number; source?: string };

/** CRM stage ids: `stageFromCrm` (stages.ts) turns them into ours with the rep's mapping. */
export type DealChange = {
  leadId: string;
  crmId: string;
  pipelineId?: string;
  stage?: Timed<string>;
  amount?: Timed<number | undefined>;
  /** Every stage the deal went through in the CRM, oldest first. */
  stageHistory: Timed<string>[];
};

export type ContactChange = { leadId: string; crmId: string; ownerId?: string; lifecycleStage?: string; modifiedAt: number };

export type PullResult = {
  deals: DealChange[];
  contacts: ContactChange[];
  /** The newest modification time seen: the next pull asks for changes after it. */
  until: number;
};

/** A lifecycle stage: the value a contact holds, and the portal's name for it. */
export type CrmLifecycleStage = { id: string; label: string };

/** A person as the CRM has them, for "already in your CRM". */
export type CrmMatch = { crmId: string; name: string; ownerId?: string; lifecycleStage?: string; url: string };

export interface CrmConnector {
  readonly crm: 'hubspot';
  /** Check the token, read the account and create the fields the extension needs if missing. */
  connect(): Promise<CrmAccount>;
  owners(): Promise<CrmOwner[]>;
  pipelines(): Promise<CrmPipeline[]>;
  push(request: PushRequest): Promise<PushOutcome>;
  /** What changed in the CRM after `since` (epoch ms) on records the extension pushed. */
  pull(since: number): Promise<PullResult>;
  lookup(person: { email?: string; linkedinUrl?: string }): Promise<CrmMatch | undefined>;
  /** The contacts' lifecycle stages as the portal names them (its own stages among them). */
  lifecycleStages(): Promise<CrmLifecycleStage[]>;
  /** Erase the contact in the CRM for good (a data-protection request). */
  gdprDelete(contactCrmId: string): Promise<void>;
}
