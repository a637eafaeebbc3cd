/**
 * The list scan's memoised ancestor facts answer as `isExcluded(el)` and
 * `el.closest(VIEWER_AREA)` do, for every element of generated pages (fast-check):
 * nested headers and mains, roles, ids, classes and hidden areas in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAncestry } from '../../lib/capture/linkedin/ancestry';
import { isExcluded } from '../../lib/capture/linkedin/dom';

const VIEWER_AREA = '#global-nav, .global-nav, header, nav, [role="banner"], [role="navigation"]';

type Spec = { tag: string; role: string | null; id: string | null; cls: string | null; hidden: boolean; children: Spec[] };
const leaf = fc.record({
  tag: fc.constantFrom('div', 'li', 'a', 'span', 'header', 'main', 'nav', 'aside', 'footer', 'section', 'template'),
  role: fc.constantFrom(null, null, null, 'main', 'banner', 'navigation', 'complementary', 'listitem', 'dialog', 'contentinfo', 'Main'),
  id: fc.constantFrom(null, null, null, 'global-nav', 'msg-overlay', 'x', 'Global-Nav'),
  cls: fc.constantFrom(null, null, 'global-nav', 'x global-nav', 'global-navx', 'x', 'x\tglobal-nav\n', 'Global-Nav'),
  hidden: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
});
const tree: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 8 },
    leaf.map((spec) => ({ ...spec, children: [] })),
    fc.record({ spec: leaf, children: fc.array(tie('node'), { maxLength: 3 }) }).map(({ spec, children }) => ({ ...spec, children })),
  ),
})).node;

function build(doc: Document, spec: Spec): Element {
  const el = doc.createElement(spec.tag);
  if (spec.role !== null) el.setAttribute('role', spec.role);
  if (spec.id !== null) el.id = spec.id;
  if (spec.cls !== null) el.className = spec.cls;
  if (spec.hidden) el.setAttribute('hidden', '');
  for (const child of spec.children) el.append(build(doc, child));
  return el;
}

describe('ancestry', () => {
  it('answers as isExcluded and closest(viewer area) for every element, in any order asked', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.boolean(), (specs, reverse) => {
        const doc = document.implementation.createHTMLDocument('');
        for (const spec of specs) doc.body.append(build(doc, spec));
        const all = [...doc.querySelectorAll('*')];
        const ancestry = createAncestry();
        for (const el of reverse ? all.reverse() : all) {
          expect(ancestry.excluded(el)).toBe(isExcluded(el));
          expect(ancestry.inViewerArea(el)).toBe(el.closest(VIEWER_AREA) !== null);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a page nested deeper than real pages are is excluded, as isExcluded has it', () => {
    const doc = document.implementation.createHTMLDocument('');
    let parent: Element = doc.body;
    const chain: Element[] = [];
    for (let i = 0; i < 400; i += 1) {
      const div = doc.createElement('div');
      parent.append(div);
      chain.push(div);
      parent = div;
    }
    const ancestry = createAncestry();
    for (const el of [chain[399]!, chain[100]!, chain[252]!, chain[253]!, chain[254]!, chain[300]!]) expect(ancestry.excluded(el)).toBe(isExcluded(el));
    expect(isExcluded(chain[399]!)).toBe(true);
    expect(isExcluded(chain[100]!)).toBe(false);
  });
});
