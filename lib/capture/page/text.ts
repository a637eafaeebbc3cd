import { cleanLine } from '../../schema/text';

/**
 * Small string helpers shared by the page extractors and the context menu.
 * All of them are linear in their input: page text is untrusted, so no
 * regular expression here can backtrack.
 */

/** Cut untrusted text before any further work, so huge nodes stay cheap. */
export function bounded(value: string | null | undefined, max = 2000): string {
  if (!value) return '';
  return value.length > max ? value.slice(0, max) : value;
}

// Text nodes read for one element's text: a hostile page's millions of empty ones cost no more.
const MAX_TEXT_NODES = 2000;
// Elements that flow inline: text on either side of them joins as written ("Ann<b>a</b>").
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR']);

/**
 * Text content of an element, bounded and folded to one line. Text in different block elements
 * is kept apart ("<div>Anna</div><div>Nowak</div>" is "Anna Nowak", as a browser shows it, not
 * textContent's "AnnaNowak"); inline elements join as written.
 */
export function elementText(el: Element, max = 500): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  // The block a text node flows in: its nearest ancestor that is not inline (el at most).
  const blockOf = (node: Node) => {
    let at = node.parentElement;
    while (at && at !== el && INLINE.has(at.tagName.toUpperCase())) at = at.parentElement;
    return at;
  };
  let text = '';
  let previous: Element | null | undefined;
  let nodes = 0;
  for (let node = walker.nextNode(); node && text.length < max * 4 && nodes < MAX_TEXT_NODES; node = walker.nextNode(), nodes += 1) {
    const block = blockOf(node);
    text += (previous !== undefined && block !== previous ? ' ' : '') + (node.nodeValue ?? '');
    previous = block;
  }
  return cleanLine(bounded(text, max * 4), max);
}

/** Resolve a possibly relative URL against the page URL; undefined when it cannot be parsed. */
export function resolveUrl(raw: string | null | undefined, base: string): string | undefined {
  if (!raw) return undefined;
  const trimmed = bounded(raw, 4096).trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base || undefined).href;
  } catch {
    return undefined;
  }
}

/** `<img onerror=…>` as a name is an attack or a broken page, not a name: such text is dropped. */
export function looksLikeMarkup(value: string): boolean {
  for (let i = value.indexOf('<'); i !== -1 && i < value.length - 1; i = value.indexOf('<', i + 1)) {
    const next = value.charCodeAt(i + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (isLetter || next === 47 /* / */ || next === 33 /* ! */) return true;
  }
  return false;
}

const SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' · ', ' • ', ' :: ', ' ‒ ', ' ― '];

/**
 * Split "Jane Doe – Head of Growth – Acme" or "Contact | Acme" into its parts.
 * With `commas`, ", " separates too (selections), but not in page titles.
 */
export function splitSegments(raw: string, commas: boolean): string[] {
  // Newlines cannot survive cleanLine, so a newline is a safe marker.
  // Tabs (cells of a copied table row) separate too; cleanLine would fold them into spaces.
  let text = cleanLine(bounded(raw, 4000).split('\t').join(' | '), 2000);
  for (const sep of SEPARATORS) text = text.split(sep).join('\n');
  if (commas) text = text.split(', ').join('\n').split(' ,').join('\n');
  return text
    .split('\n')
    .map((s) => trimPunctuation(cleanLine(s, 500)))
    .filter((s) => s.length > 0);
}

const EDGE_PUNCTUATION = ',;|:·•';

/** "Jane Doe," → "Jane Doe": separators left at a segment's edges. */
export function trimPunctuation(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (EDGE_PUNCTUATION.includes(value[start]!) || value[start] === ' ')) start += 1;
  while (end > start && (EDGE_PUNCTUATION.includes(value[end - 1]!) || value[end - 1] === ' ')) end -= 1;
  return value.slice(start, end);
}

/** Case- and spacing-insensitive equality, for "is this the same person/company". */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return cleanLine(a, 500).toLocaleLowerCase() === cleanLine(b, 500).toLocaleLowerCase();
}
