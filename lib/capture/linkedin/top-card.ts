import { closest, isExcluded, ownerElements } from './dom';

/**
 * The "top card" is the block at the top of a profile with the owner's name,
 * headline, location and photo. Scoping selectors to it keeps them away from
 * the rest of the page (recommendations, activity, side rails).
 */

// Known class/attribute names, newest first. Hashed layouts match none of these.
const TOP_CARD_SELECTORS = [
  'section.pv-top-card',
  '.pv-top-card',
  'section[data-member-id]',
  '[data-view-name="profile-top-card"]',
  'section.top-card-layout',
  '.top-card-layout',
  '[data-sn-view-name="lead-header"]',
  '.org-top-card',
  '[data-view-name="organization-top-card"]',
];

/** The main content: <main> or role="main", else the body. */
export function mainArea(doc: Document): Element | undefined {
  return ownerElements(doc, 'main, [role="main"]')[0] ?? doc.body ?? undefined;
}

/** The first level-1 heading that belongs to the page owner (h1 or role="heading"). */
export function ownerHeading(doc: Document): Element | undefined {
  const main = mainArea(doc);
  return (
    ownerElements(main, 'h1')[0] ??
    ownerElements(main, '[role="heading"][aria-level="1"]')[0] ??
    ownerElements(doc, 'h1')[0]
  );
}

export function findTopCard(doc: Document): Element | undefined {
  for (const selector of TOP_CARD_SELECTORS) {
    const found = ownerElements(doc, selector)[0];
    if (found) return found;
  }
  // Structure only: the section around the owner's heading, else the first section of main.
  const heading = ownerHeading(doc);
  const section = heading ? closest(heading, 'section') : undefined;
  if (section && !isExcluded(section)) return section;
  const main = mainArea(doc);
  return ownerElements(main, 'section')[0] ?? main;
}
