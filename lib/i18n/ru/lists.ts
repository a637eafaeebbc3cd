import type { enLists } from '../en-lists';

/** Strings of "Save selected" on LinkedIn list pages. */
export const ruLists: Record<keyof typeof enLists, string> = {
  'lists.pick': 'Выбрать',
  'lists.pickPerson': 'Выбрать: {name}',
  'lists.saveSelected': '{count, plural, =0 {Сохранить выбранных} one {Сохранить # выбранного} few {Сохранить # выбранных} many {Сохранить # выбранных} other {Сохранить # выбранного}}',
  'lists.clear': 'Очистить',
  'lists.hint': 'Отметьте людей, которых нужно сохранить как лиды.',
  'lists.saving': 'Сохранение…',
  'lists.saved': '{count, plural, one {Сохранён # человек} few {Сохранено # человека} many {Сохранено # человек} other {Сохранено # человека}}: {created, plural, one {# новый} few {# новых} many {# новых} other {# нового}}, {merged, plural, one {# объединён} few {# объединено} many {# объединено} other {# объединено}}',
  'lists.savedPartly': '{count, plural, one {Сохранён # человек} few {Сохранено # человека} many {Сохранено # человек} other {Сохранено # человека}}; остальных сохранить не удалось, они остаются отмеченными. Нажмите ещё раз, чтобы повторить.',
};
