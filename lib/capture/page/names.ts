import { cleanLine } from '../../schema/text';

/**
 * Heuristics for text that is not structured: is this a person's name, a job
 * title, a company? They err on "no": a missing name is typed by the rep, a
 * wrong one ("Contact Us", "VP Sales") pollutes the lead list.
 */

// One name word: starts with an upper-case (or caseless-script) letter, then letters,
// marks, apostrophes, dots, hyphens. A single character class under `*`: no backtracking.
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]*$/u;

// Lower-case particles allowed inside a name ("Ludwig van Beethoven").
const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'della', 'dos', 'das',
  'do', 'bin', 'ibn', 'al', 'el', 'y', 'zu', 'ten', 'ter', 'st.',
]);

/** Words that make a short capitalised phrase a job title rather than a name. */
const TITLE_WORDS = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cro', 'cpo', 'ciso', 'vp', 'svp', 'evp', 'avp',
  'president', 'director', 'manager', 'head', 'chief', 'officer', 'founder', 'co-founder',
  'cofounder', 'engineer', 'lead', 'senior', 'junior', 'partner', 'consultant', 'executive',
  'vice', 'owner', 'developer', 'designer', 'specialist', 'analyst', 'recruiter', 'sales',
  'marketing', 'growth', 'operations', 'coordinator', 'assistant', 'associate', 'principal',
  'intern', 'advisor', 'adviser', 'architect', 'representative', 'administrator', 'ae', 'sdr',
  'bdr', 'dyrektor', 'kierownik', 'prezes', 'właściciel', 'specjalista', 'directorul',
  'director-general', 'директор', 'руководитель', 'менеджер', 'основатель',
  // Freelancers' and consultants' trades, as their own sites title them ("Jan Kowalski — doradca").
  'doradca', 'konsultant', 'consilier', 'консультант', 'coach', 'trener', 'trainer', 'тренер', 'коуч',
  'freelancer', 'mentor', 'adwokat', 'avocat', 'адвокат', 'lawyer', 'attorney', 'radca', 'copywriter',
  'strategist', 'strateg',
]);

/** Words that never appear in a person's name but do in buttons and headings. */
const NOT_NAME_WORDS = new Set([
  ...TITLE_WORDS,
  'contact', 'us', 'me', 'email', 'e-mail', 'mail', 'send', 'write', 'call', 'click', 'here',
  'read', 'more', 'about', 'team', 'our', 'your', 'my', 'the', 'a', 'an', 'home', 'page',
  'support', 'info', 'hello', 'hi', 'get', 'in', 'touch', 'view', 'profile', 'linkedin',
  'message', 'connect', 'follow', 'see', 'learn', 'company', 'inc', 'inc.', 'ltd', 'ltd.',
  'llc', 'gmbh', 'corp', 'corp.', 'corporation', 'co.', 'group', 'services', 'solutions',
  'and', 'or', 'of', 'for', 'to', 'at', 'with', 'by', 'from', 'on', 'new', 'all', 'privacy',
  'policy', 'terms', 'cookie', 'cookies', 'login', 'sign', 'up', 'download', 'subscribe',
  'newsletter', 'office', 'headquarters', 'welcome', 'thanks', 'thank', 'you', 'regards',
  'dear', 'sincerely', 'phone', 'tel', 'tel.', 'mobile', 'website', 'www', 'http', 'https',
  'is', 'are', 'was', 'this', 'that', 'it', 'we', 'i', 'not', 'no', 'yes', 'now', 'today',
  'kontakt', 'napisz', 'zadzwoń', 'contactează', 'контакты', 'написать',
]);

const COMPANY_SUFFIXES = new Set([
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'gmbh', 'corp', 'corp.', 'co.', 'plc', 'ag', 'sa', 's.a.',
  'srl', 's.r.l.', 'o.o.', 'bv', 'b.v.', 'nv', 'oy', 'ab', 'as', 'a/s', 'oü', 'ооо', 'llp', 'lp',
  'pty', 'sas', 'sarl', 'kft', 'spa', 's.p.a.',
]);

