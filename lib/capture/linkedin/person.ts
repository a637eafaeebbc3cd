import { classifyLinkedInUrl } from '../linkedin-url';
import { PersonCaptureSchema, hasPersonIdentity, type PersonCapture } from '../schema';
import { parseDroppingBadFields } from './finalize';
import { documentMatchesUrl, metaMatchesUrl } from './identity';
import { personFromLabels } from './labels';
import { splitPersonName } from '../../leads/person-name';
import { isMissingProfilePage } from './not-found';
import { fillPerson } from './plausible';
import { buildReport, FieldTrace, PERSON_REPORT_FIELDS, type Layer } from './report';
import { personFromSelectorsTraced } from './selectors';
import { personFromStructuredData } from './structured';
import { personFromTitleAndMeta, positionFromHeadline } from './title-meta';
import { personFromTopCardLines } from './top-card-lines';
import type { Extraction } from './extraction';
import type { PageContext, PersonDraft, PersonField } from './types';

/**
 * A profile (or Sales Navigator lead) page to a person capture. Strategies run in
 * order of trust and each fills only what is still missing; each is isolated so a
 * failure in one leaves the others' work intact. Which layer gave each field is
 * traced for the report (report.ts).
 */

type Traced = { draft: PersonDraft; via?: Partial<Record<PersonField, string>> };
type Strategy = (ctx: PageContext) => Traced;

const plain = (strategy: (ctx: PageContext) => PersonDraft): Strategy => (ctx) => ({ draft: strategy(ctx) });

function run(draft: PersonDraft, trace: FieldTrace, layer: Layer, strategy: Strategy, ctx: PageContext): void {
  try {
    const found = strategy(ctx);
    trace.record(fillPerson(draft, found.draft), layer, found.via);
  } catch {
    /* a broken strategy contributes nothing */
  }
}

function fail(ctx: PageContext, outcome: 'no-name' | 'not-found' | 'other-profile', trace?: FieldTrace, draft?: PersonDraft): Extraction {
  const reason = outcome === 'not-found' ? 'not-a-lead-page' : 'no-identity';
  return { result: { ok: false, reason }, report: buildReport(ctx.page.kind, outcome, trace, PERSON_REPORT_FIELDS, draft) };
}

export function extractPerson(ctx: PageContext): Extraction {
  // LinkedIn's "no such profile" page sits at the profile's address: it is no one.
  if (isMissingProfilePage(ctx.doc, ctx.page)) return fail(ctx, 'not-found');
  // The URL changed but the DOM still shows someone else: reading it would mislabel a lead.
  const identity = documentMatchesUrl(ctx.doc, ctx.url);
  if (identity === false) return fail(ctx, 'other-profile');
  // Sales Navigator pages never say whose they are (identity.ts); a profile always does.
  const confirmed = identity === true || ctx.page.kind !== 'person';

  const draft: PersonDraft = {};
  const trace = new FieldTrace();
  run(draft, trace, 'structured', plain(personFromStructuredData), ctx);
  run(draft, trace, 'topCard', personFromSelectorsTraced, ctx);
  run(draft, trace, 'labels', plain(personFromLabels), ctx);
  // The slowest rule (reads every line of the card), so only when the location is still missing.
  if (!draft.location) run(draft, trace, 'topCard', (c) => ({ draft: personFromTopCardLines(c), via: { location: 'line-under-headline' } }), ctx);
  // A stale <title> (previous profile) must not name this one.
  if (metaMatchesUrl(ctx.doc, ctx.url) !== false) run(draft, trace, 'titleMeta', (c) => ({ draft: personFromTitleAndMeta(c, draft) }), ctx);
  // Title and company spelled out in the headline count as the headline's layer.
  const headlineLayer = (trace.via.headline?.split(':')[0] ?? 'titleMeta') as Layer;
  run(draft, trace, headlineLayer, () => ({ draft: positionFromHeadline(draft.headline), via: { title: 'headline', companyName: 'headline' } }), ctx);
  if (draft.fullName && !draft.firstName && !draft.lastName) fillPerson(draft, splitPersonName(draft.fullName));

  const person = finalize(ctx, draft);
  if (!draft.fullName || !person?.fullName) {
    const failed = fail(ctx, 'no-name', trace, draft);
    // What could be read, for the rep to complete by hand: the address names the person.
    return person && hasPersonIdentity(person) ? { ...failed, partial: { kind: 'person', person } } : failed;
  }
  if (!hasPersonIdentity(person)) return fail(ctx, 'no-name', trace, draft);
  return {
    result: { ok: true, capture: { kind: 'person', person } },
    report: buildReport(ctx.page.kind, 'captured', trace, PERSON_REPORT_FIELDS, draft, confirmed),
  };
}

function finalize(ctx: PageContext, draft: PersonDraft): PersonCapture | undefined {
  const page = ctx.page;
  const isSalesNav = page.kind === 'sales-nav-lead';
  const profileUrl = page.kind === 'person' ? page.canonicalUrl : draft.linkedinUrl;
  return parseDroppingBadFields(
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
}

/** The (decoded, lower-case) id of a canonical profile URL. */
function publicIdOf(canonicalUrl: string): string | undefined {
  const page = classifyLinkedInUrl(canonicalUrl);
  return page.kind === 'person' ? page.publicId : undefined;
}
