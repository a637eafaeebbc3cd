import type { enUnfinished } from '../en-unfinished';

/** Russian strings for a transfer cut short: an import or a restore whose page closed before it committed. */
export const ruUnfinished: Record<keyof typeof enUnfinished, string> = {
  'unfinished.import':
    'Последний импорт не завершился (его страницу закрыли во время работы), поэтому из него ничего не импортировано. Выберите файл ещё раз, чтобы импортировать его.',
  'unfinished.restore':
    'Последнее восстановление из резервной копии не завершилось (его страницу закрыли во время работы), поэтому ничего не изменено. Выберите резервную копию ещё раз, чтобы восстановить её.',
};
