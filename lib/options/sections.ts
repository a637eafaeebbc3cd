/**
 * The options page's sections, in the order the navigation lists them; each has a deep
 * link (`options.html#<id>`). The first is what an empty or unknown hash shows.
 */
export const OPTIONS_SECTIONS = ['scoring', 'pipeline', 'sequences', 'metrics', 'data', 'crm', 'privacy', 'diagnostics'] as const;

export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

/** The section a location hash names ("#privacy", "privacy"); anything else is the first section. */
export function sectionFromHash(hash: string): OptionsSection {
  const id = decodeURIComponent(hash.replace(/^#/, '')).trim().toLowerCase();
  return (OPTIONS_SECTIONS as readonly string[]).includes(id) ? (id as OptionsSection) : OPTIONS_SECTIONS[0];
}
