import { t, type MessageKey } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { activateMessages } from '../../../lib/i18n/runtime';

// The tests' own process reads the English catalog (the browsers under test pick their own).
activateMessages('en', en);

/**
 * A message as the extension shows it to a rep using English, for tests that find our
 * controls by their accessible names. One place, so the tests follow the catalog (and its
 * plural forms) rather than copies of its text.
 */
export function english(key: MessageKey, values?: Record<string, string | number>): string {
  return t(key, values);
}
