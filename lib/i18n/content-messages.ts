/**
 * The few strings the LinkedIn content script shows. The background writes them, in the rep's
 * language, to storage.local; the content script reads them there (and follows changes), so it
 * carries no catalog and no language logic of its own. Kept free of Zod: the content script's
 * size budget is small, and the check below is all this shape needs.
 */
import type { MessageKey, Messages } from './runtime';

/** The storage.local key holding { locale, messages }. */
export const CONTENT_MESSAGES_KEY = 'i18n.content';

/** The key families the in-page UI uses (its button, notices, list controls, errors it reports, "already in your CRM"). */
export const CONTENT_KEY_PREFIXES = ['capture.', 'captureReal.', 'notice.', 'error.', 'touch.', 'lists.', 'field.', 'crmLookup.'] as const;

/** Single keys it shares with the pages. */
const CONTENT_KEYS: ReadonlySet<string> = new Set(['common.cancel']);

export interface ContentMessages {
  locale: string;
  messages: Partial<Record<MessageKey, string>>;
}

export function pickContentMessages(locale: string, catalog: Messages): ContentMessages {
  const messages: Partial<Record<MessageKey, string>> = {};
  for (const key of Object.keys(catalog) as MessageKey[]) {
    if (CONTENT_KEYS.has(key) || CONTENT_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) messages[key] = catalog[key];
  }
  return { locale, messages };
}

/** Storage is shared with nothing but us, yet a value from an older version may have another shape. */
export function parseContentMessages(value: unknown): ContentMessages | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { locale, messages } = value as Record<string, unknown>;
  if (typeof locale !== 'string' || !/^[a-z]{2,3}$/.test(locale)) return undefined;
  if (!messages || typeof messages !== 'object') return undefined;
  const clean: Record<string, string> = {};
  for (const [key, text] of Object.entries(messages)) if (typeof text === 'string') clean[key] = text;
  return { locale, messages: clean as ContentMessages['messages'] };
}
