/**
 * The background speaks the rep's language: the browser's UI language, or the one picked on the
 * options page. It also hands the content script its strings (storage.local), so the in-page
 * control follows a change without a reload of LinkedIn.
 */
import { browser } from 'wxt/browser';
import { CATALOGS } from '../i18n/all-catalogs';
import { CONTENT_MESSAGES_KEY, pickContentMessages, type ContentMessages } from '../i18n/content-messages';
import { resolveLocale, UI_LANGUAGE_KEY, type Locale } from '../i18n/locales';
import { activateMessages } from '../i18n/runtime';

function activate(locale: Locale): ContentMessages {
  activateMessages(locale, CATALOGS[locale]);
  return pickContentMessages(locale, CATALOGS[locale]);
}

async function applyStoredChoice(): Promise<ContentMessages> {
  const stored = await browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  const content = activate(resolveLocale(stored[UI_LANGUAGE_KEY], browser.i18n.getUILanguage()));
  await browser.storage.local.set({ [CONTENT_MESSAGES_KEY]: content }).catch(() => undefined);
  return content;
}

/**
 * Speak the browser's language at once (menus and notifications made before storage answers are
 * never keys), then the stored choice; `onChange` re-makes what holds text (context menus).
 * Returns what the content script is given, for the message it may ask with.
 */
export function setupLanguage(onChange: () => void): () => Promise<ContentMessages> {
  activate(resolveLocale('auto', browser.i18n.getUILanguage()));
  let current = applyStoredChoice().then((content) => {
    onChange();
    return content;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(UI_LANGUAGE_KEY in changes)) return;
    current = applyStoredChoice().then((content) => {
      onChange();
      return content;
    });
  });
  return () => current;
}
