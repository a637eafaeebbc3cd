import type { enCaptureReal } from '../en-capture-real';

/** Strings of the in-page warning when LinkedIn's page looks different, and of the capture diagnostics. */
export const ruCaptureReal: Record<keyof typeof enCaptureReal, string> = {
  'captureReal.drift.weakestOnly': 'Страница LinkedIn выглядит иначе: удалось прочитать только заголовок страницы. Проверьте данные перед сохранением.',
  'captureReal.drift.noName': 'Страница LinkedIn выглядит иначе: не удалось прочитать имя. Введите его ниже перед сохранением.',
  'captureReal.drift.unconfirmed': 'Страница LinkedIn выглядит иначе: непонятно, чей это профиль. Проверьте данные перед сохранением.',
  'captureReal.read': 'Прочитано со страницы: {fields}.',
  'captureReal.readNothing': 'Кроме адреса страницы, ничего прочитать не удалось.',
  'captureReal.review': 'Проверьте перед сохранением',
  'captureReal.companyName': 'Название компании',
  'captureReal.logo': 'Логотип',
  'captureReal.saveChecked': 'Сохранить эти данные',
  'captureReal.nameNeeded': 'Введите имя, чтобы сохранить.',
  'diagnostics.title': 'Диагностика сохранения',
  'diagnostics.intro': 'Когда LinkedIn меняет свои страницы, при сохранении что-то может теряться. При каждом сохранении с LinkedIn расширение записывает, как была прочитана страница: тип страницы, какие способы чтения сработали, какие данные найдены и версию расширения. Имена, адреса и другой текст страницы не сохраняются. Экспортируйте записи, чтобы приложить их к отчёту об ошибке.',
  'diagnostics.kept': 'Сохранено записей',
  'diagnostics.drifted': 'Страниц, выглядевших иначе',
  'diagnostics.export': 'Экспортировать диагностику',
  'diagnostics.clear': 'Очистить',
  'diagnostics.cleared': 'Диагностика очищена.',
  'diagnostics.none': 'Записей пока нет: сначала сохраните лид с LinkedIn.',
};
