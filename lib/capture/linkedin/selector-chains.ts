/**
 * The selector chains of the top-card layer (selectors.ts), as plain data: no DOM code
 * imports from here, so the diagnostics schema (via-names.ts) can name our selectors
 * without every extension page loading the LinkedIn readers.
 */

export type Scope = 'card' | 'main' | 'doc';
export type Chain = readonly (readonly [Scope, string])[];

export const NAME: Chain = [
  ['card', 'h1.text-heading-xlarge'],
  ['card', '.pv-text-details__left-panel h1'],
  ['card', '.pv-top-card--list > li:first-child'],
  ['card', '.top-card-layout__title'],
  ['main', '[data-anonymize="person-name"]'],
  ['main', 'h1'],
  ['doc', 'h1'],
];

export const HEADLINE: Chain = [
  ['card', '.pv-text-details__left-panel .text-body-medium'],
  ['card', '.text-body-medium.break-words'],
  ['card', '.pv-top-card h2.mt1'],
  ['card', '.top-card-layout__headline'],
  ['main', '[data-anonymize="headline"]'],
];

export const LOCATION: Chain = [
  ['card', '.pv-text-details__left-panel .text-body-small.inline.t-black--light'],
  ['card', '.text-body-small.inline.t-black--light.break-words'],
  ['card', 'ul.pv-top-card--list-bullet > li'],
  ['card', '.top-card-layout__first-subline .top-card__subline-item'],
  ['main', '[data-anonymize="location"]'],
];

export const PHOTO: Chain = [
  ['card', 'img.pv-top-card-profile-picture__image--show'],
  ['card', 'img.pv-top-card-profile-picture__image'],
  ['card', 'img.profile-photo-edit__preview'],
  ['card', 'img.top-card__profile-image'],
  ['card', 'img.top-card-layout__entity-image'],
  ['main', 'img[data-anonymize="headshot-photo"]'],
];

export const COMPANY: Chain = [
  ['card', '.pv-text-details__right-panel .inline-show-more-text'],
  ['card', '.pv-top-card--experience-list-item'],
  ['card', '[data-section="currentPositionsDetails"] .top-card-link__description'],
  ['main', '[data-anonymize="company-name"]'],
];

export const COMPANY_LINK: Chain = [
  ['main', 'a[data-anonymize="company-name"][href]'],
  ['card', 'a[data-section="currentPositionsDetails"][href]'],
  ['card', '[data-section="currentPositionsDetails"] a[href]'],
  ['card', '.pv-text-details__right-panel a[href*="/company/"]'],
];

export const TITLE: Chain = [['main', '[data-anonymize="job-title"]']];

/** Every selector above, by name: what a diagnostic record may say a field came from (via-names.ts). */
export const SELECTOR_NAMES: readonly string[] = [NAME, HEADLINE, LOCATION, PHOTO, COMPANY, COMPANY_LINK, TITLE].flatMap((chain) => chain.map(([, selector]) => selector));
/** The structural rules of this layer, named the same way. */
export const STRUCTURAL_NAMES = ['text-after-heading', 'img-alt-name', 'experience', 'view-profile-link'] as const;
