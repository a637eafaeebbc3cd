import type { HubSpotHttp } from './http';
import type { ObjectKind } from './objects';
import { CrmError } from '../errors';
import { RECORD_ID } from './fields';
import { isolating, splitAnswer, type Written } from './refusals';
import { BatchObjectsSchema, DefaultAssociationsSchema, type HubSpotObject, SearchSchema } from './schemas';

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

export type WriteInput = { id: string; properties: Record<string, string>; /** Our record's id, sent as `objectWriteTraceId`: HubSpot's errors name the input by it. */ trace?: string };

const recordIdOf = (idProperty: string) => (object: HubSpotObject) => object.properties[idProperty] ?? undefined;

/**
 * Upserts by a unique property (ours: the record id). Inputs HubSpot refuses (a 400 for the
 * batch, split until found; a 207's errors) come back in `refused`, the rest are written.
 */
export async function batchUpsert(http: HubSpotHttp, kind: ObjectKind, idProperty: string, inputs: WriteInput[]): Promise<Written> {
  if (inputs.length === 0) return { results: [], refused: [], missing: [] };
  const what = `POST /crm/v3/objects/${kind}/batch/upsert`;
  return isolating(
    inputs.map((i) => ({ ...i, trace: i.trace ?? i.id })),
    async (part) => {
      const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/upsert`, {
        body: { inputs: part.map((i) => ({ id: i.id, idProperty, properties: i.properties, objectWriteTraceId: i.trace })) },
        schema: BatchObjectsSchema,
      });
      return splitAnswer(what, answer, part, recordIdOf(idProperty));
    },
  );
}

/** The id of the record HubSpot says already holds a unique value (409: "… already exists. Existing ID: 123"). */
export function existingIdOf(error: unknown): string | undefined {
  if (!(error instanceof CrmError) || error.status !== 409) return undefined;
  return /Existing ID:\s*(\d+)/i.exec(error.message)?.[1];
}

/**
 * Updates by HubSpot id; ids HubSpot no longer has come back in `missing` (its OBJECT_NOT_FOUND
 * errors: the caller forgets them), inputs it refuses in `refused` (by `trace`, else the id).
 */
export async function batchUpdate(http: HubSpotHttp, kind: ObjectKind, inputs: WriteInput[]): Promise<Written> {
  if (inputs.length === 0) return { results: [], refused: [], missing: [] };
  const what = `POST /crm/v3/objects/${kind}/batch/update`;
  const written = await isolating(
    inputs.map((i) => ({ ...i, trace: i.trace ?? i.id })),
    async (part) => {
      const body = { inputs: part.map((i) => ({ id: i.id, properties: i.properties, objectWriteTraceId: i.trace })) };
      const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/update`, { body, schema: BatchObjectsSchema });
      return splitAnswer(what, answer, part, (o) => o.id, 'OBJECT_NOT_FOUND');
    },
  );
  // Ids an error named missing, and ids the answer left out without naming: both are gone.
  const done = new Set(written.results.map((r) => r.id));
  const refused = new Set(written.refused.map((r) => r.trace));
  const missing = inputs.filter((i) => !done.has(i.id) && !refused.has(i.trace ?? i.id)).map((i) => i.id);
  return { ...written, missing };
}

export type NewObject = {
  properties: Record<string, string>;
  associations: { to: { id: string }; types: { associationCategory: 'HUBSPOT_DEFINED'; associationTypeId: number }[] }[];
  /** Our record's id (its `prospecting_record_id`), sent as `objectWriteTraceId`. */
  trace: string;
};

/**
 * Creates: not safe to send twice, so never resent on a lost answer (see http.ts). A 400 applied
 * nothing, so the halves of a refused batch are sent again (refusals.ts); a 207 is never resent.
 */
export async function batchCreate(http: HubSpotHttp, kind: ObjectKind, inputs: NewObject[]): Promise<Written> {
  if (inputs.length === 0) return { results: [], refused: [], missing: [] };
  const what = `POST /crm/v3/objects/${kind}/batch/create`;
  return isolating(inputs, async (part) => {
    const body = { inputs: part.map((i) => ({ properties: i.properties, associations: i.associations, objectWriteTraceId: i.trace })) };
    const answer = await http.request('POST', `/crm/v3/objects/${kind}/batch/create`, { body, schema: BatchObjectsSchema, idempotent: false });
    return splitAnswer(what, answer, part, recordIdOf(RECORD_ID));
  });
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
