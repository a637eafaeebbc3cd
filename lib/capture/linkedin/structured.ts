import { classifyLinkedInUrl } from '../linkedin-url';
import { queryAll } from './dom';
import type { CompanyDraft, PageContext, PersonDraft } from './types';

/**
 * Strategy 1: schema.org JSON-LD. The public (logged-out) profile and company pages
 * embed it. A page can also embed OTHER people ("People also viewed"), so a node is
 * only used when its own identity (url / @id / sameAs) is the page's profile.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 500_000;
const MAX_NODES = 2_000;
const MAX_QUEUE = 20_000;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => str(v)).find((v) => v !== undefined);
  return undefined;
}

/** Every JSON object found in JSON-LD scripts: top-level, in arrays and in @graph. */
export function readJsonLd(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]').slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(text) as Json;
    } catch {
      continue; // a broken script is just no data
    }
    // Breadth-first with a read index; bounded so a huge array cannot stall the page.
    const queue: Json[] = [parsed];
    for (let i = 0; i < queue.length && i < MAX_QUEUE && nodes.length < MAX_NODES; i += 1) {
      const item = queue[i];
      if (Array.isArray(item)) {
        for (const child of item) queue.push(child);
      } else if (item !== undefined && isObject(item)) {
        nodes.push(item);
        for (const child of asArray(item['@graph'])) queue.push(child);
      }
    }
  }
  return nodes;
}

export function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/** The URLs a node claims to be. */
export function identitiesOf(node: JsonObject): string[] {
  const ids: string[] = [];
  for (const key of ['url', '@id', 'sameAs', 'mainEntityOfPage']) {
    for (const value of asArray(node[key])) {
      if (typeof value === 'string') ids.push(value);
      else if (isObject(value)) {
        const inner = str(value['@id']) ?? str(value['url']);
        if (inner) ids.push(inner);
      }
    }
  }
  return ids;
}

/** Canonical LinkedIn URLs a node claims, e.g. for identity comparison. */
export function canonicalIdentities(node: JsonObject): string[] {
  return identitiesOf(node)
    .map((id) => classifyLinkedInUrl(id))
    .flatMap((page) => (page.kind === 'other' ? [] : [page.canonicalUrl]));
}

function isPageNode(node: JsonObject, canonicalUrl: string): boolean {
  return canonicalIdentities(node).includes(canonicalUrl);
}

const PERSON_TYPES = ['person'];
const ORG_TYPES = ['organization', 'corporation', 'educationalorganization', 'collegeoruniversity', 'localbusiness', 'ngo'];

/** The Person node describing the page's own profile, if any. */
export function pagePersonNode(nodes: JsonObject[], canonicalUrl: string): JsonObject | undefined {
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some((t) => PERSON_TYPES.includes(t)) && isPageNode(node, canonicalUrl)) return node;
    // ProfilePage { url: <page>, mainEntity: Person } - the person may omit its own url.
    if (types.includes('profilepage') && isObject(node['mainEntity'])) {
      const main = node['mainEntity'];
      const mainIds = canonicalIdentities(main);
      if (mainIds.includes(canonicalUrl) || (mainIds.length === 0 && isPageNode(node, canonicalUrl))) return main;
    }
  }
  return undefined;
}

function textOfAddress(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return str(value);
  const parts: string[] = [];
  for (const key of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const part = str(value[key])?.trim();
    // Country codes ("NG") add nothing readable; skip parts already contained.
    if (!part || (key === 'addressCountry' && part.length <= 3)) continue;
    if (!parts.some((p) => p.toLowerCase().includes(part.toLowerCase()))) parts.push(part);
  }
  return parts.length ? parts.join(', ') : undefined;
}

function imageOf(value: Json | undefined): string | undefined {
  for (const item of asArray(value)) {
    if (typeof item === 'string') return item;
    if (isObject(item)) {
      const url = str(item['contentUrl']) ?? str(item['url']);
      if (url) return url;
    }
  }
  return undefined;
}

/** The current employer: the first worksFor entry without an end date. */
function currentEmployer(value: Json | undefined): JsonObject | undefined {
  const orgs = asArray(value).filter(isObject);
  return orgs.find((org) => {
    const member = org['member'];
    return !(isObject(member) && str(member['endDate']));
  });
}

export function personFromStructuredData(ctx: PageContext): PersonDraft {
  if (ctx.page.kind !== 'person') return {};
  const node = pagePersonNode(readJsonLd(ctx.doc), ctx.page.canonicalUrl);
  if (!node) return {};
  const given = str(node['givenName']);
  const family = str(node['familyName']);
  const employer = currentEmployer(node['worksFor']);
  return {
    fullName: str(node['name']) ?? ([given, family].filter(Boolean).join(' ') || undefined),
    firstName: given,
    lastName: family,
    title: str(node['jobTitle']),
    companyName: employer ? str(employer['name']) : undefined,
    companyLinkedinUrl: employer ? str(employer['url']) ?? str(employer['sameAs']) : undefined,
    location: textOfAddress(node['address']) ?? textOfAddress(node['homeLocation']),
    photoUrl: imageOf(node['image']),
  };
}

/**
 * LinkedIn's numberOfEmployees is the number of members who list the company (a
 * plain number or { value }), not the size band the company chose: only a range
 * (minValue and maxValue, or an open top) is a band.
 */
function employeesBand(value: Json | undefined): string | undefined {
  if (!isObject(value)) return undefined;
  const min = value['minValue'];
  const max = value['maxValue'];
  if (typeof min === 'number' && typeof max === 'number') return `${min}-${max} employees`;
  if (typeof min === 'number' && max === undefined && value['value'] === undefined) return `${min}+ employees`;
  return undefined;
}

export function companyFromStructuredData(ctx: PageContext): CompanyDraft {
  if (ctx.page.kind !== 'company') return {};
  const canonical = ctx.page.canonicalUrl;
  const node = readJsonLd(ctx.doc).find(
    (n) => typesOf(n).some((t) => ORG_TYPES.includes(t)) && isPageNode(n, canonical),
  );
  if (!node) return {};
  // Its own website is whichever claimed URL is not on LinkedIn.
  const website = identitiesOf(node).find((id) => classifyLinkedInUrl(id).kind === 'other' && !/linkedin\.com/i.test(id));
  return {
    name: str(node['name']),
    industry: str(node['industry']),
    sizeBand: employeesBand(node['numberOfEmployees']),
    website,
    headquarters: textOfAddress(node['address']),
    logoUrl: imageOf(node['logo']),
  };
}
