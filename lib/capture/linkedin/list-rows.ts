import { classifyLinkedInUrl, quickPersonUrl } from '../linkedin-url';
import { createAncestry, type Ancestry } from './ancestry';
import { absoluteUrl, attr, queryAll } from './dom';
import type { ListPageKind } from './list-page';

/**
 * The people a LinkedIn list page shows (people search, "My Network" connections,
 * Sales Navigator lead lists and search), one per row, for the "Save selected" picker.
 *
 * Class names on these pages are hashed and change with every LinkedIn build, so
 * nothing here reads one. A row is found from what the page must keep to work:
 * links to a profile (/in/<id>, /sales/lead/<id>,…), list items (li, role=listitem,
 * table rows), or, where there are none (the 2025 React connections page), the
 * largest block around a link that names no other person. A row's person is its
 * first profile link; rows may link to others too (search rows name mutual
 * connections), which is why the first link, not any link, decides.
 *
 * Pure: a DOM in, plain data out; page text stays text (read from text nodes only).
 */
export type ListPerson = {
  name: string;
  /** Canonical: https://www.linkedin.com/in/<id>/ or https://www.linkedin.com/sales/lead/<id>/ */
  profileUrl: string;
  headline?: string;
  location?: string;
  /** Sales Navigator shows the title and company apart. */
  title?: string;
  companyName?: string;
};

export type ListRow = { row: Element; person: ListPerson };

/**
 * A row as the picker needs it at every scan: whom it is (URL) and the name its control
 * is labelled with. The rest of the row (headline, location, title, company) is read by
 * `read()` when the rep ticks it: walking every row's text at each scan was most of a
 * list page's scan (docs/benchmarks.md, "Content-script cost").
 */
export type FoundRow = { row: Element; profileUrl: string; name: string; read(): ListPerson };

const PROFILE_LINKS = 'a[href*="/in/"], a[href*="/sales/lead/"], a[href*="/sales/people/"]';
// A page with thousands of links is hostile or not a list we know: look at the first ones only.
const MAX_LINKS = 1_500;
const MAX_ROWS = 200;
const MAX_DEPTH = 64;
const MAX_TEXT_NODES = 400;
const MAX_FIELD = 400;

const ROW_TAGS = new Set(['li', 'tr']);
/**
 * Anonymous rows ("LinkedIn Member") name nobody that could be found again, in any UI language
 * the reps use (the same words plausible.ts refuses as a profile's name).
 */
const ANONYMOUS = /^(?:linkedin member|członek linkedin|użytkownik linkedin|linkedin-mitglied|membre de linkedin|miembro de linkedin|membru linkedin|участник linkedin|пользователь linkedin)$/iu;

/** Text that is never what the page shows as the row's fields. */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'a', 'button', 'time', 'select', 'textarea']);
const INLINE_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'small', 'sup', 'sub', 'bdi', 'bdo', 'abbr', 'mark', 'u', 's', 'font', 'q', 'cite']);

/**
 * What each kind of page shows under the name, in order, when it does not label its
 * fields: search shows the headline and the location; the connections list shows the
 * headline (when the person has one) and, always last, "Connected on <date>".
 */
function fieldsAfterName(kind: ListPageKind, blocks: readonly string[]): Pick<ListPerson, 'headline' | 'location'> {
  if (kind === 'connections') return { headline: blocks.length > 1 ? blocks[0] : undefined };
  return { headline: blocks[0], location: blocks[1] };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);

/**
 * Screen-reader-only copies ("View Jane's profile", "2nd degree connection") are not what the page shows.
 * Read from the class attribute, not `classList`: a scan asks this of every element it walks, and
 * each `classList` is one more object made for the page's element in our world (the scan's cost at
 * a navigation is mostly such per-element work: docs/benchmarks.md, "Content-script cost").
 */
const SCREEN_READER_ONLY = /(?:^|[ \t\n\f\r])(?:visually-hidden|sr-only|a11y-text)(?:[ \t\n\f\r]|$)/;
function isScreenReaderOnly(el: Element): boolean {
  const classes = el.getAttribute('class');
  return classes !== null && SCREEN_READER_ONLY.test(classes);
}

/** The text a person sees in an element: text nodes, less screen-reader copies and hidden parts. */
function shownText(root: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_TEXT_NODES) {
    const node = stack.pop()!;
    visited += 1;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (el.localName === 'svg' || el.localName === 'script' || el.localName === 'style' || el.hasAttribute('hidden') || isScreenReaderOnly(el))) continue;
    const gap = !INLINE_TAGS.has(el.localName) && el.localName !== 'a';
    if (gap) parts.push(' ');
    // Siblings, not `childNodes[i]`: no NodeList to make and index for each element (last child first: the stack pops in page order).
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return oneLine(parts.join(''));
}

