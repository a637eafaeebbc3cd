import { currentLocale } from '@/lib/i18n';

/** HubSpot's scope names as one line in the rep's language ("a, b and c"): they are identifiers, never translated. */
export function scopesText(scopes: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(scopes);
}
