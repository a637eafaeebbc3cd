import { classifyLinkedInUrl } from '../linkedin-url';
import type { Finding } from './types';
import { foldToAscii } from './contact-owner';
import { bareName, hasLegalForm, isPlausibleName, looksLikeCompany, looksLikeTitle, namesEvent, splitTitleAtCompany } from './names';
import { siteLabel } from './site';
import type { PersonDraft } from './types';
import { bounded, elementText, resolveUrl, sameText, splitSegments } from './text';

/**
 * Open Graph and <title>: the least trusted sources. A person's name is taken
 * from them only on a page that declares itself a profile (og:type profile);
 * otherwise they give the site's (company's) name at most.
 */
const MAX_METAS = 500;

export function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, MAX_METAS)) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, bounded(content, 2000));
  }
  return meta;
}

export function isProfilePage(meta: Map<string, string>): boolean {
  return (meta.get('og:type') ?? '').trim().toLowerCase() === 'profile';
}

// A part ending in one of these names a business, not a job: "Digital Marketing Agency", "Head Office".
const BUSINESS_NOUNS = new Set(['agency', 'software', 'office', 'partnership', 'company', 'group', 'studio',
  'consulting', 'consultancy', 'solutions', 'services', 'service', 'platform', 'shop', 'store', 'firm', 'bank',
  'hotel', 'restaurant', 'school', 'university', 'crm', 'app', 'tools', 'products', 'agencja', 'firma', 'agenție',
  'агентство', 'компания']);

/**
 * "Head of Growth", "CEO at Acme", "Prezes Zarządu": a job title, not a business's description
 * nor an event's name ("Sales Forum 2025" holds "sales" but is no one's job).
 */
export function isJobTitlePart(part: string | undefined): part is string {
  if (!part || !looksLikeTitle(part) || looksLikeCompany(part) || namesEvent(part) || /\b(?:19|20)\d\d\b/.test(part)) return false;
  const words = part.toLocaleLowerCase().split(' ');
  return words.length <= 8 && !BUSINESS_NOUNS.has(words[words.length - 1]!);
}

/**
 * A person from a title shaped "Name – Job title [at Company] – …" (profile pages, Crunchbase,
 * bio pages): the name, and the job title and company from the part after it when that part
 * reads as a job title. `heading`: on a page that does not say it is a profile, the page's
 * h1, which must be the name too (a job ad's h1 is the job, a company's its slogan).
 */
function personFromTitle(title: string | undefined, heading?: string): PersonDraft | undefined {
  const parts = title ? splitSegments(title, false) : [];
  const name = parts[0] && isPlausibleName(parts[0]) ? parts[0] : undefined;
  if (!name) return undefined;
  const role = isJobTitlePart(parts[1]) ? parts[1] : undefined;
  if (heading !== undefined && !(role && sameText(heading, name))) return undefined;
  const split = role ? splitTitleAtCompany(role) : undefined;
  // "Julia Becker - Head of Sales - Nordlicht Software GmbH | XING": the part after the job title, when it holds a legal form.
  const employer = split?.[1] ?? (role && parts[2] && hasLegalForm(parts[2]) ? parts[2] : undefined);
  return { fullName: name, title: split?.[0] ?? role, companyName: employer };
}

export function fromOpenGraph(meta: Map<string, string>, base: string): Finding | undefined {
  const siteName = meta.get('og:site_name');
  const finding: Finding = { source: 'open-graph', organization: siteName ? { name: siteName } : undefined };
  if (isProfilePage(meta)) {
    const firstName = meta.get('profile:first_name');
    const lastName = meta.get('profile:last_name');
    const joined = [firstName, lastName].filter(Boolean).join(' ');
    const ogUrl = resolveUrl(meta.get('og:url'), base);
    const profile = ogUrl ? classifyLinkedInUrl(ogUrl) : undefined;
    const fromTitle = personFromTitle(meta.get('og:title'));
    finding.person = {
      ...fromTitle,
      fullName: joined || fromTitle?.fullName,
      firstName,
      lastName,
      photoUrl: resolveUrl(meta.get('og:image'), base),
      linkedinUrl: profile?.kind === 'person' ? profile.canonicalUrl : undefined,
      publicId: profile?.kind === 'person' ? profile.publicId : undefined,
    };
    if (fromTitle?.companyName) finding.employer = { name: fromTitle.companyName };
  }
  return finding.person || finding.organization ? finding : undefined;
}

