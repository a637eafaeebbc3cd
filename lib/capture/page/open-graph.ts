import { classifyLinkedInUrl } from '../linkedin-url';
import type { Finding } from './types';
import { foldToAscii } from './contact-owner';
import { isPlausibleName, looksLikeCompany, looksLikeTitle, splitTitleAtCompany } from './names';
import type { PersonDraft } from './types';
import { bounded, resolveUrl, splitSegments } from './text';

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

/**
 * A person from a title shaped "Name – Job title [at Company] – …" (profile pages, Crunchbase,
 * bio pages): the name, and the job title and company from the part after it when that part
 * reads as a job title. `anyPage`: the page does not say it is a profile, so the job title
 * part is required before the first part is taken for a name.
 */
function personFromTitle(title: string | undefined, anyPage: boolean): PersonDraft | undefined {
  const parts = title ? splitSegments(title, false) : [];
  const name = parts[0] && isPlausibleName(parts[0]) ? parts[0] : undefined;
  if (!name) return undefined;
  const role = parts[1] && looksLikeTitle(parts[1]) && !looksLikeCompany(parts[1]) ? parts[1] : undefined;
  if (anyPage && !role) return undefined;
  const split = role ? splitTitleAtCompany(role) : undefined;
  return { fullName: name, title: split?.[0] ?? role, companyName: split?.[1] };
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
    const fromTitle = personFromTitle(meta.get('og:title'), false);
    finding.person = {
      ...fromTitle,
      fullName: joined || fromTitle?.fullName,
      firstName,
      lastName,
      photoUrl: resolveUrl(meta.get('og:image'), base),
      linkedinUrl: profile?.kind === 'person' ? profile.canonicalUrl : undefined,
      publicId: profile?.kind === 'person' ? profile.publicId : undefined,
    };
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
]);

// Legal forms written before the name: ООО «Ромашка», S.C. Alfa S.R.L.
const LEADING_FORMS = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'тов', 'пп', 's.c.', 'sc']);

function namesCompany(part: string): boolean {
  const first = part.split(' ')[0]?.toLocaleLowerCase() ?? '';
  return looksLikeCompany(part) || LEADING_FORMS.has(first);
}

/** "Kestrel Robotics" on kestrel-robotics.example, kestrelrobotics.com or shop.kestrel.io. */
function namesHost(part: string, host: string): boolean {
  const letters = foldToAscii(part).replace(/[^a-z0-9]/g, '');
  if (letters.length < 3) return false;
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.').slice(0, -1);
  return labels.some((label) => {
    const bare = label.replace(/[^a-z0-9]/g, '');
    return bare.length >= 3 && (bare === letters || (bare.length >= 5 && letters.includes(bare)) || (letters.length >= 5 && bare.includes(letters)));
  });
}

function hostOf(base: string): string {
  try {
    return new URL(base).hostname;
  } catch {
    return '';
  }
}

/**
 * The site's name among a title's parts. The part that names the site's host, or holds a
 * legal form, says so best; else the usual "Page | Site" shape: the last part, or the first
 * when the last is a page word. A part of more than six words is a tagline, not a name.
 */
function siteNameFromTitle(parts: string[], base: string): string | undefined {
  if (parts.length < 2) return undefined;
  const candidates = parts.filter((p) => !PAGE_WORDS.has(p.toLocaleLowerCase()) && p.length <= 60 && p.split(' ').length <= 6);
  const host = hostOf(base);
  const named = candidates.find((p) => host && namesHost(p, host)) ?? candidates.find(namesCompany);
  if (named) return named;
  const last = parts[parts.length - 1]!;
  const site = PAGE_WORDS.has(last.toLocaleLowerCase()) ? parts[0]! : last;
  return candidates.includes(site) ? site : undefined;
}

/**
 * <title>. The site name (siteNameFromTitle), and a person on a profile page, or on any page
 * whose title reads "Name – Job title – …" (a bio page that does not say it is a profile).
 */
export function fromTitle(doc: Document, meta: Map<string, string>, base = ''): Finding | undefined {
  const title = bounded(doc.querySelector('title')?.textContent, 1000);
  const parts = splitSegments(title, false);
  const finding: Finding = { source: 'title' };
  const site = siteNameFromTitle(parts, base);
  if (site) finding.organization = { name: site };
  const profile = isProfilePage(meta);
  if (!(profile && meta.get('og:title'))) {
    const person = profile ? personFromTitle(title, false) : personFromTitle(title, true);
    if (person) finding.person = person;
  }
  return finding.person || finding.organization ? finding : undefined;
}
