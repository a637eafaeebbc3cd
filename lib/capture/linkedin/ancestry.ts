import { isExcludedArea, MAX_DEPTH } from './dom';

/**
 * `isExcluded` and "is it in the rep's own navigation" for many elements of one
 * page, each ancestor looked at once. A list page's links share most of their
 * ancestors (a search page: 40 links, 25 levels deep): walking up from each link
 * read the same few hundred elements over and over, in the scan an in-page
 * navigation pays for (docs/benchmarks.md, "Content-script cost"). Answers are the
 * same as `isExcluded(el)` and `el.closest(VIEWER_AREA) !== null` (a property test
 * holds them to it). Kept for one scan: the page changes between scans.
 */
export type Ancestry = {
  excluded(el: Element): boolean;
  /** Inside the global navigation or a page-level header (the "Me" menu shows the rep). */
  inViewerArea(el: Element): boolean;
};

type Facts = {
  /** Elements from this one up to the root, itself included. */
  length: number;
  /** This element or one above it is an excluded area. */
  area: boolean;
  /** A <main> (or role=main that is not a <header>) at or above this element. */
  main: boolean;
  /** A <header> at or above this element, and whether a main sits above the lowest one. */
  header: boolean;
  headerInMain: boolean;
  viewer: boolean;
};

const VIEWER_ROLES = new Set(['banner', 'navigation']);
/** The class read from its attribute: no `classList` object made for each ancestor of the scan. */
const GLOBAL_NAV_CLASS = /(?:^|[ \t\n\f\r])global-nav(?:[ \t\n\f\r]|$)/;

function factsOf(node: Element, above: Facts | undefined): Facts {
  const tag = node.localName;
  const role = node.getAttribute('role');
  const isHeader = tag === 'header';
  const ownViewer = isHeader || tag === 'nav' || node.id === 'global-nav' || GLOBAL_NAV_CLASS.test(node.getAttribute('class') ?? '') || (role !== null && VIEWER_ROLES.has(role));
  return {
    length: (above?.length ?? 0) + 1,
    area: (above?.area ?? false) || isExcludedArea(node, role),
    main: (above?.main ?? false) || (!isHeader && (tag === 'main' || role === 'main')),
    header: isHeader || (above?.header ?? false),
    headerInMain: isHeader ? (above?.main ?? false) : (above?.headerInMain ?? false),
    viewer: ownViewer || (above?.viewer ?? false),
  };
}

export function createAncestry(): Ancestry {
  const known = new Map<Element, Facts>();
  /** Undefined for an element deeper than a real page nests (a hostile page): excluded, like isExcluded. */
  function lookup(el: Element): Facts | undefined {
    const chain: Element[] = [];
    let above: Facts | undefined;
    for (let node: Element | null = el; node; node = node.parentElement) {
      above = known.get(node);
      if (above) break;
      if (chain.length > MAX_DEPTH) return undefined;
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      above = factsOf(chain[i]!, above);
      known.set(chain[i]!, above);
    }
    return above;
  }
  return {
    excluded(el) {
      const facts = lookup(el);
      return !facts || facts.length > MAX_DEPTH || facts.area || (facts.header && !facts.headerInMain);
    },
    inViewerArea(el) {
      return lookup(el)?.viewer ?? false;
    },
  };
}
