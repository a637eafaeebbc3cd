import type { HubSpotHttp } from './http';
import type { ObjectKind } from './objects';
import { CrmError } from '../errors';
import { type BatchObjects, BatchObjectsSchema, DefaultAssociationsSchema, type HubSpotObject, SearchSchema } from './schemas';

/**
 * HubSpot's CRM endpoints as the connector calls them, each at most 100 inputs a call
 * (callers chunk). Request bodies follow HubSpot's OpenAPI documents to the letter
 * (the test server checks them): a search sends every field the document requires.
 */

export const BATCH_SIZE = 100;
/** HubSpot's largest search page. */
const SEARCH_PAGE = 200;

export function chunks<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type Filter = { propertyName: string; operator: 'EQ' | 'IN' | 'GT' | 'GTE' | 'HAS_PROPERTY'; value?: string; values?: string[] };

/** HubSpot's search limits: filter groups a search, values an IN filter. */
export const SEARCH_GROUPS = 5;
export const IN_VALUES = 100;

/** One IN filter a group over `values` (OR between groups), at most `groups` groups: values beyond are left out. */
export function inGroups(propertyName: string, values: readonly string[], groups: number): Filter[][] {
  return chunks([...new Set(values)], IN_VALUES)
    .slice(0, Math.max(0, groups))
    .map((chunk) => [{ propertyName, operator: 'IN' as const, values: chunk }]);
}

/** Every result of a search (OR between groups), page after page. */
export async function searchAll(http: HubSpotHttp, kind: ObjectKind, groups: Filter[][], properties: string[], sorts: string[] = []): Promise<HubSpotObject[]> {
  const results: HubSpotObject[] = [];
  await searchPages(http, kind, groups, properties, sorts, Number.POSITIVE_INFINITY, (page) => results.push(...page));
  return results;
}

/**
 * A search's pages, each handed to `take`, until the last or until `cap` results were read
 * (HubSpot's search stops at 10,000: a page past them answers 400). True when every result was read.
 */
export async function searchPages(http: HubSpotHttp, kind: ObjectKind, groups: Filter[][], properties: string[], sorts: string[], cap: number, take: (page: HubSpotObject[]) => void): Promise<boolean> {
  const filterGroups = groups.filter((g) => g.length > 0).map((filters) => ({ filters }));
  if (filterGroups.length === 0) return true;
  let after = '0';
  let read = 0;
  for (;;) {
    const page = await http.request('POST', `/crm/v3/objects/${kind}/search`, {
      body: { filterGroups, sorts, properties, limit: SEARCH_PAGE, after },
      schema: SearchSchema,
    });
    take(page.results);
    read += page.results.length;
    const next = page.paging?.next?.after;
    if (!next || page.results.length === 0) return true;
    // HubSpot's cursor is the offset of the next page: one at the cap would answer 400.
    if (read >= cap || Number(next) >= cap) return false;
    after = next;
  }
}

/**
 * A 207 answer's per-input errors: HubSpot applied the rest. What it refused is not reported as
 * pushed: the push fails as `rejected` (its links are not saved, the checkpoint stays, the rep is
 * told), and runs again whole next round (upserts and searches find what this one made). Errors of
 * the categories in `allowed` are the caller's to read.
 */
function refuseErrors(what: string, answer: BatchObjects, allowed: readonly string[] = []): void {
  const refused = (answer.errors ?? []).filter((e) => !allowed.includes(e.category ?? ''));
  if (refused.length === 0) return;
  const first = refused[0]!;
  throw new CrmError('rejected', `${what}: ${refused.length} refused (${`${first.category ?? ''} ${first.message}`.trim().slice(0, 200)})`, 207);
}

export async function batchUpsert(http: HubSpotHttp, kind: ObjectKind, idProperty: string, inputs: { id: string; properties: Record<string, string> }[]): Promise<HubSpotObject[]> {
  if (inputs.length === 0) return [];
  const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/upsert`, {
    body: { inputs: inputs.map((i) => ({ id: i.id, idProperty, properties: i.properties })) },
    schema: BatchObjectsSchema,
  });
  refuseErrors(`POST /crm/v3/objects/${kind}/batch/upsert`, answer);
  return answer.results;
}

/** The id of the record HubSpot says already holds a unique value (409: "… already exists. Existing ID: 123"). */
export function existingIdOf(error: unknown): string | undefined {
  if (!(error instanceof CrmError) || error.status !== 409) return undefined;
  return /Existing ID:\s*(\d+)/i.exec(error.message)?.[1];
}

/** Updates by HubSpot id; ids HubSpot no longer has come back in `missing`. */
export async function batchUpdate(http: HubSpotHttp, kind: ObjectKind, inputs: { id: string; properties: Record<string, string> }[]): Promise<{ results: HubSpotObject[]; missing: string[] }> {
  if (inputs.length === 0) return { results: [], missing: [] };
  const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/update`, { body: { inputs }, schema: BatchObjectsSchema });
  // Ids HubSpot no longer has come back as OBJECT_NOT_FOUND errors: the caller forgets them.
  refuseErrors(`POST /crm/v3/objects/${kind}/batch/update`, answer, ['OBJECT_NOT_FOUND']);
  const done = new Set(answer.results.map((r) => r.id));
  return { results: answer.results, missing: inputs.map((i) => i.id).filter((id) => !done.has(id)) };
}

export type NewObject = { properties: Record<string, string>; associations: { to: { id: string }; types: { associationCategory: 'HUBSPOT_DEFINED'; associationTypeId: number }[] }[] };

/** Creates: not safe to send twice, so never resent on a lost answer (see http.ts). */
export async function batchCreate(http: HubSpotHttp, kind: ObjectKind, inputs: NewObject[]): Promise<HubSpotObject[]> {
  if (inputs.length === 0) return [];
  const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/create`, { body: { inputs }, schema: BatchObjectsSchema, idempotent: false });
  refuseErrors(`POST /crm/v3/objects/${kind}/batch/create`, answer);
  return answer.results;
}

export async function batchRead(http: HubSpotHttp, kind: ObjectKind, ids: string[], properties: string[], propertiesWithHistory: string[]): Promise<HubSpotObject[]> {
  if (ids.length === 0) return [];
  const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/read`, {
    body: { inputs: ids.map((id) => ({ id })), properties, propertiesWithHistory },
    schema: BatchObjectsSchema,
  });
  return answer.results;
}

/** HubSpot's default (unlabelled) association for each pair; associating twice is harmless. */
export async function associateDefault(http: HubSpotHttp, from: ObjectKind, to: ObjectKind, pairs: [string, string][]): Promise<void> {
  for (const chunk of chunks(pairs)) {
    await http.request('POST', `/crm/v4/associations/${from}/${to}/batch/associate/default`, {
      body: { inputs: chunk.map(([a, b]) => ({ from: { id: a }, to: { id: b } })) },
      schema: DefaultAssociationsSchema,
    });
  }
}
