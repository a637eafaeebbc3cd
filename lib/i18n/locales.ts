// Zod's small build: every page resolves its language before it draws anything.
import * as z from 'zod/mini';

/** The languages the extension speaks; the first is the fallback. */
export const LOCALES = ['en', 'pl', 'ro', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The rep's choice on the options page: follow the browser, or one language. */
export const UiLanguageSchema = z.enum(['auto', ...LOCALES]);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

/** Where the choice is kept: storage.local, which every context (content scripts too) can read and watch. */
export const UI_LANGUAGE_KEY = 'uiLanguage';

/** The supported language for a BCP 47 tag ("pl-PL" → "pl"); English for anything else. */
export function supportedLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}

/** The language to show: the rep's choice, or the browser's UI language when the choice is "auto". */
export function resolveLocale(choice: unknown, browserLanguage: string | undefined): Locale {
  const parsed = UiLanguageSchema.safeParse(choice);
  return parsed.success && parsed.data !== 'auto' ? parsed.data : supportedLocale(browserLanguage);
}
