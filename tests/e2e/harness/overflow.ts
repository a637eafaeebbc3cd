import type { Page } from 'playwright-core';

/** An element that does not fit: drawn past the page's width, or with content spilling out of its box. */
export type Overflow = {
  /** A short CSS path to it, e.g. `main.popup > section.velocity > dl.factors > div.factor`. */
  element: string;
  /** The start of its text, to recognise it. */
  text: string;
  reason: 'beyond-width' | 'content-spills';
  /** Its box (CSS pixels) and, for spilling content, how wide the content is against the box. */
  left: number;
  right: number;
  scrollWidth: number;
  clientWidth: number;
  /** Its widest child: for a box grown too wide, usually what made it grow. */
  widestChild?: string;
};

/**
 * Every visible element of the page that does not fit its width: a box reaching past
 * the document's width (or `width`, e.g. the popup's), or a box with overflow visible whose
 * content is wider than it (scrollWidth > clientWidth: text running out of its box). Boxes
 * that scroll or clip on purpose (overflow other than visible, form fields) are fine, and
 * so is what they contain. Only the innermost offenders are listed: the boxes around them
 * only carry the same overflow outwards.
 */
export function findOverflows(page: Page, width?: number): Promise<Overflow[]> {
  return page.evaluate((limitGiven) => {
    const limit = limitGiven ?? document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
        const classes = [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
        parts.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}`);
      }
      return parts.join(' > ');
    };
    const clippedByAncestor = (el: Element): boolean => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const offenders = new Map<Element, Overflow>();
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (el.getClientRects().length === 0 || style.visibility === 'hidden' || clippedByAncestor(el)) continue;
      const box = el.getBoundingClientRect();
      const isField = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el instanceof SVGElement;
      const html = el as HTMLElement;
      let reason: Overflow['reason'] | undefined;
      if (box.right > limit + 0.5 || box.left < -0.5) reason = 'beyond-width';
      else if (!isField && style.overflowX === 'visible' && html.scrollWidth > html.clientWidth + 1 && html.clientWidth > 0) reason = 'content-spills';
      if (!reason) continue;
      // The widest child of a box that grew too wide is usually what made it grow.
      const widest = [...el.children].sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
      offenders.set(el, {
        element: describe(el),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
        reason,
        left: Math.round(box.left),
        right: Math.round(box.right),
        scrollWidth: html.scrollWidth ?? 0,
        clientWidth: html.clientWidth ?? 0,
        widestChild: widest ? describe(widest) : undefined,
      });
    }
    // The innermost offenders name the cause; the boxes around them only carry it outwards.
    const hasOffendingDescendant = (el: Element) => [...offenders.keys()].some((other) => other !== el && el.contains(other));
    return [...offenders].filter(([el]) => !hasOffendingDescendant(el)).map(([, overflow]) => overflow);
  }, width);
}

/** One line per offender, for a failing assertion's message. */
export function describeOverflows(overflows: Overflow[]): string {
  return overflows
    .map((o) => `${o.reason}: ${o.element} [${o.left}–${o.right}px, content ${o.scrollWidth} in ${o.clientWidth}${o.widestChild ? `, widest child ${o.widestChild}` : ''}] "${o.text}"`)
    .join('\n');
}
