import type { enLanguage } from '../en-language';

/** Romanian strings of the language choice. */
export const roLanguage: Record<keyof typeof enLanguage, string> = {
  'language.label': 'Limba',
  'language.auto': 'Limba browserului ({language})',
  'language.hint': 'Paginile, notificările, meniul contextual și butonul de pe LinkedIn urmează toate această alegere.',
  'perm.storage': 'Păstrează limba aleasă și cele câteva texte ale butonului de pe LinkedIn, doar în browserul dvs.',
};
