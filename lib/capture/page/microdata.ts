import type { Finding } from './types';
import { findingFromSchemaOrg, localName, MAX_DEPTH, type SoDoc, type SoNode, type SoValue } from './schema-org';
import { parseTel } from './links';
import { bounded, resolveUrl } from './text';

/**
 * Microdata reader (itemscope / itemtype / itemprop), following the HTML
 * spec's value rules. One pass assigns every itemprop element to its nearest
 * itemscope, so cost is linear in the number of properties (capped).
 */
const MAX_PROPS = 3000;
const MAX_ITEMS = 300;

const URL_ATTR: Record<string, string> = {
  A: 'href', AREA: 'href', LINK: 'href', AUDIO: 'src', EMBED: 'src', IFRAME: 'src', IMG: 'src',
  SOURCE: 'src', TRACK: 'src', VIDEO: 'src', OBJECT: 'data',
};

function propertyValue(el: Element, base: string): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return bounded(el.getAttribute('content'));
  const urlAttr = URL_ATTR[tag];
  const href = el.getAttribute(urlAttr ?? '') ?? '';
  // A tel: link's pause or ";ext=" is its extension (parseTel), not more digits of the number.
  if (urlAttr === 'href' && /^\s*tel:/i.test(href)) return parseTel(href) ?? '';
  if (urlAttr) return resolveUrl(href, base) ?? '';
  if (tag === 'DATA' || tag === 'METER') return bounded(el.getAttribute('value'));
  if (tag === 'TIME') return bounded(el.getAttribute('datetime') ?? el.textContent);
  return bounded(el.textContent);
}

function names(el: Element, attr: string): string[] {
  return bounded(el.getAttribute(attr), 500).split(/\s+/).filter(Boolean).map(localName);
}

export function readMicrodata(doc: Document, base: string): SoDoc {
  // Which itemprop elements belong to which item.
  const owned = new Map<Element, Element[]>();
  const props = Array.from(doc.querySelectorAll('[itemprop]')).slice(0, MAX_PROPS);
  for (const el of props) {
    const owner = el.parentElement?.closest('[itemscope]');
    if (!owner) continue;
    const list = owned.get(owner) ?? [];
    list.push(el);
    owned.set(owner, list);
  }

  const build = (item: Element, depth: number): SoNode => {
    const node: SoNode = { types: names(item, 'itemtype'), props: new Map() };
    for (const el of owned.get(item) ?? []) {
      let value: SoValue | undefined;
      if (el.hasAttribute('itemscope')) {
        value = depth < MAX_DEPTH ? build(el, depth + 1) : undefined;
      } else {
        value = propertyValue(el, base);
      }
      if (value === undefined || value === '') continue;
      for (const name of names(el, 'itemprop')) {
        const list = node.props.get(name) ?? [];
        list.push(value);
        node.props.set(name, list);
      }
    }
    return node;
  };

  const roots = Array.from(doc.querySelectorAll('[itemscope]'))
    .filter((el) => !el.hasAttribute('itemprop'))
    .slice(0, MAX_ITEMS)
    .map((el) => build(el, 0))
    .filter((node) => node.types.length > 0);
  return { roots, byId: new Map() };
}

export function fromMicrodata(doc: Document, base: string): Finding | undefined {
  return findingFromSchemaOrg(readMicrodata(doc, base), 'microdata', base);
}
