import { hasAt } from './text-emails';

/**
 * The page's text nodes that may print a contact: an "@" (or a spelled-out one) or a run of
 * digits, each with the element it sits in and the tail of the text before it (a label in an
 * element of its own: "<b>Tel:</b> 600 100 200"). One bounded walk for e-mails and phones.
 */

const MAX_NODES = 20_000;
const MAX_NODE_CHARS = 2000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE']);
const DIGIT_RUN = /\d[\d\s().\-/]{4,}\d/;

export interface PrintedText {
  text: string;
  parent: Element;
  /** The last characters of the text node before this one. */
  before: string;
  at: boolean;
  digits: boolean;
}

export function printedText(doc: Document): PrintedText[] {
  const root = doc.body;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: PrintedText[] = [];
  let seen = 0;
  let before = '';
  for (let node = walker.nextNode(); node && seen < MAX_NODES; node = walker.nextNode()) {
    seen += 1;
    const parent = node.parentElement;
    const text = (node.nodeValue ?? '').slice(0, MAX_NODE_CHARS);
    if (!parent || SKIPPED.has(parent.tagName.toUpperCase())) continue;
    const at = hasAt(text);
    const digits = DIGIT_RUN.test(text);
    if (at || digits) found.push({ text, parent, before, at, digits });
    if (text.trim()) before = text.slice(-24);
  }
  return found;
}
