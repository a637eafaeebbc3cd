import { cleanLine } from '../../schema/text';
import { attr, query } from './dom';
import type { CompanyDraft, PageContext, PersonDraft } from './types';

/**
 * Strategy 4: the document <title> and <meta> tags. They survive every redesign
 * but carry less: "Jane Doe | LinkedIn", "(3) Jane Doe | LinkedIn" (unread
 * notification count first), "Jane Doe - Head of Sales - Acme | LinkedIn". A profile's
 * sub-pages put their own name first: "Experience | Jane Doe | LinkedIn",
 * "(3) Activity | Jane Doe | LinkedIn".
 */

const COUNT_PREFIX = /^\(\s*\d+\+?\s*\)\s*/u;
const LINKEDIN_SUFFIX = /\s*[|｜]\s*(?:linkedin(?:\s+sales\s+navigator)?|sales\s+navigator)\s*$/iu;
const PART_SEPARATOR = /\s+[-–—]\s+/u;
const BAR_SEPARATOR = /\s+[|｜]\s+/u;

export interface TitleParts {
  name: string;
  title?: string;
  company?: string;
}

/**
 * A profile's sub-page puts its own name (in the page's language) before the owner's:
 * "Experience | Jane Doe". Only there is the first bar-separated part dropped: on the
 * profile itself a bar belongs to the name people write ("Jane Doe | Growth").
 */
function ownerPart(text: string, sectionFirst: boolean): string {
  const bars = text.split(BAR_SEPARATOR);
  return sectionFirst && bars.length >= 2 ? bars.slice(1).join(' | ') : text;
}

/**
 * Parse a LinkedIn page title; undefined when it is not "<something> | LinkedIn".
 * `sectionFirst`: the page is a profile's sub-page (/in/<id>/details/…, /recent-activity/…).
 */
export function parseLinkedInTitle(raw: string | undefined, { sectionFirst = false } = {}): TitleParts | undefined {
  if (!raw) return undefined;
  const cleaned = cleanLine(raw, 1000).replace(COUNT_PREFIX, '');
  if (!LINKEDIN_SUFFIX.test(cleaned)) return undefined;
  const parts = ownerPart(cleaned.replace(LINKEDIN_SUFFIX, ''), sectionFirst).split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const [name] = parts;
  if (!name) return undefined;
  // Two parts are ambiguous (headline or company), so only three or more are split.
  if (parts.length >= 3) return { name, title: parts.slice(1, -1).join(' - '), company: parts[parts.length - 1] };
  return { name };
}

// Company tabs add ": About", ": Posts"... to the company name.
const COMPANY_TAB = /:\s*(?:about|overview|posts|jobs|people|life|events|products|informacje|przegląd|posty|oferty pracy|osoby|info|übersicht|beiträge|à propos|présentation|acerca de|información|empleos|despre|prezentare generală|postări|locuri de muncă|persoane|о компании|общие сведения|публикации|вакансии|сотрудники)\s*$/iu;

export function parseCompanyTitle(raw: string | undefined): string | undefined {
  const parsed = parseLinkedInTitle(raw);
  return parsed?.name.replace(COMPANY_TAB, '').trim() || undefined;
}

export function metaContent(doc: Document, key: string): string | undefined {
  const el = query(doc, `meta[property="${key}"]`) ?? query(doc, `meta[name="${key}"]`);
  return attr(el, 'content');
}

function documentTitle(doc: Document): string | undefined {
  const el = query(doc, 'head > title') ?? query(doc, 'title');
  return el ? el.textContent ?? undefined : undefined;
}

// Keyed parts of the public profile description: "Experience: Acme · Location: Boston".
const EXPERIENCE_KEY = /^(?:experience|doświadczenie|berufserfahrung|expérience|experiencia|experiență|опыт работы|опыт)\s*:\s*(.+)$/iu;
const LOCATION_KEY = /^(?:location|lokalizacja|standort|lieu|ubicación|locație|locaţie|locatie|местоположение)\s*:\s*(.+)$/iu;
const OTHER_KEY = /^[\p{L} ]{2,30}\s*:/u;

