/**
 * Extension pages: load the one catalog the rep reads (each language is its own chunk) before
 * the first render, and reload when the rep picks another language on the options page.
 */
import { browser } from 'wxt/browser';
import { resolveLocale, UI_LANGUAGE_KEY, type Locale } from './locales';
import { activateMessages, type Messages } from './runtime';

const catalogs: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
  pl: () => import('./pl').then((m) => m.pl),
  ro: () => import('./ro').then((m) => m.ro),
  ru: () => import('./ru').then((m) => m.ru),
};

/**
 * What the popup's first view says (its header and velocity card): the core and metrics
 * areas only, a fifth of a catalog. The popup loads the whole catalog before it draws
 * anything else (issue 15), so no other text ever shows a key.
 */
const firstViewCatalogs: Record<Locale, () => Promise<Partial<Messages>>> = {
  en: () => Promise.all([import('./en-core'), import('./en-metrics')]).then(([core, metrics]) => ({ ...core.enCore, ...metrics.enMetrics })),
  pl: () => Promise.all([import('./pl/core'), import('./pl/metrics')]).then(([core, metrics]) => ({ ...core.plCore, ...metrics.plMetrics })),
  ro: () => Promise.all([import('./ro/core'), import('./ro/metrics')]).then(([core, metrics]) => ({ ...core.roCore, ...metrics.roMetrics })),
  ru: () => Promise.all([import('./ru/core'), import('./ru/metrics')]).then(([core, metrics]) => ({ ...core.ruCore, ...metrics.ruMetrics })),
};

export function browserLanguage(): string {
  return browser.i18n?.getUILanguage?.() || navigator.language;
}

/** The rep's stored choice ("auto" when none, or when storage cannot be read). */
export async function readLanguageChoice(): Promise<unknown> {
  const stored = await browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[UI_LANGUAGE_KEY] ?? 'auto';
}

/** A page's first view's strings in a language (./page-first-views): the rest loads once that view is drawn. */
export type FirstViewCatalog = (locale: Locale) => Promise<Partial<Messages>>;

export type CatalogPart = 'all' | 'popup-first-view' | FirstViewCatalog;

let whole: Promise<void> = Promise.resolve();
let wholeLoaded: () => void = () => undefined;

/** A part of a page loaded after its first view (a lazy section): ready once both it and the whole catalog are. */
export function afterWholeCatalog<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), whole]).then(([loaded]) => loaded);
}

/** Load and activate the language to show (the whole catalog, or only what a first view says); returns it. */
export function loadPageLanguage(part: CatalogPart = 'all'): Promise<Locale> {
  // A part alone: what draws later waits, from now (a section rendered with the first view too), for the whole catalog.
  if (part !== 'all') whole = new Promise((resolve) => (wholeLoaded = resolve));
  const loading = loadLanguage(part);
  if (part === 'all') {
    const done = wholeLoaded;
    wholeLoaded = () => undefined;
    whole = loading.then(done, done);
  }
  return loading;
}

/** The stored choice this page's language was loaded by (undefined before that): the language picker draws with it at once. */
let loadedChoice: unknown;
export function loadedLanguageChoice(): unknown {
  return loadedChoice;
}

async function loadLanguage(part: CatalogPart): Promise<Locale> {
  loadedChoice = await readLanguageChoice();
  const locale = resolveLocale(loadedChoice, browserLanguage());
  activateMessages(locale, await (part === 'all' ? catalogs[locale]() : part === 'popup-first-view' ? firstViewCatalogs[locale]() : part(locale)));
  document.documentElement.lang = locale;
  return locale;
}

/** Another language picked (here or on another page): redraw this page in it. */
export function reloadOnLanguageChange(reload: () => void = () => location.reload()): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && UI_LANGUAGE_KEY in changes) reload();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
