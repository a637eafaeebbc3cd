import { classifyLinkedInUrl } from '../linkedin-url';
import type { Finding } from './types';

/**
 * vCards offered as inline `data:text/vcard,…` links ("Save contact"). Only
 * inline data is read: a link to an http(s) .vcf file is never fetched,
 * because the extension makes no network requests.
 */
const VCARD_TYPES = new Set(['text/vcard', 'text/x-vcard', 'text/directory']);
const MAX_DATA_URL = 100_000;
const MAX_LINES = 500;

/** Decode a data: URL whose media type is a vCard; undefined for anything else. */
export function decodeVCardDataUrl(href: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed.length > MAX_DATA_URL || trimmed.slice(0, 5).toLowerCase() !== 'data:') return undefined;
  const comma = trimmed.indexOf(',');
  if (comma < 0) return undefined;
  const params = trimmed.slice(5, comma).toLowerCase().split(';').map((p) => p.trim());
  if (!VCARD_TYPES.has(params[0] ?? '')) return undefined;
  const payload = trimmed.slice(comma + 1);
  try {
    if (params.includes('base64')) {
      const binary = atob(decodeURIComponent(payload).replace(/\s/g, ''));
      const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      return new TextDecoder('utf-8').decode(bytes);
    }
  } catch {
    return undefined; // broken base64
  }
  try {
    return decodeURIComponent(payload);
  } catch {
    return payload; // a stray "%": browsers keep such text as it is, so do we
  }
}

/** vCard 2.1 QUOTED-PRINTABLE: "=C5=81" → bytes → UTF-8. */
function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(value.charCodeAt(i) & 0xff);
    }
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

/** Split on unescaped `sep` and unescape \n \, \; \\. */
function components(value: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      const next = value[i + 1]!;
      current += next === 'n' || next === 'N' ? ' ' : next;
      i += 1;
    } else if (ch === sep) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

interface Property {
  name: string;
  value: string;
}

/** Unfold continuation lines and split each into NAME(;params):value. */
function properties(text: string): Property[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/).slice(0, MAX_LINES * 4)) {
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += raw.slice(1);
    } else if (lines.length < MAX_LINES) {
      lines.push(raw);
    }
  }
  const props: Property[] = [];
  let inCard = false;
  for (const line of lines) {
    // The value starts at the first colon outside a quoted parameter.
    let colon = -1;
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      if (line[i] === '"') quoted = !quoted;
      else if (line[i] === ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon < 0) continue;
    const [rawName = '', ...params] = line.slice(0, colon).split(';');
    const name = rawName.slice(rawName.lastIndexOf('.') + 1).trim().toUpperCase(); // "item1.EMAIL"
    let value = line.slice(colon + 1);
    if (name === 'BEGIN') inCard = true;
    if (name === 'END' && inCard) break; // only the first card
    if (params.some((p) => p.toUpperCase().includes('QUOTED-PRINTABLE'))) value = decodeQuotedPrintable(value);
    props.push({ name, value });
  }
  return props;
}

/** Person fields from vCard text (FN, N, ORG, TITLE, ROLE, EMAIL, TEL, URL, ADR). */
export function parseVCard(text: string): Finding {
  const first = new Map<string, string>();
  for (const { name, value } of properties(text)) if (!first.has(name) && value.trim()) first.set(name, value);
  const get = (name: string) => first.get(name);
  const [lastName, firstName] = components(get('N') ?? '', ';');
  const org = components(get('ORG') ?? '', ';')[0] || undefined;
  const adr = components(get('ADR') ?? '', ';');
  const location = [adr[3], adr[4], adr[6]].filter(Boolean).join(', ') || undefined;
  const url = get('URL') ? components(get('URL')!, '\u0000')[0] : undefined;
  const profile = url ? classifyLinkedInUrl(url) : undefined;
  const one = (name: string) => {
    const value = get(name);
    return value === undefined ? undefined : components(value, '\u0000')[0] || undefined;
  };
  return {
    source: 'vcard',
    person: {
      fullName: one('FN') ?? ([firstName, lastName].filter(Boolean).join(' ') || undefined),
      firstName: firstName || undefined,
      lastName: lastName || undefined,
      title: one('TITLE') ?? one('ROLE'),
      companyName: org,
      email: one('EMAIL'),
      phone: one('TEL'),
      location,
      linkedinUrl: profile?.kind === 'person' ? profile.canonicalUrl : undefined,
      publicId: profile?.kind === 'person' ? profile.publicId : undefined,
    },
    employer: org ? { name: org } : undefined,
  };
}

/** The first inline vCard link on the page. */
export function fromVCardLinks(hrefs: string[]): Finding | undefined {
  for (const href of hrefs.slice(0, 5)) {
    const text = decodeVCardDataUrl(href);
    if (text) return parseVCard(text);
  }
  return undefined;
}
