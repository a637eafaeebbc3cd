/**
 * Is this activation the rep's own, on our control as they see it?
 *
 * The in-page control lives on a page whose scripts are not ours. They cannot read
 * a closed shadow root, but they can dispatch synthetic clicks (`isTrusted` false),
 * and they own the host element's style: they could make our control transparent,
 * filter it, or slide it under something the rep means to click (clickjacking).
 * So an activation counts only when it is trusted, the control is rendered opaque
 * and unfiltered all the way up, and the control is what is on top where the click
 * landed (or, for the keyboard, at its centre). In Chromium an IntersectionObserver
 * v2 also vouches that nothing covers or distorts it (`isVisible`); Firefox has no
 * such observer, so the style and hit checks are all there is.
 */

export type VisibilityWitness = { visible(): boolean; disconnect(): void };

export type RealInputGuard = {
  /** True when `event` is the rep's own activation of `control`. */
  mayAct(event: Event, control: HTMLElement): boolean;
  disconnect(): void;
};

const MIN_OPACITY = 0.9;

/** The element's composed ancestors: through shadow roots to their hosts, up to <html>. */
function composedAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) chain.push(node);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return chain;
}

/** Rendered, opaque enough and undistorted: no ancestor hides, fades, filters or blends it. */
export function isRenderedPlainly(control: HTMLElement, view: Window): boolean {
  let opacity = 1;
  for (const element of composedAncestors(control)) {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    if (opacity < MIN_OPACITY) return false;
    if (style.filter && style.filter !== 'none') return false;
    if (style.mixBlendMode && style.mixBlendMode !== 'normal') return false;
    const clip = style.clipPath;
    if (clip && clip !== 'none') return false;
  }
  const box = control.getBoundingClientRect();
  return box.width >= 8 && box.height >= 8;
}

/** What is on top at (x, y): the page sees our host; inside our root, the control itself. */
export function isOnTopAt(control: HTMLElement, root: ShadowRoot, doc: Document, x: number, y: number): boolean {
  if (typeof doc.elementFromPoint !== 'function') return false;
  const outer = doc.elementFromPoint(x, y);
  if (!outer || outer !== root.host) return false;
  const inner = typeof root.elementFromPoint === 'function' ? root.elementFromPoint(x, y) : null;
  return inner !== null && control.contains(inner);
}

function pointOf(event: Event, control: HTMLElement): { x: number; y: number } {
  // A click from a pointing device has coordinates; one from the keyboard (Enter, Space) has detail 0.
  if (event instanceof MouseEvent && event.detail > 0) return { x: event.clientX, y: event.clientY };
  const box = control.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Chromium's IntersectionObserver v2: tells whether the target is unoccluded and undistorted. */
export function trackVisibility(target: Element, view: Window & typeof globalThis): VisibilityWitness | undefined {
  const Observer = view.IntersectionObserver;
  if (typeof Observer !== 'function') return undefined;
  let visible = false;
  let supported = false;
  const observer = new Observer(
    (entries) => {
      for (const entry of entries) {
        const v2 = entry as IntersectionObserverEntry & { isVisible?: boolean };
        if (typeof v2.isVisible === 'boolean') {
          supported = true;
          visible = v2.isVisible;
        }
      }
    },
    { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return {
    // Until the observer has spoken, or where it has no v2, it vouches for nothing either way.
    visible: () => !supported || visible,
    disconnect: () => observer.disconnect(),
  };
}

export function createRealInputGuard(root: ShadowRoot, doc: Document = document, witness?: VisibilityWitness): RealInputGuard {
  const view = doc.defaultView!;
  return {
    mayAct(event, control) {
      if (!event.isTrusted) return false;
      if (!control.isConnected || !isRenderedPlainly(control, view)) return false;
      if (witness && !witness.visible()) return false;
      const { x, y } = pointOf(event, control);
      return isOnTopAt(control, root, doc, x, y);
    },
    disconnect() {
      witness?.disconnect();
    },
  };
}
