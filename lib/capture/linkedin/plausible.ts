import { cleanLine, LIMITS } from '../../schema/clean-text';
import { classifyLinkedInUrl } from '../linkedin-url';
import { absoluteUrl } from './dom';
import { cleanPersonName } from '../../leads/person-name';
import type { CompanyDraft, CompanyField, PersonDraft, PersonField } from './types';

/**
 * Every value a strategy reads passes one of these checks before it is kept.
 * A selector can land on the wrong element (a badge, a count, a button label),
 * so values that cannot be what the field means are rejected here, in one place,
 * and the next strategy gets a chance to fill the field.
 */

// UI words that some element carries instead of a person's data.
const NOISE = /^(?:linkedin|linkedin member|członek linkedin|użytkownik linkedin|linkedin-mitglied|membre de linkedin|miembro de linkedin|membru linkedin|участник linkedin|пользователь linkedin|sign in|join now|zaloguj się|dołącz teraz|show more|see more|pokaż więcej|more|więcej|message|wiadomość|connect|połącz|follow|obserwuj|contact info|informacje kontaktowe|…|\.\.\.)$/iu;

// Notification counters: "(3)", "99+", "3 notifications", "12 nowych powiadomień".
const COUNTER = /^(?:\(\s*\d+\+?\s*\)|\d+\+?|\d+\+?\s+(?:new\s+)?(?:notifications?|messages?|nowych|nowe|powiadomie\p{L}*|wiadomo\p{L}*)(?:\s+\p{L}+)?)$/iu;

// Connection / follower counts are never a location, title or company.
const NUMERIC_LEAD = /^\d[\d\s.,]*\+?\s/u;

interface TextRule {
  max: number;
  /** Cut overlong text instead of rejecting it (a long headline is still a headline). */
  cut?: boolean;
  /** Reject values that start with a number ("500+ connections"). */
  noNumericLead?: boolean;
}

export function acceptText(raw: unknown, rule: TextRule): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let cleaned = cleanLine(raw, rule.max + 1);
  if (!cleaned) return undefined;
  if (cleaned.length > rule.max) {
    if (!rule.cut) return undefined;
    cleaned = cleanLine(cleaned, rule.max);
  }
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return undefined;
  if (NOISE.test(cleaned) || COUNTER.test(cleaned)) return undefined;
  if (rule.noNumericLead && NUMERIC_LEAD.test(cleaned)) return undefined;
  return cleaned;
}

/** "An exact match for jane-doe-42 could not be found.": a full stop after several small words is a sentence, not a name. */
export function isSentence(text: string): boolean {
  if (!/[.!?]$/u.test(text)) return false;
  const words = text.split(/\s+/u);
  return words.length >= 5 && words.filter((word) => /^\p{Ll}/u.test(word)).length >= 3;
}

/** A person's display name: decorations removed, implausible values rejected. */
export function acceptName(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 2_000) return undefined;
  const plain = acceptText(raw, { max: 300 });
  if (!plain) return undefined;
  // A page title ("Experience | Jane Doe | LinkedIn") is no name, even though a bar ends a name (names.ts).
  if (/[|｜]\s*linkedin\s*$/iu.test(plain)) return undefined;
  const name = cleanPersonName(plain);
  if (!name || name.length > 150) return undefined;
  if (!/\p{L}/u.test(name)) return undefined;
  if (NOISE.test(name) || COUNTER.test(name)) return undefined;
  if (/\|\s*linkedin\s*$/iu.test(name)) return undefined;
  if (name.split(/\s+/).length > 12) return undefined;
  if (isSentence(name)) return undefined;
  return name;
}

export function acceptUrl(raw: unknown): string | undefined {
  return typeof raw === 'string' ? absoluteUrl(raw) : undefined;
}

/** Placeholder avatars (ghost person, data: gifs) are not a photo of anyone. */
export function acceptPhotoUrl(raw: unknown): string | undefined {
  const url = acceptUrl(raw);
  if (!url) return undefined;
  return /ghost|placeholder|\/static\.licdn\.com\/aero/i.test(url) ? undefined : url;
}