function parseProfileDescription(raw: string | undefined): PersonDraft {
  if (!raw) return {};
  const segments = cleanLine(raw, 2000).split(/\s+·\s+/u);
  const draft: PersonDraft = {};
  for (const segment of segments) {
    draft.companyName ??= EXPERIENCE_KEY.exec(segment)?.[1];
    draft.location ??= LOCATION_KEY.exec(segment)?.[1];
  }
  // The leading unkeyed part is the headline, but only in the keyed LinkedIn format.
  const first = segments[0];
  if ((draft.companyName || draft.location) && first && !OTHER_KEY.test(first)) draft.headline = first;
  return draft;
}

/**
 * "Jane Doe - Co-Founder & CTO - Aristotle - Co-Pilot for Cold Sales | LinkedIn": a company
 * name can hold " - " itself. Split at the last dash the title would lose the company's first
 * half to the job title; when the page already named the company, the title is what comes
 * before it.
 */
function titleBeside(parts: TitleParts | undefined, knownCompany: string | undefined): Pick<TitleParts, 'title' | 'company'> {
  if (!parts?.title || !parts.company || !knownCompany) return { title: parts?.title, company: parts?.company };
  const rest = `${parts.title} - ${parts.company}`;
  const company = cleanLine(knownCompany, 1000);
  if (rest.toLowerCase() === company.toLowerCase()) return { title: undefined, company };
  const suffix = ` - ${company}`.toLowerCase();
  if (!rest.toLowerCase().endsWith(suffix)) return { title: parts.title, company: parts.company };
  return { title: rest.slice(0, rest.length - suffix.length).trim() || undefined, company };
}

// /in/<id>/details/experience/, /in/<id>/recent-activity/all/: a page of the profile, not the profile.
const SUB_PAGE_PATH = /^\/in\/[^/]+\/[^/]+/u;

function isProfileSubPage(url: string): boolean {
  try {
    return SUB_PAGE_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The title and meta tags; `known` is what the page's other layers already read (the company, to split the title). */
export function personFromTitleAndMeta(ctx: PageContext, known: PersonDraft = {}): PersonDraft {
  const { doc } = ctx;
  const sectionFirst = isProfileSubPage(ctx.url);
  const parsed = parseLinkedInTitle(documentTitle(doc), { sectionFirst }) ?? parseLinkedInTitle(metaContent(doc, 'og:title'), { sectionFirst });
  const fromTitle = parsed ? { ...parsed, ...titleBeside(parsed, known.companyName) } : undefined;
  const description = parseProfileDescription(metaContent(doc, 'og:description') ?? metaContent(doc, 'description'));
  const image = metaContent(doc, 'og:image');
  return {
    fullName: fromTitle?.name,
    title: fromTitle?.title,
    companyName: fromTitle?.company ?? description.companyName,
    headline: description.headline,
    location: description.location,
    photoUrl: image && /profile-displayphoto/i.test(image) ? image : undefined,
  };
}

// "Head of Sales at Acme Analytics | B2B SaaS": the part before the first bar.
const HEADLINE_POSITION = /^(.{2,120}?)\s+(?:at|@|bei|chez)\s+(.{2,120})$/iu;

// "Former Head of Sales at Acme", "Ex-CFO @ Acme", "Były dyrektor w…", "Fost director la…", "Бывший директор…":
// a past job, which must not be saved as where the lead works now (an ended experience entry is not either).
const FORMER = /^(?:former|ex|previously|past|retired|były|była|byly|byla|fost|fostă|fosta|бывший|бывшая|экс)(?:[\s-]|$)/iu;

/** Last resort: a title and company spelled out in the headline. */
export function positionFromHeadline(headline: string | undefined): PersonDraft {
  const first = headline?.split(/\s+[|·•]\s+/u)[0]?.trim();
  const match = first ? HEADLINE_POSITION.exec(first) : null;
  return match && !FORMER.test(match[1] ?? '') ? { title: match[1], companyName: match[2] } : {};
}

export function companyFromTitleAndMeta(ctx: PageContext): CompanyDraft {
  const { doc } = ctx;
  const image = metaContent(doc, 'og:image');
  return {
    name: parseCompanyTitle(documentTitle(doc)) ?? parseCompanyTitle(metaContent(doc, 'og:title')),
    logoUrl: image && /company-logo/i.test(image) ? image : undefined,
  };
}
