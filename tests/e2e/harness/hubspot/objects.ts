import { type CrmObject, type HubSpotStore, type ObjectType, OBJECT_TYPES } from './store';
import { type Reply, apiError, iso } from './reply';

/**
 * The CRM object endpoints (contacts, companies, deals, notes, tasks): single and batch
 * create / read / update / upsert / archive, search, and the contacts' GDPR delete.
 * Limits as HubSpot documents them: 100 inputs a batch, 200 results a search page,
 * 5 filter groups of at most 6 filters (18 in all), 100 values in an IN filter.
 */

export const BATCH_LIMIT = 100;
const SEARCH_PAGE_LIMIT = 200;
/** HubSpot's search gives at most 10,000 results a query: paging past them answers 400 (its search guide). */
export const SEARCH_TOTAL_LIMIT = 10_000;

type Body = Record<string, unknown>;
type Filter = { propertyName: string; operator: string; value?: string; values?: string[]; highValue?: string };

export function toPublic(object: CrmObject, wanted?: readonly string[], withHistory?: readonly string[]): Record<string, unknown> {
  const defaults = ['hs_object_id', object.type === 'contacts' ? 'lastmodifieddate' : 'hs_lastmodifieddate', object.type === 'notes' || object.type === 'tasks' ? 'hs_createdate' : 'createdate'];
  const names = wanted && wanted.length > 0 ? [...new Set([...defaults, ...wanted])] : Object.keys(object.properties);
  const properties: Record<string, string> = {};
  for (const name of names) if (object.properties[name] !== undefined) properties[name] = object.properties[name];
  const out: Record<string, unknown> = { id: object.id, properties, createdAt: iso(object.createdAt), updatedAt: iso(object.updatedAt), archived: object.archivedAt !== undefined };
  if (object.archivedAt !== undefined) out.archivedAt = iso(object.archivedAt);
  if (withHistory && withHistory.length > 0) {
    const history: Record<string, unknown[]> = {};
    for (const name of withHistory) {
      history[name] = (object.history[name] ?? []).map((v) => ({ value: v.value, timestamp: iso(v.timestamp), sourceType: v.sourceType }));
    }
    out.propertiesWithHistory = history;
  }
  return out;
}

function batchReply(status: number, results: unknown[], errors: unknown[], started: number, now: number): Reply {
  const body: Record<string, unknown> = { status: 'COMPLETE', results, startedAt: iso(started), completedAt: iso(now) };
  if (errors.length > 0) return { status: 207, body: { ...body, errors, numErrors: errors.length } };
  return { status, body };
}