/** Hrefs already judged: a list page is scanned again at each re-render, with the same links. */
const personUrls = new Map<string, string | null>();
const PERSON_URLS_KEPT = 2_000;

/** The canonical person (or Sales Navigator lead) a link points to, if it is one. */
function personUrlOf(link: Element): string | undefined {
  const raw = attr(link, 'href');
  if (!raw) return undefined;
  const known = personUrls.get(raw);
  if (known !== undefined) return known ?? undefined;
  const quick = quickPersonUrl(raw);
  if (quick) return quick;
  const href = absoluteUrl(raw);
  const page = href ? classifyLinkedInUrl(href) : undefined;
  let url: string | undefined;
  if (page?.kind === 'person') url = page.publicId === 'me' ? undefined : page.canonicalUrl;
  else if (page?.kind === 'sales-nav-lead') url = page.canonicalUrl;
  if (personUrls.size >= PERSON_URLS_KEPT) personUrls.clear();
  personUrls.set(raw, url ?? null);
  return url;
}

function listItemOf(link: Element, scope: Node): Element | undefined {
  let depth = 0;
  for (let node = link.parentElement; node && node !== scope && depth < MAX_DEPTH; node = node.parentElement, depth += 1) {
    if (ROW_TAGS.has(node.localName) || node.getAttribute('role') === 'listitem') return node;
  }
  return undefined;
}

/**
 * Rows without list markup: for each link, the highest ancestor (below the scope)
 * whose profile links all name its person; the next one up holds someone else too.
 */
function blockRows(links: readonly { link: Element; url: string }[], scope: Node): Map<Element, Element> {
  const people = new Map<Element, Set<string>>();
  for (const { link, url } of links) {
    let depth = 0;
    for (let node = link.parentElement; node && node !== scope && depth < MAX_DEPTH; node = node.parentElement, depth += 1) {
      const set = people.get(node) ?? new Set<string>();
      set.add(url);
      people.set(node, set);
    }
  }
  const rows = new Map<Element, Element>();
  for (const { link } of links) {
    let row: Element | undefined;
    let depth = 0;
    for (let node = link.parentElement; node && node !== scope && depth < MAX_DEPTH; node = node.parentElement, depth += 1) {
      if ((people.get(node)?.size ?? 0) > 1) break;
      row = node;
    }
    // The whole page around one person (a profile) is not a row of a list.
    if (row && row.parentElement && row.parentElement !== scope && (people.get(row.parentElement)?.size ?? 0) > 1) rows.set(link, row);
  }
  return rows;
}

function anonymized(row: Element, ...names: string[]): Element | undefined {
  for (const name of names) {
    const found = queryAll(row, `[data-anonymize="${name}"]`)[0];
    if (found) return found;
  }
  return undefined;
}

/** The row's name: the shown text of a link to its person, else Sales Navigator's labelled name, else a photo's alt. */
function nameOf(row: Element, links: readonly Element[]): { name: string; element?: Element } {
  for (const link of links) {
    const text = shownText(link);
    if (text) return { name: text, element: link };
  }
  const labelled = anonymized(row, 'person-name');
  if (labelled) {
    const text = shownText(labelled);
    if (text) return { name: text, element: labelled };
  }
  for (const link of links) {
    const alt = oneLine(attr(queryAll(link, 'img[alt]')[0], 'alt') ?? '');
    if (alt) return { name: alt };
  }
  return { name: '' };
}

/** Blocks of shown text after the name, in page order (links, buttons, badges and screen-reader copies left out). */
function blocksAfter(row: Element, after: Element | undefined): string[] {
  const doc = row.ownerDocument;
  const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  const texts = new Map<Element, string>();
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode()) {
    seen += 1;
    const value = node.nodeValue ?? '';
    if (!value.trim()) continue;
    if (after && (after.contains(node) || !(after.compareDocumentPosition(node) & 4 /* FOLLOWING */))) continue;
    let block: Element | undefined;
    let skipped = false;
    for (let el = node.parentElement; el && el !== row; el = el.parentElement) {
      if (SKIPPED_TAGS.has(el.localName) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || isScreenReaderOnly(el)) {
        skipped = true;
        break;
      }
      if (!block && !INLINE_TAGS.has(el.localName)) block = el;
    }
    if (skipped) continue;
    const key = block ?? row;
    texts.set(key, `${texts.get(key) ?? ''} ${value}`);
  }
  return [...texts.values()].map(oneLine).filter(Boolean);
}

