import { z } from 'zod';
import { LIMITS, line, requiredLine } from '../schema/text';
import { classifyLinkedInUrl } from './linkedin-url';
import { cleanPersonName, splitPersonName } from '../leads/person-name';
import { positionFromHeadline } from './linkedin/title-meta';
import { isSalesNavigatorList, LIST_SAVE_MAX, type ListPageKind } from './linkedin/list-page';
import { PersonCaptureSchema, type PersonCapture } from './schema';

/**
 * A person the rep picked on a LinkedIn list page, as the content script sends it
 * (lib/capture/linkedin/list-rows.ts reads it), and how it becomes a capture. The
 * background parses it like any page text: cleaned, cut, and the profile URL must be
 * a LinkedIn profile or Sales Navigator lead.
 */

export { LIST_SAVE_MAX };

export const PickedPersonSchema = z.object({
  name: requiredLine(LIMITS.name),
  profileUrl: z
    .string()
    .max(LIMITS.url)
    .refine((url) => {
      const kind = classifyLinkedInUrl(url).kind;
      return kind === 'person' || kind === 'sales-nav-lead';
    }, 'not a LinkedIn profile'),
  headline: line(LIMITS.headline),
  location: line(LIMITS.location),
  title: line(LIMITS.title),
  companyName: line(LIMITS.company),
});
export type PickedPerson = z.infer<typeof PickedPersonSchema>;

/** The capture one picked person saves: what the row showed, the page it was on, and when. */
export function pickedPersonCapture(person: PickedPerson, pageUrl: string, kind: ListPageKind, now: number): PersonCapture {
  const page = classifyLinkedInUrl(person.profileUrl);
  const fullName = cleanPersonName(person.name) || person.name;
  // A search row shows only the headline ("Head of Sales at Acme"): its title and company, as the
  // profile's last resort reads them, so the lead is not saved "missing" both and its title scores.
  // A guess: it fills a lead saved without them, never replaces a profile's own.
  const shown = person.title || person.companyName ? {} : positionFromHeadline(person.headline);
  const guessed = (['title', 'companyName'] as const).filter((field) => shown[field] !== undefined);
  return PersonCaptureSchema.parse({
    fullName,
    ...splitPersonName(fullName),
    headline: person.headline,
    title: person.title ?? shown.title,
    companyName: person.companyName ?? shown.companyName,
    ...(guessed.length && { guessed }),
    location: person.location,
    linkedinUrl: page.kind === 'person' ? page.canonicalUrl : undefined,
    publicId: page.kind === 'person' ? page.publicId : undefined,
    salesNavUrl: page.kind === 'sales-nav-lead' ? page.canonicalUrl : undefined,
    source: isSalesNavigatorList(kind) ? 'sales-navigator' : 'linkedin',
    sourceUrl: pageUrl,
    capturedAt: now,
  });
}
