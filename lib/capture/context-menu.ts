import { cleanLine } from '../schema/text';
import { classifyLinkedInUrl } from './linkedin-url';
import type { PersonCapture } from './schema';
import { finalizePerson, validPersonField } from './page/fields';
import { parseMailto } from './page/links';
import { parseSelection } from './page/selection';
import { bounded } from './page/text';
import type { PersonDraft } from './page/types';

/**
 * Drafts from a context-menu click: selected text, a mailto: link, a LinkedIn
 * profile link. Pure functions; each returns a schema-valid capture or
 * undefined when nothing identifies a person (no plausible name, no e-mail,
 * no profile). Only what the text makes evident is filled in.
 */

/** Validate each field on its own (a bad one is dropped), require an identity, add the capture stamp. */
function stamp(draft: PersonDraft, pageUrl: string, now: number): PersonCapture | undefined {
  const valid: Record<string, string> = {};
  for (const [key, raw] of Object.entries(draft) as [keyof PersonDraft, string | undefined][]) {
    const value = validPersonField(key, raw);
    if (value !== undefined) valid[key] = value;
  }
  if (!valid.fullName && !valid.email && !valid.linkedinUrl && !valid.salesNavUrl) return undefined;
  return finalizePerson({ ...valid, source: 'context-menu', sourceUrl: pageUrl, capturedAt: now });
}

/** "Jane Doe", "Jane Doe, VP Sales at Acme", a signature block… → a draft lead. */
export function draftFromSelection(text: string, pageUrl: string, now: number): PersonCapture | undefined {
  try {
    if (typeof text !== 'string') return undefined;
    return stamp(parseSelection(text), pageUrl, now);
  } catch {
    return undefined;
  }
}

/** A name in link text, unless the text is the address itself or a call to action ("Email me"). */
function nameFromLinkText(linkText: string | undefined): string | undefined {
  if (!linkText) return undefined;
  return parseSelection(bounded(linkText, 500)).fullName;
}

/** mailto:jane@acme.com?subject=… (first of several addresses), named by its link text when that is a name. */
export function draftFromMailto(
  href: string,
  linkText: string | undefined,
  pageUrl: string,
  now: number,
): PersonCapture | undefined {
  try {
    const email = parseMailto(href)[0];
    if (!email) return undefined;
    return stamp({ email, fullName: nameFromLinkText(linkText) }, pageUrl, now);
  } catch {
    return undefined;
  }
}

// LinkedIn wraps names in "View Jane Doe’s profile" and similar.
function unwrapProfileText(text: string): string {
  let t = cleanLine(bounded(text, 500), 300);
  if (t.toLowerCase().startsWith('view ')) t = t.slice(5);
  for (const suffix of ['’s profile', "'s profile", '’s full profile', "'s full profile"]) {
    if (t.toLowerCase().endsWith(suffix)) t = t.slice(0, -suffix.length);
  }
  return t;
}

/** A LinkedIn profile (or Sales Navigator lead) link → canonical URL and id, plus the name shown on it. */
export function draftFromProfileLink(
  href: string,
  linkText: string | undefined,
  pageUrl: string,
  now: number,
): PersonCapture | undefined {
  try {
    const resolved = new URL(bounded(href, 4000).trim(), pageUrl || undefined).href;
    const page = classifyLinkedInUrl(resolved);
    if (page.kind !== 'person' && page.kind !== 'sales-nav-lead') return undefined;
    // Link text on LinkedIn lists may hold "Jane Doe\nVP Sales at Acme": keep name, title, company.
    const lines = linkText ? bounded(linkText, 2000).split('\n').map(unwrapProfileText) : [];
    const parsed = parseSelection(lines.join('\n'));
    const draft: PersonDraft = {
      fullName: parsed.fullName,
      title: parsed.title,
      companyName: parsed.companyName,
      ...(page.kind === 'person'
        ? { linkedinUrl: page.canonicalUrl, publicId: page.publicId }
        : { salesNavUrl: page.canonicalUrl }),
    };
    return stamp(draft, pageUrl, now);
  } catch {
    return undefined;
  }
}
