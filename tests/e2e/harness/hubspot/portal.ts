import { type HubSpotStore, type ObjectType, type PropertyDefinition, defaultAssociationType, objectTypeOf, typeIdOf } from './store';
import { BATCH_LIMIT } from './objects';
import { type Reply, apiError, iso, list } from './reply';

/**
 * The endpoints around the objects: associations v4, pipelines, property definitions,
 * owners and account details.
 */

type Body = Record<string, unknown>;

function typeParam(value: string | undefined): ObjectType | Reply {
  const type = value ? objectTypeOf(value) : undefined;
  return type ?? apiError(400, 'VALIDATION_ERROR', `Unable to infer object type from: ${value}`);
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'status' in value;
}

function batchDone(status: number, results: unknown[], now: number, errors: unknown[] = []): Reply {
  const body: Record<string, unknown> = { status: 'COMPLETE', results, startedAt: iso(now), completedAt: iso(now) };
  return errors.length > 0 ? { status: 207, body: { ...body, errors, numErrors: errors.length } } : { status, body };
}

export function handleAssociations(store: HubSpotStore, template: string, params: Record<string, string>, body: Body, now: number): Reply {
  const from = typeParam(params.fromObjectType ?? params.objectType);
  const to = typeParam(params.toObjectType);
  if (isReply(from)) return from;
  if (isReply(to)) return to;
  const inputs = (body.inputs ?? []) as Body[];
  if (inputs.length > BATCH_LIMIT) return apiError(400, 'VALIDATION_ERROR', `Batch size ${inputs.length} exceeds the limit of ${BATCH_LIMIT} inputs.`);
  const exists = (type: ObjectType, id: string) => store.find(type, id) !== undefined;
  const missing = (pairs: [string, string][]) => pairs.filter(([a, b]) => !exists(from, a) || !exists(to, b)).map(([a, b]) => `${a}->${b}`);
  const notFound = (ids: string[]) => ({ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Some objects of the associations do not exist.', context: { ids }, errors: [], links: {} });

  if (template.endsWith('/batch/associate/default')) {
    const pairs = inputs.map((i) => [(i.from as { id: string }).id, (i.to as { id: string }).id] as [string, string]);
    const absent = missing(pairs);
    if (absent.length > 0) return apiError(400, 'VALIDATION_ERROR', `Objects do not exist: ${absent.join(', ')}`);
    const typeId = defaultAssociationType(from, to);
    if (typeId === undefined) return apiError(400, 'VALIDATION_ERROR', `No default association from ${from} to ${to}`);
    for (const [a, b] of pairs) store.associate(from, a, to, b, typeId);
    return batchDone(200, pairs.map(([a, b]) => ({ from: { id: a }, to: { id: b }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId } })), now);
  }
  if (template.endsWith('/batch/create')) {
    const results: unknown[] = [];
    const absentAll: string[] = [];
    for (const input of inputs) {
      const a = (input.from as { id: string }).id;
      const b = (input.to as { id: string }).id;
      if (missing([[a, b]]).length > 0) {
        absentAll.push(`${a}->${b}`);
        continue;
      }
      for (const spec of input.types as { associationTypeId: number }[]) store.associate(from, a, to, b, spec.associationTypeId);
      results.push({ fromObjectTypeId: typeIdOf(from), fromObjectId: a, toObjectTypeId: typeIdOf(to), toObjectId: b, labels: [] });
    }
    return batchDone(201, results, now, absentAll.length > 0 ? [notFound(absentAll)] : []);
  }
  if (template.endsWith('/batch/read')) {
    const results = inputs.map((input) => {
      const id = String(input.id);
      const byTarget = new Map<string, { category: string; typeId: number; label?: string }[]>();
      for (const a of store.associationsOf(from, id, to)) {
        const types = byTarget.get(a.toId) ?? [];
        types.push({ category: a.category, typeId: a.typeId });
        byTarget.set(a.toId, types);
      }
      return { from: { id }, to: [...byTarget].map(([toObjectId, associationTypes]) => ({ toObjectId, associationTypes })) };
    });
    return batchDone(200, results, now);
  }
  if (template.includes('/associations/default/')) {
    const a = params.fromObjectId ?? '';
    const b = params.toObjectId ?? '';
    if (missing([[a, b]]).length > 0) return apiError(404, 'OBJECT_NOT_FOUND', 'resource not found');
    const typeId = defaultAssociationType(from, to);
    if (typeId === undefined) return apiError(400, 'VALIDATION_ERROR', `No default association from ${from} to ${to}`);
    store.associate(from, a, to, b, typeId);
    return batchDone(200, [{ from: { id: a }, to: { id: b }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId } }], now);
  }
  return apiError(501, 'NOT_IMPLEMENTED', `The test server does not implement ${template}.`);
}

