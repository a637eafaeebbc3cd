/**
 * Small DOM helpers shared by the LinkedIn strategies.
 *
 * Page markup is hostile and unpredictable, so every helper here is total:
 * a bad selector, a detached node or a gigantic subtree gives an empty answer,
 * never an exception. Text is read from text nodes only (never innerHTML), so
 * markup-looking page text stays literal text.
 */

/** Areas that never describe the profile owner: side rails ("People also viewed"),
 *  the global navigation (the logged-in rep's own name), dialogs, footers, hidden decoys.
 *  Checked by walking up the ancestors: a long selector list in closest() is far slower. */
const EXCLUDED_TAGS = new Set(['aside', 'nav', 'footer', 'template']);
const EXCLUDED_ROLES = new Set(['complementary', 'banner', 'navigation', 'contentinfo', 'dialog', 'alertdialog']);
const EXCLUDED_IDS = new Set(['global-nav', 'msg-overlay']);

/** The element itself is an excluded area (whatever its ancestors are); `role` as read from it. */
export function isExcludedArea(node: Element, role: string | null): boolean {
  return EXCLUDED_TAGS.has(node.localName) || (role !== null && EXCLUDED_ROLES.has(role)) || EXCLUDED_IDS.has(node.id) || node.hasAttribute('hidden');
}

/** Subtrees whose text is never visible page text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'head', 'title']);

/** Inline elements do not separate words; any other element boundary does. */
const INLINE_TAGS = new Set([
  'span', 'a', 'b', 'strong', 'em', 'i', 'small', 'sup', 'sub', 'bdi', 'bdo',
  'abbr', 'code', 'mark', 'time', 'u', 's', 'label', 'font', 'q', 'cite',
]);

/** Caps keep one pathological page (a 100 KB headline, a million nodes) cheap. */
const MAX_TEXT = 20_000;
const MAX_NODES = 20_000;
export const MAX_DEPTH = 256;
const MAX_EXAMINED = 2_000;

export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function query(root: ParentNode | null | undefined, selector: string): Element | undefined {
  if (!root) return undefined;
  try {
    return root.querySelector(selector) ?? undefined;
  } catch {
    return undefined;
  }
}

export function closest(el: Element, selector: string): Element | undefined {
  try {
    return el.closest(selector) ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when the element sits somewhere that shows other people or the rep. */
export function isExcluded(el: Element): boolean {
  let headerSeen = false;
  let headerInMain = false;
  let depth = 0;
  for (let node: Element | null = el; node; node = node.parentElement) {
    // Real pages nest a few dozen levels; absurd depth is a hostile page: ignore it (and stay linear).
    if ((depth += 1) > MAX_DEPTH) return true;
    const tag = node.localName;
    const role = node.getAttribute('role');
    if (isExcludedArea(node, role)) return true;
    // A <header> inside <main> is a card header; a page-level <header> is the global nav.
    if (tag === 'header') headerSeen = true;
    else if (headerSeen && (tag === 'main' || role === 'main')) headerInMain = true;
  }
  return headerSeen && !headerInMain;
}

/** Elements matching `selector` under `root`, in document order, outside excluded areas.
 *  Bounded: the owner's data sits near the top of the page, and a page with tens of
 *  thousands of matches must not make every strategy quadratic. */
export function ownerElements(root: ParentNode | null | undefined, selector: string, limit = 500): Element[] {
  const all = queryAll(root, selector);
  const owned: Element[] = [];
  for (let i = 0; i < all.length && i < MAX_EXAMINED && owned.length < limit; i += 1) {
    const el = all[i];
    if (el && !isExcluded(el)) owned.push(el);
  }
  return owned;
}

export function attr(el: Element | null | undefined, name: string): string | undefined {
  if (!el) return undefined;
  try {
    const value = el.getAttribute(name);
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

/**
 * The text a reader would get from an element. LinkedIn doubles much of its text
 * (`<span aria-hidden="true">X</span><span class="visually-hidden">X</span>`), so the
 * first pass skips aria-hidden subtrees; if that leaves nothing, it reads them too.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  try {
    return collectText(el, true) || collectText(el, false);
  } catch {
    return '';
  }
}

/**
 * Only the text a sighted reader is shown: aria-hidden and hidden subtrees are skipped
 * with no fallback. For structural rules, where a hidden sign-in dialog sitting between
 * the name and the headline must not pass for a line of the profile.
 */
export function shownTextOf(el: Element | null | undefined): string {
  if (!el) return '';
  try {
    return collectText(el, true);
  } catch {
    return '';
  }
}

function collectText(root: Element, skipHidden: boolean): string {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  // Explicit stack: deeply nested hostile markup must not overflow the call stack.
  const stack: (Node | 'gap')[] = [root];
  while (stack.length > 0 && length < MAX_TEXT && visited < MAX_NODES) {
    const node = stack.pop();
    visited += 1;
    if (node === undefined) break;
    if (node === 'gap') {
      parts.push(' ');
      continue;
    }
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag)) continue;
    if (node !== root && skipHidden && (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden'))) {
      continue;
    }
    const block = !INLINE_TAGS.has(tag);
    if (block) stack.push('gap');
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
    if (block) stack.push('gap');
  }
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/** Texts of the aria-hidden "visible copy" spans under an element, in order. */
export function visibleChunks(root: Element, exclude?: (el: Element) => boolean): string[] {
  return queryAll(root, 'span[aria-hidden="true"]')
    .filter((el) => !exclude?.(el) && !hasHiddenSpanAncestor(el, root))
    .map((el) => collectText(el, false))
    .filter((text) => text.length > 0);
}

/** A nested aria-hidden span would repeat its parent's text. */
function hasHiddenSpanAncestor(el: Element, root: Element): boolean {
  for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node.localName === 'span' && node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** Resolve a page-relative URL against LinkedIn; only http(s) survives. */
export function absoluteUrl(raw: string | undefined, base = 'https://www.linkedin.com/'): string | undefined {
  if (!raw) return undefined;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An image's real address: `src`, or the lazy-load attributes LinkedIn uses before it loads. */
export function imageUrl(img: Element | undefined): string | undefined {
  if (!img) return undefined;
  const candidates = [attr(img, 'src'), attr(img, 'data-delayed-url'), attr(img, 'data-src'), firstSrcset(attr(img, 'srcset'))];
  for (const candidate of candidates) {
    const url = absoluteUrl(candidate);
    if (url) return url;
  }
  return undefined;
}

function firstSrcset(srcset: string | undefined): string | undefined {
  return srcset?.split(',')[0]?.trim().split(/\s+/)[0];
}