function notFound(ids: string[]): Record<string, unknown> {
  return { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some objects, they may be deleted or not exist.', context: { ids }, errors: [], links: {} };
}

/** A unique property value another live object already holds. */
function conflictOf(store: HubSpotStore, type: ObjectType, properties: Record<string, string>, self?: string): string | undefined {
  for (const [name, value] of Object.entries(properties)) {
    if (!value || !store.isUnique(type, name) || name === 'hs_object_id') continue;
    const holder = store.find(type, value, name);
    if (holder && holder.id !== self) return holder.id;
  }
  return undefined;
}

function tooMany(inputs: unknown[]): Reply | undefined {
  if (inputs.length > BATCH_LIMIT) return apiError(400, 'VALIDATION_ERROR', `Batch size ${inputs.length} exceeds the limit of ${BATCH_LIMIT} inputs.`);
  return undefined;
}

function unknownProperties(store: HubSpotStore, type: ObjectType, properties: Record<string, string>): Reply | undefined {
  const defs = store.definitions.get(type)!;
  const unknown = Object.keys(properties).filter((name) => !defs.has(name));
  if (unknown.length === 0) return undefined;
  return apiError(400, 'VALIDATION_ERROR', `Property values were not valid: ${unknown.map((n) => `Property "${n}" does not exist`).join(', ')}`);
}

/**
 * HubSpot's check of the `email` property, stricter than the extension's: a dot-atom local part
 * (no leading, trailing or doubled dot) and a domain ending in a top-level domain of letters.
 */
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/**
 * Values HubSpot refuses for the whole request (400 VALIDATION_ERROR, nothing applied): an e-mail
 * that is not an address. HubSpot's message embeds its per-property errors as JSON, as here.
 */
function invalidValues(type: ObjectType, properties: Record<string, string>): Reply | undefined {
  const email = properties.email;
  if (type !== 'contacts' || email === undefined || email === '' || EMAIL.test(email)) return undefined;
  const said = `Email address ${email} is invalid`;
  const detail = [{ isValid: false, message: said, error: 'INVALID_EMAIL', name: 'email', localizedErrorMessage: said }];
  return apiError(400, 'VALIDATION_ERROR', `Property values were not valid: ${JSON.stringify(detail)}`);
}

/** A value an enumeration (a dropdown: industry, lifecycle stage) does not offer: HubSpot's INVALID_OPTION. */
function invalidOptions(store: HubSpotStore, type: ObjectType, properties: Record<string, string>): Reply | undefined {
  const defs = store.definitions.get(type)!;
  for (const [name, value] of Object.entries(properties)) {
    const options = defs.get(name)?.options;
    if (!options || value === '' || options.some((o) => o.value === value)) continue;
    const said = `${value} was not one of the allowed options: ${options.map((o) => `[label: "${o.label}" value: "${o.value}"]`).join(', ')}`;
    const detail = [{ isValid: false, message: said, error: 'INVALID_OPTION', name, localizedErrorMessage: said }];
    return apiError(400, 'VALIDATION_ERROR', `Property values were not valid: ${JSON.stringify(detail)}`);
  }
  return undefined;
}

/** Everything HubSpot checks of an input's properties before it applies any input of the batch. */
function refusedProperties(store: HubSpotStore, type: ObjectType, properties: Record<string, string>): Reply | undefined {
  return unknownProperties(store, type, properties) ?? invalidValues(type, properties) ?? invalidOptions(store, type, properties);
}

function applyAssociations(store: HubSpotStore, type: ObjectType, id: string, associations: unknown): Reply | undefined {
  for (const association of (associations as { to: { id: string }; types: { associationTypeId: number }[] }[] | undefined) ?? []) {
    const target = OBJECT_TYPES.map((t) => store.find(t, association.to.id)).find(Boolean);
    if (!target) return apiError(400, 'VALIDATION_ERROR', `Association target ${association.to.id} does not exist`);
    for (const spec of association.types) store.associate(type, id, target.type, target.id, spec.associationTypeId);
  }
  return undefined;
}

function create(store: HubSpotStore, type: ObjectType, input: Body): Reply | CrmObject {
  const properties = (input.properties ?? {}) as Record<string, string>;
  const invalid = refusedProperties(store, type, properties);
  if (invalid) return invalid;
  const holder = conflictOf(store, type, properties);
  if (holder) return apiError(409, 'CONFLICT', `${type === 'contacts' ? 'Contact' : 'Object'} already exists. Existing ID: ${holder}`);
  const object = store.create(type, properties);
  const failed = applyAssociations(store, type, object.id, input.associations);
  if (failed) {
    store.table(type).delete(object.id);
    return failed;
  }
  return object;
}

function isReply(value: Reply | CrmObject): value is Reply {
  return 'status' in value && !('id' in value);
}

function compare(actual: string | undefined, filter: Filter): boolean {
  const a = actual ?? '';
  const number = (v: string | undefined) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
  const eq = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  const order = (y: string | undefined) => {
    const nx = number(a);
    const ny = number(y);
    if (nx !== undefined && ny !== undefined) return nx - ny;
    return a.localeCompare(y ?? '');
  };
  switch (filter.operator) {
    case 'EQ':
      return actual !== undefined && eq(a, filter.value ?? '');
    case 'NEQ':
      return !eq(a, filter.value ?? '');
    case 'IN':
      return actual !== undefined && (filter.values ?? []).some((v) => eq(a, v));
    case 'NOT_IN':
      return !(filter.values ?? []).some((v) => eq(a, v));
    case 'HAS_PROPERTY':
      return actual !== undefined && actual !== '';
    case 'NOT_HAS_PROPERTY':
      return actual === undefined || actual === '';
    case 'GT':
      return actual !== undefined && order(filter.value) > 0;
    case 'GTE':
      return actual !== undefined && order(filter.value) >= 0;
    case 'LT':
      return actual !== undefined && order(filter.value) < 0;
    case 'LTE':
      return actual !== undefined && order(filter.value) <= 0;
    case 'BETWEEN':
      return actual !== undefined && order(filter.value) >= 0 && order(filter.highValue) <= 0;
    case 'CONTAINS_TOKEN':
      return a.toLowerCase().split(/\W+/).includes((filter.value ?? '').toLowerCase());
    case 'NOT_CONTAINS_TOKEN':
      return !a.toLowerCase().split(/\W+/).includes((filter.value ?? '').toLowerCase());
    default:
      return false;
  }
}

function search(store: HubSpotStore, type: ObjectType, body: Body, now: number): Reply {
  const groups = (body.filterGroups ?? []) as { filters: Filter[] }[];
  const filterCount = groups.reduce((n, g) => n + g.filters.length, 0);
  if (groups.length > 5 || groups.some((g) => g.filters.length > 6) || filterCount > 18) return apiError(400, 'VALIDATION_ERROR', 'Too many filter groups or filters (at most 5 groups, 6 filters a group, 18 in all).');
  if (groups.some((g) => g.filters.some((f) => (f.values?.length ?? 0) > 100))) return apiError(400, 'VALIDATION_ERROR', 'An IN filter takes at most 100 values.');
  const limit = Number(body.limit ?? 10);
  if (limit > SEARCH_PAGE_LIMIT) return apiError(400, 'VALIDATION_ERROR', `limit must be at most ${SEARCH_PAGE_LIMIT}`);
  const defs = store.definitions.get(type)!;
  const unknown = groups.flatMap((g) => g.filters.map((f) => f.propertyName)).filter((name) => !defs.has(name));
  if (unknown.length > 0) return apiError(400, 'VALIDATION_ERROR', `There was a problem with the request: unknown property ${unknown.join(', ')}`);
  const indexed = store.live(type).filter((o) => o.createdAt <= now - store.searchLagMs);
  let found = indexed.filter((o) => groups.length === 0 || groups.some((g) => g.filters.every((f) => compare(o.properties[f.propertyName], f))));
  if (typeof body.query === 'string' && body.query !== '') {
    const q = body.query.toLowerCase();
    found = found.filter((o) => Object.values(o.properties).some((v) => v.toLowerCase().includes(q)));
  }
  // Sorts are strings here, as the document has them: a property name, '-' first for descending.
  const sorts = ((body.sorts ?? []) as string[]).map((s) => (s.startsWith('-') ? { name: s.slice(1), dir: -1 } : { name: s, dir: 1 }));
  const byId = (a: CrmObject, b: CrmObject) => Number(a.id) - Number(b.id);
  found.sort((a, b) => {
    for (const { name, dir } of sorts) {
      const x = a.properties[name] ?? '';
      const y = b.properties[name] ?? '';
      const nx = Number(x);
      const ny = Number(y);
      const diff = x !== '' && y !== '' && Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
      if (diff !== 0) return diff * dir;
    }
    return byId(a, b);
  });
  const offset = Number(body.after ?? 0) || 0;
  if (offset >= SEARCH_TOTAL_LIMIT) return apiError(400, 'VALIDATION_ERROR', `Search results are limited to ${SEARCH_TOTAL_LIMIT}: there is no page after ${offset}.`);
  const page = found.slice(offset, offset + limit);
  const wanted = (body.properties ?? []) as string[];
  const reply: Record<string, unknown> = { total: found.length, results: page.map((o) => toPublic(o, wanted)) };
  if (offset + limit < found.length) reply.paging = { next: { after: String(offset + limit) } };
  return { status: 200, body: reply };
}

export function handleObjects(store: HubSpotStore, type: ObjectType, rest: string, method: string, body: Body, query: URLSearchParams, now: number): Reply {
  const started = now;
  const wantedOf = (value: string | null) => (value ? value.split(',').filter(Boolean) : undefined);
  if (rest === '' && method === 'POST') {
    const made = create(store, type, body);
    return isReply(made) ? made : { status: 201, body: toPublic(made) };
  }
  if (rest === '' && method === 'GET') {
    const limit = Math.min(Number(query.get('limit') ?? 10), 100);
    const offset = Number(query.get('after') ?? 0) || 0;
    const all = store.live(type);
    const page = all.slice(offset, offset + limit).map((o) => toPublic(o, wantedOf(query.get('properties'))));
    return { status: 200, body: offset + limit < all.length ? { results: page, paging: { next: { after: String(offset + limit) } } } : { results: page } };
  }
  if (rest === '/search') return search(store, type, body, now);
  if (rest === '/gdpr-delete' && type === 'contacts') {
    const idProperty = body.idProperty as string | undefined;
    const contact = store.find('contacts', String(body.objectId), idProperty);
    if (!contact) return apiError(404, 'OBJECT_NOT_FOUND', 'resource not found');
    store.purgeContact(contact.id);
    return { status: 204 };
  }
  const inputs = (body.inputs ?? []) as Body[];
  if (rest.startsWith('/batch/')) {
    const over = tooMany(inputs);
    if (over) return over;
  }
  switch (rest) {
    case '/batch/create': {
      // HubSpot refuses the whole batch when one input conflicts (a unique value already held).
      const made: CrmObject[] = [];
      for (const input of inputs) {
        const result = create(store, type, input);
        if (isReply(result)) {
          for (const object of made) store.table(type).delete(object.id);
          return result;
        }
        made.push(result);
      }
      return batchReply(201, made.map((o) => toPublic(o)), [], started, now);
    }
    case '/batch/read': {
      const idProperty = body.idProperty as string | undefined;
      const results: unknown[] = [];
      const missing: string[] = [];
      for (const input of inputs) {
        const object = store.find(type, String(input.id), idProperty);
        if (object) results.push(toPublic(object, body.properties as string[], body.propertiesWithHistory as string[]));
        else missing.push(String(input.id));
      }
      return batchReply(200, results, missing.length > 0 ? [notFound(missing)] : [], started, now);
    }
    case '/batch/update': {
      // A value HubSpot refuses refuses the whole batch, before any input is applied.
      for (const input of inputs) {
        const invalid = refusedProperties(store, type, (input.properties ?? {}) as Record<string, string>);
        if (invalid) return invalid;
      }
      const results: unknown[] = [];
      const missing: string[] = [];
      for (const input of inputs) {
        const object = store.find(type, String(input.id), input.idProperty as string | undefined);
        if (!object) {
          missing.push(String(input.id));
          continue;
        }
        const properties = input.properties as Record<string, string>;
        const invalid = unknownProperties(store, type, properties);
        if (invalid) return invalid;
        const holder = conflictOf(store, type, properties, object.id);
        if (holder) return apiError(409, 'CONFLICT', `Object already exists. Existing ID: ${holder}`);
        store.write(object, properties);
        results.push(toPublic(object));
      }
      return batchReply(200, results, missing.length > 0 ? [notFound(missing)] : [], started, now);
    }
    case '/batch/upsert': {
      for (const input of inputs) {
        const invalid = refusedProperties(store, type, (input.properties ?? {}) as Record<string, string>);
        if (invalid) return invalid;
      }
      const results: unknown[] = [];
      for (const input of inputs) {
        const idProperty = input.idProperty as string | undefined;
        if (!idProperty || !store.isUnique(type, idProperty)) return apiError(400, 'VALIDATION_ERROR', `Upsert needs idProperty naming a property with unique values (got ${idProperty ?? 'none'}).`);
        const properties = { ...(input.properties as Record<string, string>), [idProperty]: String(input.id) };
        const invalid = unknownProperties(store, type, properties);
        if (invalid) return invalid;
        const existing = store.find(type, String(input.id), idProperty);
        const holder = conflictOf(store, type, properties, existing?.id);
        if (holder) return apiError(409, 'CONFLICT', `Object already exists. Existing ID: ${holder}`);
        if (existing) {
          store.write(existing, properties);
          results.push({ ...toPublic(existing), new: false });
        } else {
          results.push({ ...toPublic(store.create(type, properties)), new: true });
        }
      }
      return batchReply(200, results, [], started, now);
    }
    case '/batch/archive': {
      for (const input of inputs) {
        const object = store.find(type, String(input.id));
        if (object) store.archive(object);
      }
      return { status: 204 };
    }
  }
  const single = /^\/([^/]+)$/.exec(rest);
  if (single) {
    const object = store.find(type, decodeURIComponent(single[1] ?? ''), query.get('idProperty') ?? undefined);
    if (!object) return apiError(404, 'OBJECT_NOT_FOUND', 'resource not found');
    if (method === 'GET') return { status: 200, body: toPublic(object, wantedOf(query.get('properties')), wantedOf(query.get('propertiesWithHistory'))) };
    if (method === 'PATCH') {
      const properties = body.properties as Record<string, string>;
      const invalid = refusedProperties(store, type, properties);
      if (invalid) return invalid;
      store.write(object, properties);
      return { status: 200, body: toPublic(object) };
    }
    if (method === 'DELETE') {
      store.archive(object);
      return { status: 204 };
    }
  }
  return apiError(501, 'NOT_IMPLEMENTED', `The test server does not implement ${method} ${rest || '/'} for ${type}.`);
}