/** The row's fields besides its name and URL (what is saved when the rep ticks it). */
function personOf(row: Element, url: string, { name, element }: { name: string; element?: Element }, kind: ListPageKind): ListPerson {
  const person: ListPerson = { name, profileUrl: url };
  // Sales Navigator labels its fields for its own privacy mode; the labels are stable, the classes are not.
  const title = anonymized(row, 'job-title', 'title', 'headline');
  const location = anonymized(row, 'location');
  const company = anonymized(row, 'company-name');
  if (title) person.title = shownText(title) || undefined;
  if (company) person.companyName = shownText(company) || undefined;
  if (title || location) {
    person.headline = person.title;
    if (location) person.location = shownText(location) || undefined;
    return person;
  }
  const { headline, location: place } = fieldsAfterName(kind, blocksAfter(row, element));
  if (headline) person.headline = headline;
  if (place) person.location = place;
  return person;
}

/** Profile links the rep's own navigation shows (the "Me" menu): the rep is not a prospect. */
function viewerUrls(links: readonly Element[], ancestry: Ancestry): Set<string> {
  const own = new Set<string>();
  for (const link of links) {
    const url = ancestry.inViewerArea(link) ? personUrlOf(link) : undefined;
    if (url) own.add(url);
  }
  return own;
}

/**
 * Every person row under `scope` on a list page of `kind`, in page order, one row per
 * person (the first), each read in full. Never throws: a page it cannot read gives no rows.
 */
export function findListRows(scope: ParentNode, kind: ListPageKind): ListRow[] {
  return scanListRows(scope, kind).map((found) => ({ row: found.row, person: found.read() }));
}

/** The same rows, with only their URL and name read; `read()` reads the rest (and never throws). */
export function scanListRows(scope: ParentNode, kind: ListPageKind): FoundRow[] {
  try {
    const all = queryAll(scope, PROFILE_LINKS).slice(0, MAX_LINKS);
    const ancestry = createAncestry();
    const viewer = viewerUrls(all, ancestry);
    const links: { link: Element; url: string }[] = [];
    for (const link of all) {
      const url = personUrlOf(link);
      if (url && !viewer.has(url) && !ancestry.excluded(link)) links.push({ link, url });
    }
    const scopeNode = scope as Node;
    const byList = new Map<Element, Element>();
    const unlisted: { link: Element; url: string }[] = [];
    for (const entry of links) {
      const item = listItemOf(entry.link, scopeNode);
      if (item) byList.set(entry.link, item);
      else unlisted.push(entry);
    }
    const byBlock = unlisted.length > 0 ? blockRows(links, scopeNode) : new Map<Element, Element>();

    // Group the links by row, in page order; a row's first link is its person.
    const rows = new Map<Element, { url: string; links: Element[] }>();
    for (const { link, url } of links) {
      const row = byList.get(link) ?? byBlock.get(link);
      if (!row) continue;
      const entry = rows.get(row);
      if (!entry) rows.set(row, { url, links: [link] });
      else if (entry.url === url) entry.links.push(link);
    }
    // A row holding other rows is their container, not a person.
    const containers = new Set<Element>();
    for (const row of rows.keys()) {
      let depth = 0;
      for (let node = row.parentElement; node && node !== scopeNode && depth < MAX_DEPTH; node = node.parentElement, depth += 1) containers.add(node);
    }
    const found: FoundRow[] = [];
    const people = new Set<string>();
    for (const [row, { url, links: own }] of rows) {
      if (found.length >= MAX_ROWS) break;
      if (people.has(url) || containers.has(row)) continue;
      const named = nameOf(row, own);
      if (!named.name || ANONYMOUS.test(named.name)) continue;
      people.add(url);
      found.push({
        row,
        profileUrl: url,
        name: named.name,
        read: () => {
          try {
            return personOf(row, url, named, kind);
          } catch {
            return { name: named.name, profileUrl: url };
          }
        },
      });
    }
    return found;
  } catch {
    return [];
  }
}

/** The people a list page shows, or none for any other page. */
export function extractListPeople(doc: Document, kind: ListPageKind | undefined): ListPerson[] {
  if (!kind || !doc?.body) return [];
  return findListRows(doc.body, kind).map((r) => r.person);
}
