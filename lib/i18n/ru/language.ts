import type { enLanguage } from '../en-language';

/** Russian strings of the language choice. */
export const ruLanguage: Record<keyof typeof enLanguage, string> = {
  'language.label': 'Язык',
  'language.auto': 'Язык браузера ({language})',
  'language.hint': 'Этот выбор применяется к страницам, уведомлениям, контекстному меню и кнопке на LinkedIn.',
  'perm.storage': 'Хранит выбранный язык и несколько надписей кнопки на LinkedIn — только в вашем браузере.',
};
