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

export function browserLanguage(): string {
  return browser.i18n?.getUILanguage?.() || navigator.language;
}

/** The rep's stored choice ("auto" when none, or when storage cannot be read). */
export async function readLanguageChoice(): Promise<unknown> {
  const stored = await browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[UI_LANGUAGE_KEY] ?? 'auto';
}

/** Load and activate the language to show; returns it. */
export async function loadPageLanguage(): Promise<Locale> {
  const locale = resolveLocale(await readLanguageChoice(), browserLanguage());
  activateMessages(locale, await catalogs[locale]());
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
