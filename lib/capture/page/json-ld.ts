import type { Finding } from './types';
import { findingFromSchemaOrg, localName, MAX_DEPTH, type SoDoc, type SoNode, type SoValue } from './schema-org';

/**
 * JSON-LD reader. Pages ship invalid JSON, arrays of items, @graph lists,
 * megabytes of unrelated data and, on hostile pages, deliberately deep
 * nesting; so: at most 50 scripts of at most 1 MB, and the walk is bounded in
 * depth, keys, array length and total items. Nothing here recurses without a limit.
 */
const MAX_SCRIPTS = 50;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 2000;
const MAX_KEYS = 100;
const MAX_ARRAY = 50;
const MAX_TOP = 200;

interface Budget {
  nodes: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Arrays of arrays are flattened a few levels; deeper nesting is ignored, not walked. */
function flatten(value: unknown, limit: number, depth = 0, out: unknown[] = []): unknown[] {
  if (!Array.isArray(value)) {
    out.push(value);
    return out;
  }
  if (depth >= 3) return out;
  for (const item of value.slice(0, limit)) {
    if (out.length >= limit) break;
    flatten(item, limit, depth + 1, out);
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Themes print names into JSON-LD HTML-escaped ("Smith &amp; Sons"): the common entities are
 * read back. One pass of a bounded pattern, no backtracking.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function toValue(raw: unknown, depth: number, budget: Budget, byId: Map<string, SoNode>): SoValue | undefined {
  if (typeof raw === 'string') return decodeEntities(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (!isRecord(raw)) return undefined;
  if ('@value' in raw) return toValue(raw['@value'], depth + 1, budget, byId);
  return toNode(raw, depth, budget, byId);
}

function toNode(raw: Record<string, unknown>, depth: number, budget: Budget, byId: Map<string, SoNode>): SoNode | undefined {
  if (depth > MAX_DEPTH || budget.nodes >= MAX_NODES) return undefined;
  budget.nodes += 1;
  const node: SoNode = { types: [], props: new Map() };
  let keys = 0;
  for (const key of Object.keys(raw)) {
    if (++keys > MAX_KEYS) break;
    const value = raw[key];
    if (key === '@type') {
      node.types = flatten(value, 10).filter((t): t is string => typeof t === 'string').map(localName);
    } else if (key === '@id') {
      if (typeof value === 'string') node.id = value;
    } else if (!key.startsWith('@')) {
      const converted = flatten(value, MAX_ARRAY)
        .map((item) => toValue(item, depth + 1, budget, byId))
        .filter((v): v is SoValue => v !== undefined);
      if (converted.length > 0) node.props.set(localName(key), converted);
    }
  }
  // A full description under an @id wins over a bare reference to it.
  if (node.id && (node.types.length > 0 || !byId.has(node.id))) byId.set(node.id, node);
  return node;
}

/**
 * JSON as CMS templates write it: a raw line break or tab inside a string (a description
 * pasted in), a comma before a closing bracket, a CDATA or comment wrapper. Repaired in one
 * linear pass; anything else still invalid gives undefined (the block is skipped, not the page).
 */
export function parseLenient(source: string, repair = true): unknown {
  try {
    return JSON.parse(source);
  } catch {
    if (!repair) return undefined;
    try {
      return JSON.parse(repairJson(source));
    } catch {
      return undefined;
    }
  }
}

// A person's or company's block is a few kilobytes: megabytes of broken JSON are not worth mending.
const MAX_REPAIR_CHARS = 100_000;
const MAX_REPAIRS = 5;

const WRAPPERS = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/)|(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/)\s*$/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const VALID_ESCAPES = '"\\/bfnrtu';

function repairJson(source: string): string {
  const text = source.replace(WRAPPERS, '');
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        // "O\'Brien" (PHP's addslashes): JSON knows no "\'", and the letter alone is what was meant.
        const next = text[i + 1] ?? '';
        out += VALID_ESCAPES.includes(next) ? ch + next : next;
        i += 1;
      } else {
        if (ch === '"') inString = false;
        out += ch < ' ' ? (ESCAPES[ch] ?? ' ') : ch;
      }
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j += 1;
      if (text[j] === '}' || text[j] === ']') continue;
    }
    out += ch;
  }
  return out;
}

function readScripts(doc: Document): unknown[] {
  const parsed: unknown[] = [];
  let seen = 0; // broken blocks count too: 10,000 of them must not cost 10,000 parses
  let repairs = 0;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    if (++seen > MAX_SCRIPTS) break;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    const repair = source.length <= MAX_REPAIR_CHARS && repairs < MAX_REPAIRS;
    const block = parseLenient(source, repair);
    if (block === undefined && repair) repairs += 1;
    if (block !== undefined) parsed.push(block);
  }
  return parsed;
}

export function readJsonLd(doc: Document): SoDoc {
  const budget: Budget = { nodes: 0 };
  const byId = new Map<string, SoNode>();
  const roots: SoNode[] = [];
  for (const block of readScripts(doc)) {
    for (const item of flatten(block, MAX_TOP)) {
      if (!isRecord(item)) continue;
      const graph = item['@graph'];
      if (graph !== undefined) {
        for (const member of flatten(graph, MAX_TOP)) {
          const node = isRecord(member) ? toNode(member, 0, budget, byId) : undefined;
          if (node) roots.push(node);
        }
      }
      const node = toNode(item, 0, budget, byId);
      if (node && node.types.length > 0) roots.push(node);
    }
  }
  return { roots, byId };
}

export function fromJsonLd(doc: Document, base: string): Finding | undefined {
  return findingFromSchemaOrg(readJsonLd(doc), 'json-ld', base);
}