function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

/** "Jane Doe", "Jean-Luc van der Berg", "Анна Петрова": two to six name words, no digits. */
export function isPlausibleName(raw: string): boolean {
  const text = cleanLine(raw, 120);
  if (text.length < 3 || text.length > 80) return false;
  const list = words(text);
  if (list.length < 2 || list.length > 6) return false;
  let nameWords = 0;
  for (const word of list) {
    const lower = word.toLocaleLowerCase();
    if (NOT_NAME_WORDS.has(lower)) return false;
    if (PARTICLES.has(lower)) continue;
    if (word.length > 40 || !NAME_WORD.test(word)) return false;
    nameWords += 1;
  }
  return nameWords >= 2;
}

/** "VP Sales", "Head of Growth", "Dyrektor handlowy". */
export function looksLikeTitle(raw: string): boolean {
  for (const word of words(cleanLine(raw, 200).toLocaleLowerCase())) {
    const bare = word.replace(/^[(,]+|[),:]+$/g, '');
    if (TITLE_WORDS.has(bare)) return true;
  }
  return false;
}

// Words naming an event, not a company or a job: "Sales Forum 2025", "Konferencja Marketingu", "Форум продаж".
const EVENT_WORDS = new Set(['conference', 'conf', 'summit', 'forum', 'congress', 'expo', 'festival', 'fest', 'meetup',
  'symposium', 'convention', 'hackathon', 'konferencja', 'kongres', 'targi', 'szczyt', 'conferința', 'conferinta',
  'congres', 'конференция', 'форум', 'саммит', 'конгресс', 'выставка', 'фестиваль', 'митап']);

/** "Sales Forum 2025", "SaaS Summit": an event's name (one with a legal form is a company: "Forum Media sp. z o.o."). */
export function namesEvent(raw: string | undefined): boolean {
  if (!raw || hasLegalForm(raw)) return false;
  return cleanLine(raw, 200).toLocaleLowerCase().split(/[^\p{L}]+/u).some((w) => EVENT_WORDS.has(w));
}

/** "Acme Corp", "Foo sp. z o.o.": ends with a legal-form suffix. */
export function looksLikeCompany(raw: string): boolean {
  const list = words(cleanLine(raw, 200).toLocaleLowerCase());
  const last = list[list.length - 1];
  return last !== undefined && COMPANY_SUFFIXES.has(last.replace(/,$/, ''));
}

// Legal forms written before the name: ООО «Ромашка», S.C. Alfa S.R.L.
const LEADING_FORMS = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'тов', 'пп', 's.c.', 'sc']);
// The words of Polish forms that end a name ("sp. z o.o.", "sp.k."), besides the last one.
const SUFFIX_PIECES = new Set(['sp.', 'z', 'sp', 'k.', 'j.', 'sp.k.', 'sp.j.']);
// Legal forms written into the name without spaces (株式会社サンプル) or before it in Arabic (شركة).
const JOINED_FORMS = /株式会社|有限会社|合同会社|有限公司|股份有限公司|^شركة\s/u;

/** "Acme Corp", "ООО «Ромашка»", "株式会社サンプル": a legal form at either end, or written into the name. */
export function hasLegalForm(raw: string): boolean {
  const first = raw.trim().split(' ')[0]?.toLocaleLowerCase() ?? '';
  return looksLikeCompany(raw) || LEADING_FORMS.has(first) || JOINED_FORMS.test(raw);
}

