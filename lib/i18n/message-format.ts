/**
 * The part of ICU MessageFormat the catalogs use, on the browser's own CLDR data:
 *   {name}                                   a value, inserted as text (numbers formatted for the locale)
 *   {count, plural, =0 {…} one {…} few {…} many {…} other {…}}
 *                                            the branch Intl.PluralRules picks; # is the number, formatted
 * Branches may hold placeholders and further plurals. A message that does not parse is shown as
 * written rather than throwing: a catalog typo must not blank a page.
 *
 * Why not an ICU library: Intl.PluralRules and Intl.NumberFormat already carry CLDR's rules in
 * both browsers; this is the ~100 lines of parsing on top, where intl-messageformat adds ~15 KB
 * gzipped to every page and to the 30 KB content script.
 */

export type Values = Readonly<Record<string, string | number>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; offset: number; branches: ReadonlyMap<string, Part[]> };

const parsed = new Map<string, Part[] | null>();

/** Format one message in a locale. Values are text; nothing in them is read as markup or syntax. */
export function formatMessage(template: string, values: Values | undefined, locale: string): string {
  let parts = parsed.get(template);
  if (parts === undefined) {
    parts = parseMessage(template);
    if (parsed.size > 5_000) parsed.clear(); // catalogs hold ~1,000 messages; anything past that is not worth keeping
    parsed.set(template, parts);
  }
  if (parts === null) return template;
  return render(parts, values ?? {}, locale, undefined);
}

/** The plural categories a message uses for each plural variable (for the catalog tests). */
export function pluralBranches(template: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind !== 'plural') continue;
      const set = found.get(part.name) ?? new Set<string>();
      for (const [key, branch] of part.branches) {
        set.add(key);
        walk(branch);
      }
      found.set(part.name, set);
    }
  };
  walk(parseMessage(template) ?? []);
  return found;
}

/** The placeholder names a message uses, plural variables included. */
export function placeholders(template: string): Set<string> {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === 'value') names.add(part.name);
      if (part.kind === 'plural') {
        names.add(part.name);
        for (const branch of part.branches.values()) walk(branch);
      }
    }
  };
  walk(parseMessage(template) ?? []);
  return names;
}

/** Whether a template parses (the catalog tests fail on one that does not). */
export function isWellFormed(template: string): boolean {
  return parseMessage(template) !== null;
}

// Intl objects are costly to make and a list formats thousands of messages: one of each per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return format.format(value);
}

function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

function render(parts: Part[], values: Values, locale: string, pound: number | undefined): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'pound') out += pound === undefined ? '#' : formatNumber(pound, locale);
    else if (part.kind === 'value') {
      const value = values[part.name];
      out += value === undefined ? `{${part.name}}` : typeof value === 'number' ? formatNumber(value, locale) : value;
    } else {
      const raw = values[part.name];
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(n)) {
        out += render(part.branches.get('other') ?? [], values, locale, undefined);
        continue;
      }
      const exact = part.branches.get(`=${n}`);
      const category = pluralCategory(n - part.offset, locale);
      const branch = exact ?? part.branches.get(category) ?? part.branches.get('other') ?? [];
      out += render(branch, values, locale, n - part.offset);
    }
  }
  return out;
}

/** Parse a whole template, or null when it is malformed (unbalanced braces, a plural without "other"). */
function parseMessage(template: string): Part[] | null {
  try {
    const [parts, end] = parseParts(template, 0, false);
    return end === template.length ? parts : null;
  } catch {
    return null;
  }
}

const NAME = /^\s*([A-Za-z_][\w]*)\s*(?:,\s*(plural)\s*,)?/;

// Reads text and placeholders until the end, or until the "}" closing a plural branch.
function parseParts(src: string, start: number, inBranch: boolean): [Part[], number] {
  const parts: Part[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '}') {
      if (!inBranch) throw new Error('unbalanced }');
      break;
    }
    if (ch === '#' && inBranch) {
      flush();
      parts.push({ kind: 'pound' });
      i++;
      continue;
    }
    if (ch === "'" && (src[i + 1] === '{' || src[i + 1] === '}' || src[i + 1] === '#')) {
      // ICU quoting: '{' is a literal brace. A lone apostrophe (English "don't") stays text.
      const close = src.indexOf("'", i + 1);
      if (close < 0) throw new Error('unclosed quote');
      text += src.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i++;
      continue;
    }
    flush();
    const head = NAME.exec(src.slice(i + 1));
    if (!head) throw new Error('bad placeholder');
    const name = head[1]!;
    i += 1 + head[0].length;
    if (!head[2]) {
      while (src[i] === ' ') i++;
      if (src[i] !== '}') throw new Error('bad placeholder');
      parts.push({ kind: 'value', name });
      i++;
      continue;
    }
    const [plural, end] = parsePlural(src, i, name);
    parts.push(plural);
    i = end;
  }
  flush();
  return [parts, i];
}

function parsePlural(src: string, start: number, name: string): [Part, number] {
  const branches = new Map<string, Part[]>();
  let offset = 0;
  let i = start;
  for (;;) {
    while (/\s/.test(src[i] ?? '')) i++;
    if (src[i] === '}') break;
    const key = /^(offset:\d+|=\d+|zero|one|two|few|many|other)/.exec(src.slice(i));
    if (!key) throw new Error('bad plural key');
    i += key[0].length;
    if (key[0].startsWith('offset:')) {
      offset = Number(key[0].slice(7));
      continue;
    }
    while (/\s/.test(src[i] ?? '')) i++;
    if (src[i] !== '{') throw new Error('plural branch without {');
    const [parts, end] = parseParts(src, i + 1, true);
    if (src[end] !== '}') throw new Error('unclosed branch');
    branches.set(key[0], parts);
    i = end + 1;
  }
  if (!branches.has('other')) throw new Error('plural without other');
  return [{ kind: 'plural', name, offset, branches }, i + 1];
}
