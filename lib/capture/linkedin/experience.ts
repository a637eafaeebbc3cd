import { attr, closest, isExcluded, ownerElements, query, queryAll, textOf, visibleChunks } from './dom';
import { mainArea } from './top-card';

/**
 * The current position (title + company) comes from the first entry of the
 * Experience section. Three markups are understood: class names of the previous
 * layout and of the public profile, and - for the current and hashed layouts -
 * the order of the aria-hidden "visible text" spans, which survives class hashing.
 */

const EXPERIENCE_HEADING = /^(?:experience|doświadczenie|berufserfahrung|erfahrung|expérience|experiencia|esperienza|ervaring|experiência|experiență|experienţă|experienta|опыт работы|опыт)$/iu;
const ANCHORS = ['#experience', '#experience-section', 'section[data-section="experience"]', '.experience-section'];

// A date chunk names a year: "Jan 2021 - Present · 3 yrs", "sty 2019 – obecnie".
const HAS_YEAR = /(?:19|20)\d{2}/;
// Two years in the range means the position ended.
const ENDED = /(?:19|20)\d{2}\D{1,40}?(?:19|20)\d{2}/;
// "Acme Analytics · Full-time": the part after the dot is the employment type.
const DOT_SEPARATOR = /\s+[·•]\s+/;

export interface Position {
  title?: string;
  company?: string;
  companyUrl?: string;
}

export function experienceSection(doc: Document): Element | undefined {
  for (const selector of ANCHORS) {
    const anchor = query(doc, selector);
    if (anchor && !isExcluded(anchor)) return closest(anchor, 'section') ?? anchor;
  }
  for (const section of ownerElements(mainArea(doc), 'section')) {
    const heading = query(section, 'h2, h3, [role="heading"]');
    if (heading && EXPERIENCE_HEADING.test(textOf(heading))) return section;
  }
  return undefined;
}

/** First list item that is not nested in another list item of the section. */
function firstEntry(section: Element): Element | undefined {
  return queryAll(section, 'li').find((li) => {
    const outer = li.parentElement ? closest(li.parentElement, 'li') : undefined;
    return !(outer && section.contains(outer)) && textOf(li).length > 0;
  });
}

function textWithout(el: Element | undefined, dropSelector: string): string | undefined {
  if (!el) return undefined;
  let text = textOf(el);
  for (const part of queryAll(el, dropSelector)) {
    const drop = textOf(part);
    if (drop) text = text.replace(drop, '');
  }
  return text.trim() || undefined;
}

function byClassNames(entry: Element): Position & { dates?: string } {
  return {
    title: textOf(query(entry, '.pv-entity__summary-info h3, .profile-section-card__title, .experience-item__title')) || undefined,
    company: textWithout(query(entry, '.pv-entity__secondary-title, .profile-section-card__subtitle, .experience-item__subtitle'), '.separator'),
    dates: textOf(query(entry, '.pv-entity__date-range span:nth-child(2), .date-range, .experience-item__duration')) || undefined,
  };
}

function byChunks(entry: Element): Position & { dates?: string } {
  const nested = queryAll(entry, 'li');
  const own = visibleChunks(entry, (el) => nested.some((li) => li.contains(el)));
  const ownDates = own.find((c) => HAS_YEAR.test(c));
  const companyOf = (chunk: string | undefined) =>
    chunk && !HAS_YEAR.test(chunk) ? chunk.split(DOT_SEPARATOR)[0] : undefined;
  if (!ownDates && nested.length > 0) {
    // Grouped entry: one company, several roles below it; the first dated role is the newest.
    const role = nested.find((li) => visibleChunks(li).some((c) => HAS_YEAR.test(c)));
    if (role) {
      const chunks = visibleChunks(role);
      return { title: chunks[0], company: companyOf(own[0]), dates: chunks.find((c) => HAS_YEAR.test(c)) };
    }
  }
  return { title: own[0], company: companyOf(own[1]), dates: ownDates };
}

/** The newest position, or undefined when the newest one has already ended. */
export function currentPosition(doc: Document): Position | undefined {
  const section = experienceSection(doc);
  const entry = section ? firstEntry(section) : undefined;
  if (!entry) return undefined;
  const classes = byClassNames(entry);
  const chunks = byChunks(entry);
  const dates = classes.dates ?? chunks.dates;
  if (dates && ENDED.test(dates)) return undefined;
  const link = query(entry, 'a[href*="/company/"]');
  return {
    title: classes.title ?? chunks.title,
    company: classes.company ?? chunks.company,
    companyUrl: attr(link, 'href'),
  };
}
