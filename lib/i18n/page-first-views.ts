/**
 * What the options page's and the side panel's first views say, by catalog area (issue 15):
 * each page loads these areas before it draws, and the whole catalog once its first view is
 * drawn (lib/pages/mount.tsx). Found by the keys those views' code names; the database gate's
 * messages (storage) are in both. A key missing here would show as itself until the page
 * redraws, so an area is added whole rather than key by key. Each page's list is a module of
 * its own, imported by its entry alone, so neither is in the chunk every page shares.
 */
import type { FirstViewCatalog } from './load';
import type { Locale } from './locales';
import type { Messages } from './runtime';

/** An area's file in each language, as `import.meta.glob` lists them ('./en-core.ts', './pl/core.ts'…). */
export type AreaFiles = Record<string, () => Promise<Record<string, Partial<Messages>>>>;

export function areaCatalog(files: AreaFiles, areas: readonly string[]): FirstViewCatalog {
  return async (locale: Locale) => {
    const modules = await Promise.all(areas.map((area) => files[locale === 'en' ? `./en-${area}.ts` : `./${locale}/${area}.ts`]!()));
    // An area file exports its messages only (enScoring, plScoring…).
    return Object.assign({}, ...modules.flatMap((module) => Object.values(module)));
  };
}