export function acceptCompanyUrl(raw: unknown): string | undefined {
  const url = acceptUrl(raw);
  if (!url) return undefined;
  const page = classifyLinkedInUrl(url);
  return page.kind === 'company' ? page.canonicalUrl : undefined;
}

export function acceptProfileUrl(raw: unknown): string | undefined {
  const url = acceptUrl(raw);
  if (!url) return undefined;
  const page = classifyLinkedInUrl(url);
  return page.kind === 'person' ? page.canonicalUrl : undefined;
}

const PERSON_RULES: Record<PersonField, (raw: unknown) => string | undefined> = {
  fullName: acceptName,
  firstName: (raw) => acceptText(raw, { max: LIMITS.name }),
  lastName: (raw) => acceptText(raw, { max: LIMITS.name }),
  headline: (raw) => acceptText(raw, { max: LIMITS.headline, cut: true }),
  title: (raw) => acceptText(raw, { max: LIMITS.title, cut: true, noNumericLead: true }),
  companyName: (raw) => acceptText(raw, { max: LIMITS.company, noNumericLead: true }),
  companyLinkedinUrl: acceptCompanyUrl,
  location: (raw) => acceptText(raw, { max: LIMITS.location, noNumericLead: true }),
  photoUrl: acceptPhotoUrl,
  linkedinUrl: acceptProfileUrl,
};

export function acceptPersonField(field: PersonField, raw: unknown): string | undefined {
  try {
    return PERSON_RULES[field](raw);
  } catch {
    return undefined;
  }
}

// A size band is a range or an open top: "201-500 employees", "10,001+ employees",
// "2–10 pracowników", "51-200 Beschäftigte", "51-200 de angajați", "51–200 сотрудников".
// A bare count ("69 employees", "View all 69 employees", "3 employees work in Brooklyn")
// is how many members list the company on LinkedIn, never its size band.
export const SIZE_BAND =
  /\d[\d\s.,]*(?:\s*[-–—]\s*\d[\d\s.,]*|\+)\s*(?:de\s+)?(?:employees|pracowników|pracownicy|beschäftigte|mitarbeiter|employés|salariés|empleados|trabajadores|angajați|angajaţi|angajati|сотрудник\p{L}*|работник\p{L}*)(?!\p{L})/iu;

const COMPANY_RULES: Record<CompanyField, (raw: unknown) => string | undefined> = {
  name: (raw) => acceptText(raw, { max: LIMITS.company }),
  industry: (raw) => acceptText(raw, { max: 200, noNumericLead: true }),
  sizeBand: (raw) => {
    const text = acceptText(raw, { max: 200 });
    const match = text ? SIZE_BAND.exec(text) : null;
    return match ? match[0].replace(/\s*[–—]\s*/u, '-').replace(/\s+/g, ' ').trim() : undefined;
  },
  website: (raw) => {
    const url = acceptUrl(raw);
    // The company's own site, not a link back into LinkedIn.
    return url && !/^https?:\/\/([a-z0-9-]+\.)*linkedin\.com(?:[/:?#]|$)/i.test(url) ? url : undefined;
  },
  headquarters: (raw) => acceptText(raw, { max: LIMITS.location, noNumericLead: true }),
  logoUrl: acceptPhotoUrl,
};

export function acceptCompanyField(field: CompanyField, raw: unknown): string | undefined {
  try {
    return COMPANY_RULES[field](raw);
  } catch {
    return undefined;
  }
}

/** Copy into `target` only the fields it still lacks, each through its check; the fields filled. */
export function fillPerson(target: PersonDraft, found: PersonDraft): PersonField[] {
  const filled: PersonField[] = [];
  for (const key of Object.keys(found) as PersonField[]) {
    if (target[key] !== undefined) continue;
    const value = acceptPersonField(key, found[key]);
    if (value !== undefined) {
      target[key] = value;
      filled.push(key);
    }
  }
  return filled;
}

export function fillCompany(target: CompanyDraft, found: CompanyDraft): CompanyField[] {
  const filled: CompanyField[] = [];
  for (const key of Object.keys(found) as CompanyField[]) {
    if (target[key] !== undefined) continue;
    const value = acceptCompanyField(key, found[key]);
    if (value !== undefined) {
      target[key] = value;
      filled.push(key);
    }
  }
  return filled;
}
