import { classifyLinkedInUrl } from '../linkedin-url';
import { PersonCaptureSchema, hasPersonIdentity, type ExtractResult, type PersonCapture } from '../schema';
import { parseDroppingBadFields } from './finalize';
import { documentMatchesUrl, metaMatchesUrl } from './identity';
import { personFromLabels } from './labels';
import { splitPersonName } from './names';
import { fillPerson } from './plausible';
import { personFromSelectors } from './selectors';
import { personFromStructuredData } from './structured';
import { personFromTitleAndMeta, positionFromHeadline } from './title-meta';
import type { PageContext, PersonDraft } from './types';

/**
 * A profile (or Sales Navigator lead) page to a person capture. Strategies run in
 * order of trust and each fills only what is still missing; each is isolated so a
 * failure in one leaves the others' work intact.
 */

type Strategy = (ctx: PageContext) => PersonDraft;

function run(draft: PersonDraft, strategy: Strategy, ctx: PageContext): void {
  try {
    fillPerson(draft, strategy(ctx));
  } catch {
    /* a broken strategy contributes nothing */
  }
}

const NO_IDENTITY: ExtractResult = { ok: false, reason: 'no-identity' };

export function extractPerson(ctx: PageContext): ExtractResult {
  // The URL changed but the DOM still shows someone else: reading it would mislabel a lead.
  if (documentMatchesUrl(ctx.doc, ctx.url) === false) return NO_IDENTITY;

  const draft: PersonDraft = {};
  run(draft, personFromStructuredData, ctx);
  run(draft, personFromSelectors, ctx);
  run(draft, personFromLabels, ctx);
  // A stale <title> (previous profile) must not name this one.
  if (metaMatchesUrl(ctx.doc, ctx.url) !== false) run(draft, personFromTitleAndMeta, ctx);
  run(draft, () => positionFromHeadline(draft.headline), ctx);
  if (!draft.fullName) return NO_IDENTITY;
  if (!draft.firstName && !draft.lastName) fillPerson(draft, splitPersonName(draft.fullName));

  const page = ctx.page;
  const isSalesNav = page.kind === 'sales-nav-lead';
  const profileUrl = page.kind === 'person' ? page.canonicalUrl : draft.linkedinUrl;
  const person: PersonCapture | undefined = parseDroppingBadFields(
    PersonCaptureSchema,
    {
      ...draft,
      linkedinUrl: profileUrl,
      publicId: profileUrl ? publicIdOf(profileUrl) : undefined,
      salesNavUrl: isSalesNav ? page.canonicalUrl : undefined,
      source: isSalesNav ? 'sales-navigator' : 'linkedin',
      sourceUrl: ctx.url,
      capturedAt: ctx.now,
    },
    ['source', 'capturedAt'],
  );
  if (!person || !person.fullName || !hasPersonIdentity(person)) return NO_IDENTITY;
  return { ok: true, capture: { kind: 'person', person } };
}

/** The (decoded, lower-case) id of a canonical profile URL. */
function publicIdOf(canonicalUrl: string): string | undefined {
  const page = classifyLinkedInUrl(canonicalUrl);
  return page.kind === 'person' ? page.publicId : undefined;
}
