import { sizeRangeOf, type SizeRange } from './company-size';
import { LeadView } from './lead-view';
import type { Persona, PersonaMatch, ScoringInput } from './schema';
import { foldTerm } from './text-match';

/**
 * "Fits the buyer persona". Each list the persona fills in must match by at
 * least one of its terms; empty lists are not part of the persona:
 * - titles: the title OR the headline contains a term (LinkedIn headlines often
 *   carry the real role: "Helping SaaS teams sell | Head of Sales @ Acme");
 * - industries: the industry contains a term;
 * - sizeBands: the lead's band equals a term, or the term is itself a band
 *   ("51-200", "10,001+") and the lead's company size (lower bound) is in it;
 * - locations: the location contains a term.
 * A persona with no list filled in fits nobody: "fits" must mean something.
 * The side panel shows `parts`, with the term that matched.
 */

type PartName = PersonaMatch['parts'][number]['part'];
/** A list's terms as written (for the explanation) and folded (for matching), index for index. */
type Terms = { original: readonly string[]; folded: readonly string[] };

export type CompiledPersona = {
  titles: Terms;
  industries: Terms;
  sizeBands: Terms & { ranges: readonly (SizeRange | undefined)[] };
  locations: Terms;
};

const NO_TERMS: Terms = { original: [], folded: [] };

function termsOf(list: unknown): Terms {
  if (!Array.isArray(list) || list.length === 0) return NO_TERMS;
  const original: string[] = [];
  const folded: string[] = [];
  for (const term of list) {
    // A term that folds to nothing still makes the part "specified", but never matches.
    if (typeof term !== 'string') continue;
    original.push(term);
    folded.push(foldTerm(term));
  }
  return { original, folded };
}

// scoreLead compiles the persona on every call: remember what each band term parses to (keyed by the term itself).
const RANGE_CACHE_LIMIT = 1_000;
const rangeCache = new Map<string, SizeRange | undefined>();
function rangeOf(term: string): SizeRange | undefined {
  if (rangeCache.has(term)) return rangeCache.get(term);
  const range = sizeRangeOf(term);
  if (rangeCache.size >= RANGE_CACHE_LIMIT) rangeCache.clear();
  rangeCache.set(term, range);
  return range;
}

export function compilePersona(persona: Persona): CompiledPersona {
  const p: Partial<Persona> = typeof persona === 'object' && persona !== null ? persona : {};
  const sizeBands = termsOf(p.sizeBands);
  return {
    titles: termsOf(p.titles),
    industries: termsOf(p.industries),
    sizeBands: { ...sizeBands, ranges: sizeBands.original.map(rangeOf) },
    locations: termsOf(p.locations),
  };
}

/** Index of the first term contained in a or b; -1 when none. */
function containsAny(terms: Terms, a: string | undefined, b?: string): number {
  const { folded } = terms;
  for (let i = 0; i < folded.length; i++) {
    const term = folded[i] ?? '';
    if (term.length === 0) continue;
    if ((a !== undefined && a.includes(term)) || (b !== undefined && b.includes(term))) return i;
  }
  return -1;
}

function sizeMatch(terms: CompiledPersona['sizeBands'], band: string | undefined, size: number | undefined): number {
  for (let i = 0; i < terms.folded.length; i++) {
    const term = terms.folded[i] ?? '';
    if (term.length > 0 && band === term) return i;
    const range = terms.ranges[i];
    if (range && size !== undefined && size >= range.min && size <= range.max) return i;
  }
  return -1;
}

export function matchCompiledPersona(view: LeadView, persona: CompiledPersona): PersonaMatch {
  const parts: PersonaMatch['parts'] = [];
  const add = (part: PartName, terms: Terms, hit: number) => {
    const term = terms.original[hit];
    parts.push(term !== undefined ? { part, matched: true, term } : { part, matched: false });
  };
  const { titles, industries, sizeBands, locations } = persona;
  if (titles.folded.length > 0) add('titles', titles, containsAny(titles, view.text('title'), view.text('headline')));
  if (industries.folded.length > 0) add('industries', industries, containsAny(industries, view.text('industry')));
  if (sizeBands.folded.length > 0) add('sizeBands', sizeBands, sizeMatch(sizeBands, view.text('sizeBand'), view.companySize()));
  if (locations.folded.length > 0) add('locations', locations, containsAny(locations, view.text('location')));
  let fits = parts.length > 0;
  for (const part of parts) fits &&= part.matched;
  return { fits, parts };
}

/** Which parts of the persona a lead matches, and whether it fits. */
export function matchPersona(input: ScoringInput, persona: Persona): PersonaMatch {
  return matchCompiledPersona(new LeadView(input), compilePersona(persona));
}
