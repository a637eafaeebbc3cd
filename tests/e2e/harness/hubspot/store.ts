/**
 * The test server's portal: CRM objects with property history, associations, pipelines,
 * property definitions, owners and the account. Plain data, changed only by the handlers
 * (and by tests, through the same methods, to play "someone edited this in HubSpot").
 */

export const OBJECT_TYPES = ['contacts', 'companies', 'deals', 'notes', 'tasks'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** Object type ids HubSpot uses beside the names. */
const TYPE_IDS: Record<ObjectType, string> = { contacts: '0-1', companies: '0-2', deals: '0-3', notes: '0-46', tasks: '0-27' };

export function objectTypeOf(nameOrId: string): ObjectType | undefined {
  const lower = nameOrId.toLowerCase();
  if ((OBJECT_TYPES as readonly string[]).includes(lower)) return lower as ObjectType;
  const singular = OBJECT_TYPES.find((t) => t === `${lower}s` || t === `${lower}es` || (lower === 'company' && t === 'companies'));
  if (singular) return singular;
  return OBJECT_TYPES.find((t) => TYPE_IDS[t] === nameOrId);
}

export function typeIdOf(type: ObjectType): string {
  return TYPE_IDS[type];
}

export type PropertyVersion = { value: string; timestamp: number; sourceType: string };

export type CrmObject = {
  id: string;
  type: ObjectType;
  properties: Record<string, string>;
  /** Newest first, as HubSpot lists it. */
  history: Record<string, PropertyVersion[]>;
  createdAt: number;
  updatedAt: number;
  archivedAt?: number;
};

export type PropertyDefinition = {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  groupName: string;
  description: string;
  hasUniqueValue: boolean;
  hubspotDefined: boolean;
  createdAt: number;
  /** The choices of an enumeration (lifecycle stages: HubSpot's defaults, and a portal's own). */
  options?: PropertyOption[];
};

export type PropertyOption = { label: string; value: string; displayOrder: number; hidden: boolean };

/** HubSpot's default lifecycle stages; a portal may add its own (ids are numbers then) and hide these. */
/** Some of HubSpot's ~150 default industries (value and label as HubSpot names them). */
const INDUSTRIES: PropertyOption[] = [
  ['COMPUTER_SOFTWARE', 'Computer Software'],
  ['INFORMATION_TECHNOLOGY_AND_SERVICES', 'Information Technology and Services'],
  ['FINANCIAL_SERVICES', 'Financial Services'],
  ['MARKETING_AND_ADVERTISING', 'Marketing and Advertising'],
  ['MANAGEMENT_CONSULTING', 'Management Consulting'],
  ['BANKING', 'Banking'],
].map(([value, label], displayOrder) => ({ value: value!, label: label!, displayOrder, hidden: false }));

const LIFECYCLE_STAGES: PropertyOption[] = [
  ['subscriber', 'Subscriber'],
  ['lead', 'Lead'],
  ['marketingqualifiedlead', 'Marketing Qualified Lead'],
  ['salesqualifiedlead', 'Sales Qualified Lead'],
  ['opportunity', 'Opportunity'],
  ['customer', 'Customer'],
  ['evangelist', 'Evangelist'],
  ['other', 'Other'],
].map(([value, label], displayOrder) => ({ value: value!, label: label!, displayOrder, hidden: false }));

export type Association = { fromType: ObjectType; fromId: string; toType: ObjectType; toId: string; typeId: number; category: 'HUBSPOT_DEFINED' };

export type PipelineStage = { id: string; label: string; displayOrder: number; metadata: Record<string, string> };
export type Pipeline = { id: string; label: string; displayOrder: number; stages: PipelineStage[] };

export type Owner = { id: string; email: string; firstName: string; lastName: string; userId: number };

export type Account = { portalId: number; companyCurrency: string; timeZone: string; uiDomain: string; dataHostingLocation: string };

/** HubSpot-defined default association type ids (unlabelled), from → to. */
const DEFAULT_ASSOCIATION: Record<string, number> = {
  'contacts>companies': 279,
  'companies>contacts': 280,
  'deals>contacts': 3,
  'contacts>deals': 4,
  'deals>companies': 341,
  'companies>deals': 342,
  'notes>contacts': 202,
  'contacts>notes': 201,
  'notes>companies': 190,
  'companies>notes': 189,
  'notes>deals': 214,
  'deals>notes': 213,
  'tasks>contacts': 204,
  'contacts>tasks': 203,
  'tasks>companies': 192,
  'companies>tasks': 191,
  'tasks>deals': 216,
  'deals>tasks': 215,
};

export function defaultAssociationType(from: ObjectType, to: ObjectType): number | undefined {
  return DEFAULT_ASSOCIATION[`${from}>${to}`];
}

/** The property HubSpot keeps as "last modified" per object type. */
export function lastModifiedProperty(type: ObjectType): string {
  return type === 'contacts' ? 'lastmodifieddate' : 'hs_lastmodifieddate';
}

const BUILT_IN_PROPERTIES: Record<ObjectType, string[]> = {
  contacts: ['email', 'firstname', 'lastname', 'jobtitle', 'company', 'phone', 'website', 'city', 'lifecyclestage', 'hubspot_owner_id', 'hs_linkedin_url', 'createdate', 'lastmodifieddate', 'hs_object_id'],
  companies: ['name', 'domain', 'industry', 'city', 'website', 'linkedin_company_page', 'hubspot_owner_id', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  deals: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'deal_currency_code', 'hubspot_owner_id', 'createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  notes: ['hs_note_body', 'hs_timestamp', 'hubspot_owner_id', 'hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  tasks: ['hs_task_subject', 'hs_task_body', 'hs_task_status', 'hs_task_priority', 'hs_task_type', 'hs_timestamp', 'hubspot_owner_id', 'hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
};

const DEFAULT_PIPELINE: Pipeline = {
  id: 'default',
  label: 'Sales Pipeline',
  displayOrder: 0,
  stages: [
    { id: 'appointmentscheduled', label: 'Appointment Scheduled', displayOrder: 0, metadata: { isClosed: 'false', probability: '0.2' } },
    { id: 'qualifiedtobuy', label: 'Qualified To Buy', displayOrder: 1, metadata: { isClosed: 'false', probability: '0.4' } },
    { id: 'presentationscheduled', label: 'Presentation Scheduled', displayOrder: 2, metadata: { isClosed: 'false', probability: '0.6' } },
    { id: 'decisionmakerboughtin', label: 'Decision Maker Bought-In', displayOrder: 3, metadata: { isClosed: 'false', probability: '0.8' } },
    { id: 'contractsent', label: 'Contract Sent', displayOrder: 4, metadata: { isClosed: 'false', probability: '0.9' } },
    { id: 'closedwon', label: 'Closed Won', displayOrder: 5, metadata: { isClosed: 'true', probability: '1.0' } },
    { id: 'closedlost', label: 'Closed Lost', displayOrder: 6, metadata: { isClosed: 'true', probability: '0.0' } },
  ],
};

export class HubSpotStore {
  readonly objects = new Map<ObjectType, Map<string, CrmObject>>(OBJECT_TYPES.map((t) => [t, new Map()]));
  readonly definitions = new Map<ObjectType, Map<string, PropertyDefinition>>();
  associations: Association[] = [];
  pipelines: Pipeline[] = [structuredClone(DEFAULT_PIPELINE)];
  owners: Owner[] = [
    { id: '501', email: 'ana.rep@example.com', firstName: 'Ana', lastName: 'Rep', userId: 9001 },
    { id: '502', email: 'bo.rep@example.com', firstName: 'Bo', lastName: 'Rep', userId: 9002 },
  ];
  account: Account = { portalId: 4_242_424, companyCurrency: 'EUR', timeZone: 'Europe/Warsaw', uiDomain: 'app-eu1.hubspot.com', dataHostingLocation: 'eu1' };
  /**
   * HubSpot's search index trails its writes ("it may take a few moments for created or updated
   * objects to appear in search"): objects made less than this long ago are not found by a search
   * yet (reads by id, upserts and associations see them at once). 0: searches see everything.
   */
  searchLagMs = 0;
  /** Contacts a GDPR delete removed, by id (HubSpot forgets them; tests check they are gone). */
  readonly purged = new Set<string>();
  private nextId = 10_001;

  constructor(private readonly now: () => number) {
    for (const type of OBJECT_TYPES) {
      const defs = new Map<string, PropertyDefinition>();
      for (const name of BUILT_IN_PROPERTIES[type]) {
        defs.set(name, { name, label: name, type: 'string', fieldType: 'text', groupName: 'hubspot', description: '', hasUniqueValue: name === 'email' || name === 'hs_object_id', hubspotDefined: true, createdAt: 0 });
        if (name === 'lifecyclestage') defs.set(name, { ...defs.get(name)!, type: 'enumeration', fieldType: 'radio', options: structuredClone(LIFECYCLE_STAGES) });
        // HubSpot's company industry is a dropdown of its own values (LinkedIn's former industry names), not free text.
        if (name === 'industry') defs.set(name, { ...defs.get(name)!, type: 'enumeration', fieldType: 'select', options: structuredClone(INDUSTRIES) });
      }
      this.definitions.set(type, defs);
    }
  }

  /** A lifecycle stage of the portal's own, as HubSpot names custom ones (a numeric id). */
  addLifecycleStage(value: string, label: string): void {
    const options = this.definitions.get('contacts')!.get('lifecyclestage')!.options!;
    options.push({ value, label, displayOrder: options.length, hidden: false });
  }

  table(type: ObjectType): Map<string, CrmObject> {
    return this.objects.get(type)!;
  }

  /** Live (not archived) objects of a type. */
  live(type: ObjectType): CrmObject[] {
    return [...this.table(type).values()].filter((o) => o.archivedAt === undefined);
  }

  create(type: ObjectType, properties: Record<string, string>, sourceType = 'INTEGRATION'): CrmObject {
    const at = this.now();
    const id = String(this.nextId++);
    const object: CrmObject = { id, type, properties: {}, history: {}, createdAt: at, updatedAt: at };
    this.table(type).set(id, object);
    const created = type === 'notes' || type === 'tasks' ? 'hs_createdate' : 'createdate';
    this.write(object, { ...properties, [created]: String(at), hs_object_id: id }, sourceType);
    return object;
  }

  /** Set properties, keeping each changed value's history (newest first) and the modified date. */
  write(object: CrmObject, properties: Record<string, string>, sourceType = 'INTEGRATION'): void {
    const at = this.now();
    let changed = false;
    for (const [name, value] of Object.entries(properties)) {
      if (object.properties[name] === value) continue;
      object.properties[name] = value;
      (object.history[name] ??= []).unshift({ value, timestamp: at, sourceType });
      changed = true;
    }
    if (!changed) return;
    object.updatedAt = at;
    const modified = lastModifiedProperty(object.type);
    object.properties[modified] = String(at);
    (object.history[modified] ??= []).unshift({ value: String(at), timestamp: at, sourceType: 'CALCULATED' });
  }

  archive(object: CrmObject): void {
    object.archivedAt = this.now();
  }

  /** Find a live object by id, or by a unique property's value. */
  find(type: ObjectType, id: string, idProperty?: string): CrmObject | undefined {
    if (!idProperty || idProperty === 'hs_object_id') {
      const object = this.table(type).get(id);
      return object && object.archivedAt === undefined ? object : undefined;
    }
    const wanted = idProperty === 'email' ? id.toLowerCase() : id;
    return this.live(type).find((o) => (idProperty === 'email' ? o.properties.email?.toLowerCase() : o.properties[idProperty]) === wanted);
  }

  isUnique(type: ObjectType, property: string): boolean {
    return this.definitions.get(type)?.get(property)?.hasUniqueValue ?? false;
  }

  associate(fromType: ObjectType, fromId: string, toType: ObjectType, toId: string, typeId: number): void {
    const pairs: [ObjectType, string, ObjectType, string, number][] = [[fromType, fromId, toType, toId, typeId]];
    const reverse = defaultAssociationType(toType, fromType);
    if (reverse !== undefined) pairs.push([toType, toId, fromType, fromId, reverse]);
    for (const [ft, fi, tt, ti, t] of pairs) {
      const exists = this.associations.some((a) => a.fromType === ft && a.fromId === fi && a.toType === tt && a.toId === ti && a.typeId === t);
      if (!exists) this.associations.push({ fromType: ft, fromId: fi, toType: tt, toId: ti, typeId: t, category: 'HUBSPOT_DEFINED' });
    }
  }

  associationsOf(fromType: ObjectType, fromId: string, toType: ObjectType): Association[] {
    return this.associations.filter((a) => a.fromType === fromType && a.fromId === fromId && a.toType === toType);
  }

  /** The GDPR delete: the contact and its associations are gone for good. */
  purgeContact(id: string): boolean {
    const contact = this.table('contacts').get(id);
    if (!contact) return false;
    this.table('contacts').delete(id);
    this.associations = this.associations.filter((a) => !((a.fromType === 'contacts' && a.fromId === id) || (a.toType === 'contacts' && a.toId === id)));
    this.purged.add(id);
    return true;
  }
}
