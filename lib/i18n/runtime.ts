/**
 * The active language's messages and t(). This module holds no catalog: extension pages load one
 * (./load), the background holds all four (./all-catalogs), and the content script gets its few
 * strings from the background (./content-messages), so each context carries only what it shows.
 */
import type { MessageKey } from './en';
import { formatMessage, type Values } from './message-format';

export type { MessageKey };
export type Messages = Readonly<Record<MessageKey, string>>;

let active: Partial<Record<string, string>> = {};
let activeLocale = 'en';

/** Make a catalog the active one (the locale is the catalog's language: "pl", "ro"…). */
export function activateMessages(locale: string, messages: Partial<Messages>): void {
  active = messages;
  activeLocale = locale;
}

export function currentLocale(): string {
  return activeLocale;
}

/** Translate a key; values are inserted as text, numbers formatted and plurals chosen for the locale. */
export function t(key: MessageKey, values?: Values): string {
  // A key the catalog lacks (an error code from a newer version) shows as itself rather than crashing.
  const template = active[key] ?? key;
  return formatMessage(template, values, activeLocale);
}

/** "a, b and c" as the rep's language joins a list (names and identifiers, never translated). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(activeLocale, { type: 'conjunction' }).format(items);
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(activeLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