/** A company's name without its legal form, for comparing: "Acme, Inc." and "Acme" are one company. */
function companyCore(raw: string): string {
  const list = words(cleanLine(raw, 200).toLocaleLowerCase().replace(/[,"«»„“”]/g, ' '));
  while (list.length > 1 && (COMPANY_SUFFIXES.has(list[list.length - 1]!) || SUFFIX_PIECES.has(list[list.length - 1]!))) list.pop();
  while (list.length > 1 && LEADING_FORMS.has(list[0]!)) list.shift();
  return list.join(' ');
}

/** "Acme Inc." and "Acme", "Foo sp. z o.o." and "Foo": the same company. */
export function sameCompany(a: string | undefined, b: string | undefined): boolean {
  return Boolean(a && b && companyCore(a) === companyCore(b));
}

/** "VP Sales at Acme" / "VP Sales @ Acme" → ["VP Sales", "Acme"]. */
export function splitTitleAtCompany(raw: string): [string, string] | undefined {
  const text = cleanLine(raw, 300);
  const lower = text.toLocaleLowerCase();
  for (const joiner of [' at ', ' @ ']) {
    const i = lower.indexOf(joiner);
    if (i > 0) {
      const title = text.slice(0, i).trim();
      const company = text.slice(i + joiner.length).trim();
      if (title && company) return [title, company];
    }
  }
  return undefined;
}

// Titles before a name and letters after it, in the reps' languages: not part of the name itself.
const HONORIFICS = new Set(['dr', 'dr.', 'prof', 'prof.', 'professor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx',
  'sir', 'dame', 'mgr', 'mgr.', 'inż.', 'inz.', 'hab.', 'lek.', 'pan', 'pani', 'dl.', 'dna.', 'г-н', 'г-жа']);
const POST_NOMINALS = new Set(['mba', 'phd', 'ph.d.', 'md', 'm.d.', 'cpa', 'cfa', 'pmp', 'esq.', 'esq', 'jr.', 'jr', 'sr.', 'msc', 'bsc', 'llm', 'acca']);

// Pronouns people add after their name, "(she/her)", in the reps' languages.
const PRONOUNS = new Set(['she', 'her', 'hers', 'he', 'him', 'his', 'they', 'them', 'theirs', 'xe', 'xem', 'ze', 'zir',
  'ona', 'jej', 'on', 'jego', 'ono', 'oni', 'one', 'ich', 'ea', 'el', 'ei', 'lui', 'ele', 'она', 'её', 'ее', 'он', 'его', 'они', 'их']);

function isPronouns(text: string): boolean {
  const parts = text.toLocaleLowerCase().split('/').map((w) => w.trim());
  return parts.length >= 2 && parts.every((w) => PRONOUNS.has(w));
}

/**
 * "Jan Kowalski (CEO)" → name "Jan Kowalski", title "CEO"; "Jane Doe (she/her)" → "Jane Doe":
 * a job title or pronouns in brackets after a name are not part of it. Other brackets stay.
 */
export function splitBracketed(raw: string): { name: string; title?: string } {
  const text = raw.trim();
  const bracket = /\s*\(([^()]{1,60})\)$/.exec(text);
  if (!bracket) return { name: raw };
  const inner = bracket[1]!.trim();
  if (isPronouns(inner)) return { name: text.slice(0, bracket.index) };
  return looksLikeTitle(inner) ? { name: text.slice(0, bracket.index), title: inner } : { name: raw };
}

/**
 * "Dr. Anna Nowak, MBA" → "Anna Nowak", "Jan Kowalski (CEO)" → "Jan Kowalski": the name
 * without honorifics, letters after it or a job title (or pronouns) in brackets.
 */
export function bareName(raw: string): string {
  const text = splitBracketed(cleanLine(raw, 200)).name;
  const list = words(text.replace(/,/g, ' , '));
  while (list.length > 2 && HONORIFICS.has(list[0]!.toLocaleLowerCase())) list.shift();
  while (list.length > 2 && (POST_NOMINALS.has(list[list.length - 1]!.toLocaleLowerCase()) || list[list.length - 1] === ',')) list.pop();
  return list.join(' ').replace(/ , /g, ', ');
}
