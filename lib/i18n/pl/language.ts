import type { enLanguage } from '../en-language';

/** Polish strings of the language choice. */
export const plLanguage: Record<keyof typeof enLanguage, string> = {
  'language.label': 'Język',
  'language.auto': 'Język przeglądarki ({language})',
  'language.hint': 'Strony, powiadomienia, menu kontekstowe i przycisk na LinkedIn stosują ten wybór.',
  'perm.storage': 'Przechowuje wybrany język i kilka tekstów przycisku na LinkedIn, wyłącznie w Twojej przeglądarce.',
};
