/**
 * The in-page control's language: strings the background put in storage.local in the rep's
 * language (see lib/background/language.ts). The content script carries no catalog of its own.
 */
import { browser } from 'wxt/browser';
import { CONTENT_MESSAGES_KEY, parseContentMessages } from '../i18n/content-messages';
import { activateMessages } from '../i18n/runtime';

/** Activate the stored strings, or ask the background when storage has none yet (the first seconds after install). */
export async function loadContentLanguage(ask: () => Promise<unknown>): Promise<void> {
  const stored = await browser.storage.local.get(CONTENT_MESSAGES_KEY).catch(() => ({}) as Record<string, unknown>);
  const content = parseContentMessages(stored[CONTENT_MESSAGES_KEY]) ?? parseContentMessages(await ask().catch(() => undefined));
  if (content) activateMessages(content.locale, content.messages);
}

/** The rep picked another language: activate it and let the caller redraw. */
export function followContentLanguage(redraw: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[CONTENT_MESSAGES_KEY]) return;
    const content = parseContentMessages(changes[CONTENT_MESSAGES_KEY].newValue);
    if (!content) return;
    activateMessages(content.locale, content.messages);
    redraw();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
