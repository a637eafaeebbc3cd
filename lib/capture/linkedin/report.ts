/**
 * What an extraction can tell about LinkedIn's markup, without a word of the page:
 * the kind of page, which layers and selectors gave which field, which fields were
 * found, and whether the page looked like LinkedIn had changed it ("drift"). It is
 * what the in-page warning decides on and what a diagnostic record keeps, so it
 * holds no personal data: names of our own layers and selectors, and booleans.
 */

/** The layers, strongest first: schema.org JSON-LD, the top card (class selectors and
 *  structure), accessible labels and roles, the document title and meta tags. */
export const LAYERS = ['structured', 'topCard', 'labels', 'titleMeta'] as const;
export type Layer = (typeof LAYERS)[number];

export type ReportPageKind = 'person' | 'sales-nav-lead' | 'company' | 'other';

export type ReportOutcome =
  /** A capture with a name. */
  | 'captured'
  /** A profile or company page where no name could be read. */
  | 'no-name'
  /** LinkedIn's "no such profile" page at a profile address. */
  | 'not-found'
  /** The page still shows another profile than its address (in-page navigation). */
  | 'other-profile'
  /** Feed, search, messaging…: not one lead. */
  | 'not-a-lead-page';

/**
 * none: read as usual; no-name: no name at all; weakest-only: only the title and meta
 * tags matched; unconfirmed: a profile whose page carries nothing that says whose it is
 * (no canonical link, no owner-only link such as "Contact info"): every profile LinkedIn
 * draws has one, so either LinkedIn changed it or the page on screen is not yet that
 * profile (the feed, a search, a company, while in-page navigation catches up).
 */
export type Drift = 'none' | 'no-name' | 'weakest-only' | 'unconfirmed';

export type ExtractionReport = {
  pageKind: ReportPageKind;
  outcome: ReportOutcome;
  drift: Drift;
  /** Layers that gave at least one field, strongest first. */
  layers: Layer[];
  /** Field -> "layer" or "layer:selector" it came from (selectors are ours, never page text). */
  via: Record<string, string>;
  /** Every field of the page kind: found or not. */
  fields: Record<string, boolean>;
};

export const PERSON_REPORT_FIELDS = ['fullName', 'headline', 'title', 'companyName', 'companyLinkedinUrl', 'location', 'photoUrl'] as const;
export const COMPANY_REPORT_FIELDS = ['name', 'industry', 'sizeBand', 'website', 'headquarters', 'logoUrl'] as const;

/** Where each field came from, as strategies fill a draft. */
export class FieldTrace {
  readonly via: Record<string, string> = {};

  record(fields: readonly string[], layer: Layer, selectors: Partial<Record<string, string>> = {}): void {
    for (const field of fields) {
      const selector = selectors[field];
      this.via[field] = selector ? `${layer}:${selector}` : layer;
    }
  }

  layers(): Layer[] {
    const used = new Set(Object.values(this.via).map((v) => v.split(':')[0]));
    return LAYERS.filter((layer) => used.has(layer));
  }
}

/** Drift, from what was found: the name's absence, nothing stronger than the title and meta tags, or no identity. */
export function driftOf(outcome: ReportOutcome, layers: readonly Layer[], confirmed = true): Drift {
  if (outcome === 'no-name') return 'no-name';
  if (outcome !== 'captured') return 'none';
  if (layers.length > 0 && layers.every((layer) => layer === 'titleMeta')) return 'weakest-only';
  return confirmed ? 'none' : 'unconfirmed';
}

export function buildReport(
  pageKind: ReportPageKind,
  outcome: ReportOutcome,
  trace: FieldTrace | undefined,
  wanted: readonly string[],
  found: Record<string, unknown> = {},
  confirmed = true,
): ExtractionReport {
  const layers = trace?.layers() ?? [];
  const fields: Record<string, boolean> = {};
  for (const field of wanted) fields[field] = found[field] !== undefined;
  return { pageKind, outcome, drift: driftOf(outcome, layers, confirmed), layers, via: trace ? { ...trace.via } : {}, fields };
}
