import { t, type MessageKey } from '../../../lib/i18n';

/**
 * A message as the extension shows it to a rep using English, for tests that find our
 * controls by their accessible names. One place, so the tests follow the catalog (and its
 * plural forms) rather than copies of its text.
 */
export function english(key: MessageKey, values?: Record<string, string | number>): string {
  return t(key, values);
}