// Words that name a page rather than a site: "Contact | Acme" has its site name last.
const PAGE_WORDS = new Set([
  'home', 'homepage', 'contact', 'contact us', 'contacts', 'about', 'about us', 'team', 'our team', 'the team',
  'leadership', 'leadership team', 'management', 'management team', 'people', 'board', 'blog', 'news',
  'careers', 'jobs', 'products', 'services', 'solutions', 'pricing', 'customers', 'partners', 'press',
  'imprint', 'legal notice',
  'kontakt', 'o nas', 'o firmie', 'zespół', 'nasz zespół', 'zarząd', 'kariera', 'praca', 'oferta',
  'usługi', 'produkty', 'cennik', 'aktualności', 'strona główna',
  'despre noi', 'despre', 'echipa', 'echipă', 'echipa noastră', 'cariere', 'servicii', 'produse',
  'noutăți', 'acasă', 'prețuri',
  'контакты', 'о нас', 'о компании', 'команда', 'руководство', 'вакансии', 'карьера', 'услуги',
  'продукты', 'новости', 'главная', 'цены',
  'impressum', 'über uns', 'ueber uns', 'startseite', 'karriere', 'datenschutz',
  '会社概要', '会社案内', '企業情報', 'お問い合わせ', '採用情報', 'ニュース', 'トップ', '事業内容',
  '关于我们', '联系我们', '公司简介', '首页', 'اتصل بنا', 'من نحن', 'الرئيسية',
]);

/** "Kestrel Robotics" on kestrel-robotics.example or support.kestrelrobotics.com, "Acme Corporation" on acme.com. */
function namesHost(part: string, host: string, exactly = false): boolean {
  const letters = foldToAscii(part).replace(/[^a-z0-9]/g, '');
  const label = siteLabel(host);
  return label.length >= 3 && (letters === label || (!exactly && label.length >= 4 && letters.startsWith(label)));
}

/**
 * The part naming the site's host: the one spelling it exactly, else the shortest starting with it
 * ("Acme raises $20M | Acme": a headline opening with the brand is not the brand).
 */
function partNamingHost(parts: string[], host: string): string | undefined {
  const exact = parts.find((p) => namesHost(p, host, true));
  if (exact) return exact;
  const words = (p: string) => p.split(' ').length;
  return parts.filter((p) => namesHost(p, host)).reduce<string | undefined>((best, p) => (best && words(best) < words(p) ? best : p), undefined);
}

function hostOf(base: string): string {
  try {
    return new URL(base).hostname;
  } catch {
    return '';
  }
}

/**
 * The site's name among a title's parts (not the page's person): the part holding a legal
 * form says so best, then the part naming the site's host; else the usual "Page | Site"
 * shape: the last part, or the first when the last is a page word. A part of more than six
 * words is a tagline, not a name.
 */
function siteNameFromTitle(parts: string[], base: string, personName?: string): string | undefined {
  if (parts.length < 2) return undefined;
  const candidates = parts.filter(
    (p) => !PAGE_WORDS.has(p.toLocaleLowerCase()) && p.length <= 60 && p.split(' ').length <= 6 && !sameText(p, personName),
  );
  const host = hostOf(base);
  const named = candidates.find(hasLegalForm) ?? (host ? partNamingHost(candidates, host) : undefined);
  if (named) return named;
  const last = parts[parts.length - 1]!;
  const site = PAGE_WORDS.has(last.toLocaleLowerCase()) ? parts[0]! : last;
  return candidates.includes(site) ? site : undefined;
}

/**
 * <title>. A person on a profile page, or on any page whose title reads "Name – Job title
 * – …" and whose h1 is that name (a bio page that does not say it is a profile); and the
 * site's name (siteNameFromTitle).
 */
export function fromTitle(doc: Document, meta: Map<string, string>, base = ''): Finding | undefined {
  const title = bounded(doc.querySelector('title')?.textContent, 1000);
  const parts = splitSegments(title, false);
  const finding: Finding = { source: 'title' };
  const profile = isProfilePage(meta);
  if (!(profile && meta.get('og:title'))) {
    const h1 = doc.querySelector('h1');
    const person = profile ? personFromTitle(title) : personFromTitle(title, h1 ? elementText(h1, 200) : '');
    if (person) finding.person = person;
    if (person?.companyName) finding.employer = { name: person.companyName };
  }
  const site = siteNameFromTitle(parts, base, finding.person?.fullName);
  if (site) finding.organization = { name: site };
  return finding.person || finding.organization ? finding : undefined;
}

/**
 * A name the page shows as its heading and its title ("Jane Doe | FlowMetrics", "BrightWave
 * Blog | Lucas Martin", "Professor Helen Carter | Department | University"), when it reads as
 * a person's name and is not the site's own. A candidate only: the caller takes it when a
 * contact on the page spells it (a product's page is titled and headed alike too).
 */
export function headedName(doc: Document, meta: Map<string, string>, base: string): string | undefined {
  const h1 = doc.querySelector('h1');
  if (!h1) return undefined;
  const heading = bareName(elementText(h1, 200));
  const part = splitSegments(bounded(doc.querySelector('title')?.textContent, 1000), false).find((p) => sameText(bareName(p), heading));
  if (!part || !isPlausibleName(heading)) return undefined;
  const host = hostOf(base);
  if ((host && namesHost(heading, host)) || sameText(heading, meta.get('og:site_name'))) return undefined;
  return heading;
}
