import type { enData } from '../en-data';

/** Russian strings of the options page's "Your data" section: export, import, backup, demo. */
export const ruData: Record<keyof typeof enData, string> = {
  'data.title': 'Ваши данные',
  'data.intro': 'Все данные хранятся в этом браузере. Экспортируйте их в CRM, импортируйте таблицу или сделайте резервную копию для нового ноутбука.',
  'data.export': 'Экспорт',
  'data.preset': 'Набор столбцов',
  'data.separator': 'Разделять столбцы',
  'data.separator.comma': 'запятыми (Excel на английском, Google Таблицы, CRM)',
  'data.separator.semicolon': 'точкой с запятой (Excel на польском, румынском, русском)',
  'data.separatorHint': 'Excel раскладывает CSV-файл по столбцам, только если в нём стоит разделитель языка вашего компьютера; иначе всё попадает в один столбец. Оба варианта можно снова импортировать сюда.',
  'data.exportLeads': 'Экспортировать лиды (CSV)',
  'data.exportCompanies': 'Экспортировать компании (CSV)',
  'data.exportActivities': 'Экспортировать активности (CSV)',
  'data.exportBackup': 'Скачать полную резервную копию (JSON)',
  'data.exported':
    '{count, plural, one {Экспортирована # запись} few {Экспортированы # записи} many {Экспортировано # записей} other {Экспортировано # записи}} в файл {file}.',
  'data.import': 'Импорт лидов из файла CSV',
  'data.chooseCsv': 'Файл CSV',
  'data.reading': 'Чтение файла {file}…',
  'data.mapping': 'Сопоставление столбцов',
  'data.mappingHint': 'Столбцы сопоставлены по названиям; исправьте те, что сопоставлены неверно.',
  'data.column': 'Столбец «{header}»',
  'data.sample': 'напр.: {value}',
  'data.preview': 'Предпросмотр: первые строки в том виде, в котором они будут сохранены',
  'data.counts':
    '{rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}}: новых — {created}, объединено с имеющимися лидами — {merged}, отклонено — {refused}.',
  'data.counting': 'Поиск дубликатов…',
  'data.refusedTitle': 'Отклонённые строки',
  'data.refusedMore': '…и ещё {count}.',
  'data.importButton': 'Импортировать {count, plural, one {# строку} few {# строки} many {# строк} other {# строки}}',
  'data.importing': 'Импорт… {done} из {total}',
  'data.imported':
    'Импортировано: {created, plural, one {# новый лид} few {# новых лида} many {# новых лидов} other {# нового лида}}, объединено с имеющимися: {merged}.',
  'data.importFailed': 'Ничего не импортировано: {reason}',
  'data.cancel': 'Отмена',
  'data.chooseBackup': 'Файл резервной копии (JSON)',
  'data.firstRun': 'Впервые здесь? Загрузите демонстрационную воронку, чтобы сразу увидеть скорость продаж, напоминания и дашборд.',
  'data.listExport': 'Экспортировать эти лиды (CSV)',
};
