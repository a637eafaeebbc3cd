import { classifyLinkedInUrl, isLinkedInHost } from '../linkedin-url';
import { absoluteUrl, attr, ownerElements, query } from './dom';
import { canonicalIdentities, pagePersonNode, readJsonLd, typesOf } from './structured';
import { findTopCard, mainArea } from './top-card';

/**
 * LinkedIn is a single-page app: after a click the URL already names the next
 * profile while the DOM still shows the previous one. Reading the DOM then would
 * save Alice's name under Bob's URL. These checks compare identity hints in the
 * DOM with the URL before anything is extracted.
 */

// Links that only the profile owner's own page has: /in/<id>/overlay/contact-info/ etc.
const OWNER_PATH = /^\/in\/[^/]+\/(?:overlay|details|detail|recent-activity)(?:\/|$)/;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function canonicalOf(raw: string | undefined): string | undefined {
  const url = absoluteUrl(raw);
  if (!url) return undefined;
  const page = classifyLinkedInUrl(url);
  return page.kind === 'other' ? undefined : page.canonicalUrl;
}

/** Profile-owner hints inside an element: data-public-identifier, owner-only links. */
function ownerHints(scope: Element | undefined): string[] {
  const hints: string[] = [];
  for (const el of ownerElements(scope, '[data-public-identifier]')) {
    const id = attr(el, 'data-public-identifier')?.trim();
    const hint = id ? canonicalOf(`https://www.linkedin.com/in/${encodeURIComponent(id)}/`) : undefined;
    if (hint) hints.push(hint);
  }
  for (const a of ownerElements(scope, 'a[href*="/in/"]')) {
    const href = absoluteUrl(attr(a, 'href'));
    if (!href) continue;
    const parsed = new URL(href);
    if (!isLinkedInHost(parsed.hostname) || !OWNER_PATH.test(parsed.pathname)) continue;
    const hint = canonicalOf(href);
    if (hint) hints.push(hint);
  }
  return unique(hints);
}

/** Page-level hints: <link rel=canonical>, og:url, the JSON-LD ProfilePage. */
function metaHints(doc: Document): string[] {
  const hints = [
    canonicalOf(attr(query(doc, 'link[rel="canonical"]'), 'href')),
    canonicalOf(attr(query(doc, 'meta[property="og:url"]'), 'content')),
  ];
  for (const node of readJsonLd(doc)) {
    if (!typesOf(node).includes('profilepage')) continue;
    hints.push(...canonicalIdentities(node));
  }
  return unique(hints.filter((h): h is string => h !== undefined));
}

const NUMERIC_COMPANY = /\/company\/\d+\/$/;

/** A numeric company id and a company slug can name the same company: not comparable. */
function comparable(hint: string, target: string): boolean {
  const bothCompanies = hint.includes('/company/') && target.includes('/company/');
  return !bothCompanies || NUMERIC_COMPANY.test(hint) === NUMERIC_COMPANY.test(target);
}

function decide(hints: string[], target: string): boolean | undefined {
  const usable = hints.filter((h) => comparable(h, target));
  return usable.length === 0 ? undefined : usable.includes(target);
}

/** Only the page-level hints: used to decide whether <title>/<meta> can be trusted. */
export function metaMatchesUrl(doc: Document, url: string): boolean | undefined {
  try {
    const page = classifyLinkedInUrl(url);
    return page.kind === 'other' ? undefined : decide(metaHints(doc), page.canonicalUrl);
  } catch {
    return undefined;
  }
}

/**
 * Does the DOM show the profile (or company) the URL names?
 * true / false when the DOM carries an identity hint, undefined when it carries none
 * (or for Sales Navigator, whose lead ids the DOM does not expose reliably).
 */
export function documentMatchesUrl(doc: Document, url: string): boolean | undefined {
  try {
    const page = classifyLinkedInUrl(url);
    if (page.kind === 'other' || page.kind === 'sales-nav-lead') return undefined;
    const target = page.canonicalUrl;
    if (page.kind === 'person') {
      // Nearest to what is read first: the top card, then the rest of main, then the head.
      for (const hints of [ownerHints(findTopCard(doc)), ownerHints(mainArea(doc)), metaHints(doc)]) {
        const decision = decide(hints, target);
        if (decision !== undefined) return decision;
      }
      // JSON-LD can list several people: a match confirms, another person proves nothing.
      return pagePersonNode(readJsonLd(doc), target) ? true : undefined;
    }
    return decide(metaHints(doc), target);
  } catch {
    return undefined;
  }
}
