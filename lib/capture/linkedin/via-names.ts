import { SELECTOR_NAMES, STRUCTURAL_NAMES } from './selector-chains';

/**
 * The names a report may give for where a field came from (report.ts `via`): our own
 * selectors and structural rules, never page text. The diagnostics schema admits only
 * these, so a stored diagnostic can carry no one's data.
 */
export const VIA_NAMES: ReadonlySet<string> = new Set<string>([
  ...SELECTOR_NAMES,
  ...STRUCTURAL_NAMES,
  // person.ts: the top card's line under the headline, and title and company spelled out in the headline.
  'line-under-headline',
  'headline',
]);
