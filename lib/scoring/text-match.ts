import type { z } from 'zod';
import type { TextCondition } from './schema';

/**
 * Text comparison for scoring rules. Both sides are folded the same way, so a
 * rule written "Łódź" matches "LODZ" and "dyrektor sprzedaży" matches
 * "Dyrektor Sprzedazy". Every operator is a plain string comparison (no regular
 * expression is ever built from a rule or a lead), linear in the text.
 */

export type TextConditionSpec = z.infer<typeof TextCondition>;

// Printable ASCII only: such text needs no Unicode normalisation (the common case).
const NEEDS_UNICODE = /[^\x20-\x7e]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;
// Letters NFKD does not decompose but that people routinely type without their stroke.
const STROKED = /[łøđðßæœı]/g;
const STROKED_AS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower-case letters NFKD leaves whole spelled plainly ("łódź" → "lodź"): a rep types "Michal" for Michał. */
export function spellStroked(lower: string): string {
  return lower.replace(STROKED, (ch) => STROKED_AS[ch] ?? ch);
}

/**
 * Fold text for comparison: NFKD, combining marks removed, lower-case, a few
 * stroked letters spelled plainly (ł→l, ß→ss…), whitespace collapsed and trimmed.
 * Punctuation is kept ("vp, sales" is not "vp sales"): sales-ops terms such as
 * "c-level" or an e-mail domain keep their meaning.
 */
export function foldText(value: string): string {
  if (!NEEDS_UNICODE.test(value)) {
    const lower = value.toLowerCase();
    // Fast path: most titles and tags have no doubled, leading or trailing space.
    return lower.includes('  ') || lower.startsWith(' ') || lower.endsWith(' ') ? lower.replace(SPACES, ' ').trim() : lower;
  }
  // Unicode folding costs about a microsecond; the same titles, cities and industries recur
  // across thousands of leads, so short values are remembered (keyed by the text itself).
  if (value.length > UNICODE_CACHE_MAX_LENGTH) return foldUnicode(value);
  const hit = unicodeCache.get(value);
  if (hit !== undefined) return hit;
  const folded = foldUnicode(value);
  if (unicodeCache.size >= UNICODE_CACHE_LIMIT) unicodeCache.clear();
  unicodeCache.set(value, folded);
  return folded;
}

const UNICODE_CACHE_LIMIT = 20_000;
const UNICODE_CACHE_MAX_LENGTH = 200;
const unicodeCache = new Map<string, string>();

// NFKD splits "й" into "и" + breve, but й is a letter of its own in Russian (ICU's Russian collation
// keeps it apart, unlike ё = е): without this "ИИ" (AI) would match every "Коммерческий директор".
const SHORT_I = /[иИ]\u0306/g;

function foldUnicode(value: string): string {
  return spellStroked(value.normalize('NFKD').replace(SHORT_I, 'й').replace(COMBINING_MARKS, '').toLowerCase())
    .replace(SPACES, ' ')
    .trim();
}

/** Folded text of an unknown value: undefined when it is not a string or folds to nothing (a missing value). */
export function foldValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const folded = foldText(value);
  return folded.length > 0 ? folded : undefined;
}

// scoreLead compiles its rule set on every call, so rule and persona terms are folded
// for every lead: remember them. Keyed by the term's text, so an edited rule set can never
// read a stale entry; and a rule set's strings are the same objects call after call, whose
// hash V8 keeps, so a hit costs less than folding even ASCII.
const TERM_CACHE_LIMIT = 10_000;
const termCache = new Map<string, string>();

/** foldText for rule and persona terms (memoised). */
export function foldTerm(term: string): string {
  const hit = termCache.get(term);
  if (hit !== undefined) return hit;
  const folded = foldText(term);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(term, folded);
  return folded;
}

/**
 * A text condition with its terms folded. A term that folds to nothing (only
 * accents, say) never matches: "contains ''" would otherwise match every lead.
 */
export type TextTest =
  | { op: 'equals' | 'contains' | 'startsWith'; term: string }
  | { op: 'isOneOf'; terms: ReadonlySet<string> }
  | { op: 'isEmpty' }
  | { op: 'isNotEmpty' };

export function compileTextTest(condition: TextConditionSpec): TextTest {
  switch (condition.op) {
    case 'equals':
    case 'contains':
    case 'startsWith':
      return { op: condition.op, term: typeof condition.value === 'string' ? foldTerm(condition.value) : '' };
    case 'isOneOf': {
      const terms = new Set<string>();
      if (Array.isArray(condition.values)) {
        for (const value of condition.values) {
          const folded = typeof value === 'string' ? foldTerm(value) : '';
          if (folded.length > 0) terms.add(folded);
        }
      }
      return { op: 'isOneOf', terms };
    }
    case 'isEmpty':
      return { op: 'isEmpty' };
    default:
      return { op: 'isNotEmpty' };
  }
}

/** Does the test hold for one folded value (undefined = the lead has no such value)? */
export function textHolds(test: TextTest, value: string | undefined): boolean {
  if (test.op === 'isEmpty') return value === undefined;
  if (value === undefined) return false;
  switch (test.op) {
    case 'isNotEmpty':
      return true;
    case 'equals':
      return test.term.length > 0 && value === test.term;
    case 'contains':
      return test.term.length > 0 && value.includes(test.term);
    case 'startsWith':
      return test.term.length > 0 && value.startsWith(test.term);
    case 'isOneOf':
      return test.terms.has(value);
  }
}

/** For a many-valued field (tags): holds if ANY value satisfies the test; isEmpty means no values at all. */
export function anyTextHolds(test: TextTest, values: readonly string[]): boolean {
  if (test.op === 'isEmpty') return values.length === 0;
  for (const value of values) if (textHolds(test, value)) return true;
  return false;
}