export function handlePipelines(store: HubSpotStore, params: Record<string, string>): Reply {
  const type = typeParam(params.objectType);
  if (isReply(type)) return type;
  const pipelines = type === 'deals' ? store.pipelines : [];
  const stamp = iso(0);
  const out = pipelines.map((p) => ({
    id: p.id,
    label: p.label,
    displayOrder: p.displayOrder,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
    stages: p.stages.map((s) => ({ id: s.id, label: s.label, displayOrder: s.displayOrder, metadata: s.metadata, archived: false, createdAt: stamp, updatedAt: stamp, writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT' })),
  }));
  if (params.pipelineId) {
    const one = out.find((p) => p.id === params.pipelineId);
    return one ? { status: 200, body: one } : apiError(404, 'OBJECT_NOT_FOUND', 'resource not found');
  }
  return list(out);
}

function propertyOut(def: PropertyDefinition): Record<string, unknown> {
  return {
    name: def.name,
    label: def.label,
    type: def.type,
    fieldType: def.fieldType,
    groupName: def.groupName,
    description: def.description,
    options: (def.options ?? []).map((o) => ({ ...o })),
    hasUniqueValue: def.hasUniqueValue,
    hubspotDefined: def.hubspotDefined,
    createdAt: iso(def.createdAt),
    updatedAt: iso(def.createdAt),
    archived: false,
    formField: false,
    hidden: false,
    calculated: false,
    externalOptions: false,
    displayOrder: -1,
    modificationMetadata: { archivable: !def.hubspotDefined, readOnlyDefinition: def.hubspotDefined, readOnlyValue: false },
  };
}

export function handleProperties(store: HubSpotStore, method: string, params: Record<string, string>, body: Body, now: number): Reply {
  const type = typeParam(params.objectType);
  if (isReply(type)) return type;
  const defs = store.definitions.get(type)!;
  if (params.propertyName !== undefined) {
    const def = defs.get(params.propertyName);
    if (method === 'GET') return def ? { status: 200, body: propertyOut(def) } : apiError(404, 'OBJECT_NOT_FOUND', `Unable to find property ${params.propertyName}`);
    return apiError(501, 'NOT_IMPLEMENTED', 'The test server only reads single properties.');
  }
  if (method === 'GET') return list([...defs.values()].map(propertyOut));
  if (method === 'POST') {
    const name = String(body.name);
    if (defs.has(name)) return apiError(409, 'OBJECT_ALREADY_EXISTS', `A property named '${name}' already exists.`);
    if (!/^[a-z][a-z0-9_]*$/.test(name)) return apiError(400, 'VALIDATION_ERROR', `Property name '${name}' is not valid.`);
    const def: PropertyDefinition = {
      name,
      label: String(body.label),
      type: String(body.type),
      fieldType: String(body.fieldType),
      groupName: String(body.groupName),
      description: typeof body.description === 'string' ? body.description : '',
      hasUniqueValue: body.hasUniqueValue === true,
      hubspotDefined: false,
      createdAt: now,
    };
    defs.set(name, def);
    return { status: 201, body: propertyOut(def) };
  }
  return apiError(501, 'NOT_IMPLEMENTED', `The test server does not implement ${method} properties.`);
}

export function handleOwners(store: HubSpotStore, query: URLSearchParams): Reply {
  const limit = Math.min(Number(query.get('limit') ?? 100), 500);
  const offset = Number(query.get('after') ?? 0) || 0;
  const email = query.get('email');
  const all = store.owners.filter((o) => !email || o.email === email);
  const page = all.slice(offset, offset + limit).map((o) => ({ ...o, type: 'PERSON', archived: false, createdAt: iso(0), updatedAt: iso(0), teams: [] }));
  const body: Record<string, unknown> = { results: page };
  if (offset + limit < all.length) body.paging = { next: { after: String(offset + limit) } };
  return { status: 200, body };
}

export function handleAccount(store: HubSpotStore): Reply {
  const a = store.account;
  return {
    status: 200,
    body: {
      portalId: a.portalId,
      accountType: 'STANDARD',
      timeZone: a.timeZone,
      companyCurrency: a.companyCurrency,
      additionalCurrencies: [],
      utcOffset: '+01:00',
      utcOffsetMilliseconds: 3_600_000,
      uiDomain: a.uiDomain,
      dataHostingLocation: a.dataHostingLocation,
    },
  };
}
