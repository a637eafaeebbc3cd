import { classifyLinkedInUrl } from '../linkedin-url';
import type { Finding } from './types';
import { isPlausibleName } from './names';
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

/** "Jane Doe | Acme" → "Jane Doe", when that first part reads as a name. */
function nameFromTitle(title: string | undefined): string | undefined {
  const first = title ? splitSegments(title, false)[0] : undefined;
  return first && isPlausibleName(first) ? first : undefined;
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
    finding.person = {
      fullName: joined || nameFromTitle(meta.get('og:title')),
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
const PAGE_WORDS = new Set(['home', 'contact', 'contact us', 'about', 'about us', 'team', 'our team',
  'blog', 'news', 'careers', 'jobs', 'products', 'services', 'pricing', 'kontakt', 'o nas']);

/**
 * <title>. A site name is read from the usual "Page | Site" shape: the last part,
 * or the first when the last is a page word. A one-part title names no site.
 */
export function fromTitle(doc: Document, meta: Map<string, string>): Finding | undefined {
  const title = bounded(doc.querySelector('title')?.textContent, 1000);
  const parts = splitSegments(title, false);
  const finding: Finding = { source: 'title' };
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const site = PAGE_WORDS.has(last.toLowerCase()) ? parts[0]! : last;
    if (!PAGE_WORDS.has(site.toLowerCase()) && site.length <= 60 && site.split(' ').length <= 6) {
      finding.organization = { name: site };
    }
  }
  if (isProfilePage(meta) && !meta.get('og:title')) {
    const name = nameFromTitle(title);
    if (name) finding.person = { fullName: name };
  }
  return finding.person || finding.organization ? finding : undefined;
}
