import { CompanyCaptureSchema, type CompanyCapture } from '../schema';
import type { Extraction } from './extraction';
import { attr, imageUrl, ownerElements, query, textOf } from './dom';
import { parseDroppingBadFields } from './finalize';
import { documentMatchesUrl } from './identity';
import { acceptCompanyField, fillCompany } from './plausible';
import { buildReport, COMPANY_REPORT_FIELDS, FieldTrace, type Layer, type ReportOutcome } from './report';
import { companyFromStructuredData } from './structured';
import { companyFromTitleAndMeta } from './title-meta';
import { findTopCard, mainArea } from './top-card';
import type { CompanyDraft, CompanyField, PageContext } from './types';

/**
 * A company page to a company capture: the same layered strategies as profiles
 * (structured data, selectors, labelled definition lists, title/meta).
 */

const NAME_SELECTORS = ['h1.org-top-card-summary__title', '.org-top-card-summary__title', 'h1.top-card-layout__title', '[data-anonymize="company-name"]', 'h1'];
const LOGO_SELECTORS = ['img.org-top-card-primary-content__logo', 'img.top-card-layout__entity-image', 'img[data-anonymize="company-logo"]'];
const INFO_ITEM = '.org-top-card-summary-info-list__info-item';
const FOLLOWERS = /followers|obserwuj|abonnés|follower|seguidores|urmăritori|urmaritori|подписчик/iu;

function firstAccepted(root: ParentNode | undefined, selectors: string[], field: CompanyField): string | undefined {
  for (const selector of selectors) {
    for (const el of ownerElements(root, selector)) {
      const text = textOf(el);
      if (acceptCompanyField(field, text)) return text;
    }
  }
  return undefined;
}

/** LinkedIn can wrap outbound links: /redir/redirect?url=<target>. */
function unwrapRedirect(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://www.linkedin.com/');
    if (/\/redir\/redirect/.test(url.pathname)) return url.searchParams.get('url') ?? undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function companyFromSelectors(ctx: PageContext): CompanyDraft {
  const card = findTopCard(ctx.doc);
  const main = mainArea(ctx.doc);
  const items = ownerElements(card, INFO_ITEM).map(textOf);
  const logo = LOGO_SELECTORS.map((s) => ownerElements(card ?? main, s)[0]).find(Boolean)
    ?? ownerElements(card, 'img').find((img) => /logo/i.test(attr(img, 'alt') ?? ''));
  // The size band is the one short leaf text that reads "201-500 employees". Leaves only:
  // reading the text of every ancestor too would make a large page quadratic.
  const sizeBand = ownerElements(main, 'dd, a, span, li, div, p')
    .filter((el) => el.childElementCount === 0 && (el.textContent ?? '').length < 80)
    .map(textOf)
    .find((text) => acceptCompanyField('sizeBand', text));
  const secondItem = items[1];
  return {
    name: firstAccepted(card, NAME_SELECTORS, 'name') ?? firstAccepted(main, NAME_SELECTORS, 'name'),
    industry: items[0],
    headquarters: secondItem && !FOLLOWERS.test(secondItem) && !acceptCompanyField('sizeBand', secondItem) ? secondItem : undefined,
    sizeBand,
    logoUrl: imageUrl(logo),
  };
}

// Labels of the About definition list, in the UI languages reps use (English, Polish,
// German, French, Spanish, Romanian, Russian).
const DT_LABELS: readonly (readonly [CompanyField, RegExp])[] = [
  ['website', /^(?:website|witryna|strona(?: internetowa| www)?|webseite|site web|sitio web|site(?:-ul)? web|веб-сайт|сайт)$/iu],
  ['industry', /^(?:industry|branża|branche|secteur|sector|industrie|domeniu|отрасль|сфера деятельности)$/iu],
  ['sizeBand', /^(?:company size|wielkość firmy|rozmiar firmy|unternehmensgröße|taille de l[’']entreprise|tamaño de la empresa|dimensiunea companiei|mărimea companiei|marimea companiei|размер компании|численность сотрудников)$/iu],
  ['headquarters', /^(?:headquarters|siedziba(?: główna)?|hauptsitz|siège social|sede|sediu(?:l)?(?: central)?|штаб-квартира|главный офис)$/iu],
];

/** Strategy 3 for companies: <dt>Label</dt><dd>value</dd> in the About section. */
function companyFromLabels(ctx: PageContext): CompanyDraft {
  const draft: CompanyDraft = {};
  for (const dt of ownerElements(mainArea(ctx.doc), 'dt')) {
    const label = textOf(dt);
    const field = DT_LABELS.find(([, re]) => re.test(label))?.[0];
    if (!field || draft[field] !== undefined) continue;
    let dd = dt.nextElementSibling;
    while (dd && dd.localName !== 'dd' && dd.localName !== 'dt') dd = dd.nextElementSibling;
    if (!dd || dd.localName !== 'dd') continue;
    draft[field] = field === 'website' ? unwrapRedirect(attr(query(dd, 'a[href]'), 'href')) ?? textOf(dd) : textOf(dd);
  }
  return draft;
}

type Strategy = (ctx: PageContext) => CompanyDraft;

function run(draft: CompanyDraft, trace: FieldTrace, layer: Layer, strategy: Strategy, ctx: PageContext): void {
  try {
    trace.record(fillCompany(draft, strategy(ctx)), layer);
  } catch {
    /* a broken strategy contributes nothing */
  }
}

export function extractCompany(ctx: PageContext): Extraction {
  const report = (outcome: ReportOutcome, trace?: FieldTrace, found?: CompanyDraft) =>
    buildReport('company', outcome, trace, COMPANY_REPORT_FIELDS, found);
  if (ctx.page.kind !== 'company' || documentMatchesUrl(ctx.doc, ctx.url) === false) {
    return { result: { ok: false, reason: 'no-identity' }, report: report('other-profile') };
  }
  const draft: CompanyDraft = {};
  const trace = new FieldTrace();
  run(draft, trace, 'structured', companyFromStructuredData, ctx);
  run(draft, trace, 'topCard', companyFromSelectors, ctx);
  run(draft, trace, 'labels', companyFromLabels, ctx);
  run(draft, trace, 'titleMeta', companyFromTitleAndMeta, ctx);
  const company: CompanyCapture | undefined = parseDroppingBadFields(
    CompanyCaptureSchema,
    {
      ...draft,
      linkedinUrl: ctx.page.canonicalUrl,
      source: /^\/sales\//.test(safePath(ctx.url)) ? 'sales-navigator' : 'linkedin',
      sourceUrl: ctx.url,
      capturedAt: ctx.now,
    },
    ['source', 'capturedAt'],
  );
  if (!draft.name || !company?.name) {
    const failed: Extraction = { result: { ok: false, reason: 'no-identity' }, report: report('no-name', trace, draft) };
    // The address names the company: the rep can type its name.
    return company?.linkedinUrl ? { ...failed, partial: { kind: 'company', company } } : failed;
  }
  return { result: { ok: true, capture: { kind: 'company', company } }, report: report('captured', trace, draft) };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
