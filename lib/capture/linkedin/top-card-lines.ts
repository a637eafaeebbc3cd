import { attr, closest, ownerElements, query, shownTextOf } from './dom';
import { acceptPersonField } from './plausible';
import { findTopCard, ownerHeading } from './top-card';
import type { PageContext, PersonDraft } from './types';

/**
 * Structure only, for a top card whose class names are all hashed: under the name
 * come the headline, then the location line. Read as lines of plain text in
 * document order after the name heading, skipping what is not a line of the card's
 * own text (links, buttons, images: the current company, the school, "Contact info",
 * the connection count link). It runs after the class selectors and the "text before
 * Contact info" rule, so it only fills a location they could not find.
 */

// "· 3rd+", "2nd", "1st degree connection": the degree badge beside the name.
const DEGREE = /^[·•]?\s*(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)\+?)(?:\s|$)/iu;
// The badge in the other UI languages ("· 2.", "· 2-й", "· 3.+", "· 2") and its screen-reader sentence
// ("kontakt 2. stopnia", "контакт 2-го уровня", "conexiune de gradul 2"): taken for the headline, it
// made the real headline the "location".
const DEGREE_BADGE = /^[·•]?\s*\d(?:\.|-?\p{L}{1,2})?\s*\+?$/u;
const DEGREE_SENTENCE = /^(?=\D{0,30}\d\D{0,30}$).*(?:degree|stopnia|gradul|уровня|степени)/iu;
const isDegree = (text: string) => DEGREE.test(text) || DEGREE_BADGE.test(text) || DEGREE_SENTENCE.test(text);
// "(She/Her)", "He/Him": pronouns beside the name.
const PRONOUNS = /^\(?\p{L}+(?:\s*\/\s*\p{L}+)+\)?$/u;
// A place: letters, spaces and the punctuation of place names; no digits, bars, dots or @.
const PLACE = /^[\p{L}\p{M}][\p{L}\p{M}\s,.'’()\-–]{0,98}[\p{L}\p{M}.)]$/u;
// Lines after the headline to look at before giving up: the location is the first or second.
const MAX_LINES = 4;
const BLOCK_CHILDREN = 'div, p, li, ul, ol, section, h1, h2, h3, h4';
const DIALOGS = '[role="dialog"], [aria-modal="true"], form';
const CONTROLS = `a, button, img, svg, input, iframe, ${DIALOGS}`;
// Menu entries drawn as <div role="button"> ("Share profile in a message" in the "More" menu): a label, never a line of the card.
const ROLE_CONTROLS = '[role="button"], [role="link"], [role="menuitem"], [role="menu"]';
// Not shown at all: a membership badge LinkedIn keeps in the card with display: none.
const NOT_SHOWN = '[hidden], [style*="display: none"], [style*="display:none"]';

/** A block whose text is one line of the card's own text (no controls, no nested blocks). */
function isTextLine(el: Element): boolean {
  return query(el, `${BLOCK_CHILDREN}, ${CONTROLS}`) === undefined && !closest(el, `a, button, ${ROLE_CONTROLS}, ${DIALOGS}, ${NOT_SHOWN}`);
}

function namedByLabels(card: Element, text: string): boolean {
  const lower = text.toLowerCase();
  return ownerElements(card, '[aria-label]', 50).some((el) => (attr(el, 'aria-label') ?? '').toLowerCase().includes(lower));
}

export function locationUnderHeadline(doc: Document): string | undefined {
  const card = findTopCard(doc);
  const heading = ownerHeading(doc);
  if (!card || !heading || !card.contains(heading)) return undefined;
  let headlineSeen = false;
  let lines = 0;
  let previous = '';
  // h2/h3: the 2018 card set its headline and location as headings.
  for (const el of ownerElements(card, 'div, p, span, li, h2, h3', 1_000)) {
    if (heading.contains(el) || !(heading.compareDocumentPosition(el) & 4 /* FOLLOWING */)) continue;
    if (!isTextLine(el)) continue;
    const text = shownTextOf(el);
    if (!text || text === previous) continue;
    previous = text;
    if (isDegree(text) || PRONOUNS.test(text)) continue;
    if (!headlineSeen) {
      headlineSeen = acceptPersonField('headline', text) !== undefined;
      continue;
    }
    lines += 1;
    if (lines > MAX_LINES) return undefined;
    // A company or school line written as text is named by its "Current company: …" label.
    if (PLACE.test(text) && !namedByLabels(card, text)) return acceptPersonField('location', text);
  }
  return undefined;
}

export function personFromTopCardLines(ctx: PageContext): PersonDraft {
  return { location: locationUnderHeadline(ctx.doc) };
}
