import { en, type MessageKey } from './en';

export type { MessageKey };

type Catalog = Record<MessageKey, string>;

// More languages are added here; a missing key falls back to English.
const catalogs: Record<string, Partial<Catalog>> = { en };

let active: Partial<Catalog> = en;
let activeLocale = 'en';

/** Pick the catalog for a BCP 47 locale ("pl-PL" uses "pl"), falling back to English. */
export function setLocale(locale: string): void {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  activeLocale = catalogs[base] ? base : 'en';
  active = catalogs[activeLocale] ?? en;
}

export function currentLocale(): string {
  return activeLocale;
}

/** Translate a key, filling {placeholders} with the given values as plain text. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  // An unknown key (e.g. an error code from a newer version) shows as itself rather than crashing.
  const template: string = active[key] ?? en[key] ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Plural-aware count label for the few count strings. */
export function tCount(one: MessageKey, many: MessageKey, count: number): string {
  return count === 1 ? t(one, { count }) : t(many, { count: new Intl.NumberFormat(activeLocale).format(count) });
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(activeLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
