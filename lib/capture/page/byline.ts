import { isJobTitlePart } from './open-graph';
import { bareName, hasLegalForm, looksLikeTitle, splitTitleAtCompany } from './names';
import { elementText, sameText, splitSegments } from './text';

/**
 * The job line a bio prints under the person's name: "<h1>Anna Nowak</h1><p>Head of Sales at
 * Acme</p>" (speaker, team and personal pages), or its first sentence, "Anna Nowak, Head of
 * Sales at Acme, has built…". Read only for the name the page's h1 shows; text only, never markup.
 */
export interface Byline {
  title: string;
  company?: string;
}

// "Dyrektor w Acme sp. z o.o.", "Director la Alfa S.R.L.", "Директор в ООО «Ромашка»": a company after
// these only with a legal form or quoted ("Trener w Warszawie" is a city).
const JOINERS = [' w ', ' la ', ' в '];
// A line longer than this is a paragraph, not the line under a name.
const MAX_LINE = 150;
const MAX_PARAGRAPHS = 40;

/** "Head of Sales at Acme", "Head of Sales, Acme", "Doradca ds. sprzedaży B2B": a job title and maybe a company. */
export function parseJobLine(raw: string): Byline | undefined {
  if (raw.length > MAX_LINE) return undefined;
  const split = splitTitleAtCompany(raw);
  if (split && isJobTitlePart(split[0])) return { title: split[0], company: companyPart(split[1]) };
  for (const joiner of JOINERS) {
    const i = raw.lastIndexOf(joiner);
    const company = i > 0 ? companyPart(raw.slice(i + joiner.length)) : undefined;
    if (company && (hasLegalForm(company) || /^["«„]/u.test(company)) && isJobTitlePart(raw.slice(0, i))) return { title: raw.slice(0, i).trim(), company };
  }
  // "Head of Sales, Acme" (or "| Acme"); a third part ("…, Warsaw, Poland") makes the second a place, maybe.
  const parts = splitSegments(raw, true);
  if (!isJobTitlePart(parts[0])) return undefined;
  return { title: parts[0], company: parts.length === 2 ? companyPart(parts[1]) : undefined };
}

/**
 * A company's name after a job title: short, not another job title, not a clause ("has built…"). One
 * that reads like a person's name ("Acme Robotics") is kept: a line under a name rarely names another.
 */
function companyPart(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text || text.length > 60 || text.split(' ').length > 6 || looksLikeTitle(text)) return undefined;
  return hasLegalForm(text) || !/^\p{Ll}/u.test(text) ? text : undefined;
}

/** "Anna Nowak, Head of Sales at Acme, has…": the clause after the name, when the text opens with it. */
function clauseAfterName(text: string, name: string): Byline | undefined {
  if (!text.startsWith(`${name}, `)) return undefined;
  return parseJobLine(text.slice(name.length + 2).split(/, |\. /)[0] ?? '');
}

/** The two elements after the h1 (or after its wrapper, when the h1 ends it), whose text reads as a job line. */
function lineUnderHeading(h1: Element, name: string): Byline | undefined {
  const anchor = h1.nextElementSibling ? h1 : h1.parentElement;
  let el = anchor?.nextElementSibling ?? null;
  for (let i = 0; el && i < 2; i += 1, el = el.nextElementSibling) {
    // Read past the limit, so a long bio is refused whole rather than cut into a line.
    const text = elementText(el, MAX_LINE * 2);
    const line = text.startsWith(`${name}, `) ? clauseAfterName(text, name) : parseJobLine(text);
    if (line) return line;
  }
  return undefined;
}

/** The bio's first paragraph that opens with the name. */
function lineInBio(doc: Document, name: string): Byline | undefined {
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, MAX_PARAGRAPHS)) {
    const line = clauseAfterName(elementText(p, 400), name);
    if (line) return line;
  }
  return undefined;
}

/** The job line for `fullName` when the page's h1 is that name. */
export function bylineOf(doc: Document, fullName: string): Byline | undefined {
  const h1 = doc.querySelector('h1');
  if (!h1) return undefined;
  const heading = bareName(elementText(h1, 200));
  if (!sameText(heading, bareName(fullName))) return undefined;
  return lineUnderHeading(h1, heading) ?? lineInBio(doc, heading);
}

// Nouns that name a person's occupation, not a department ("Sales training…") nor a product
// ("Designer clothing…"): a line holding one says a site named after someone is that person's.
const OCCUPATIONS = new Set(['ceo', 'founder', 'co-founder', 'cofounder', 'owner', 'właściciel', 'właścicielka', 'consultant',
  'konsultant', 'konsultantka', 'consilier', 'консультант', 'doradca', 'coach', 'trener', 'trenerka', 'trainer', 'тренер', 'коуч',
  'freelancer', 'advisor', 'adviser', 'mentor', 'adwokat', 'avocat', 'адвокат', 'lawyer', 'attorney', 'radca', 'copywriter',
  'strategist', 'strateg', 'specialist', 'specjalista', 'specjalistka', 'director', 'dyrektor', 'директор', 'manager', 'менеджер',
  'основатель', 'developer', 'architect', 'analyst', 'recruiter', 'partner', 'president', 'prezes', 'engineer']);

/** Whether a job line names an occupation ("Doradca ds. sprzedaży B2B", "Sales consultant"), not only a field. */
export function namesOccupation(line: Byline | undefined): boolean {
  return Boolean(line?.title.toLocaleLowerCase().split(/[\s,.;:()&/|]+/).some((w) => OCCUPATIONS.has(w)));
}
