import type { enTransfer } from '../en-transfer';

/** Russian strings of CSV export and import: each error says what is wrong and what to do about it. */
export const ruTransfer: Record<keyof typeof enTransfer, string> = {
  'transfer.preset.all': 'Все поля (для резервной копии или таблицы)',
  'transfer.preset.hubspot': 'Контакты HubSpot',
  'transfer.preset.pipedrive': 'Контакты Pipedrive',
  'transfer.preset.salesforce': 'Лиды Salesforce',
  'transfer.field.ignore': 'Не импортировать',

  // Reading the file (decodeCsvFile).
  'transfer.error.too-large': 'Размер файла превышает 100\u00a0МБ. Разделите его на несколько файлов CSV поменьше и импортируйте их по очереди.',
  'transfer.error.binary':
    'Это не файл CSV (похоже на PDF, изображение, архив или книгу Excel). В Excel выберите «Файл › Сохранить как › CSV UTF-8 (разделитель — запятая)» и импортируйте полученный файл.',
  'transfer.error.encoding':
    'Этот файл не удаётся прочитать: он сохранён как текст Юникод (UTF-16), но часть его повреждена. В Excel сохраните его как «CSV UTF-8 (разделитель — запятая)»; в Google Таблицах выберите «Файл › Скачать › CSV».',
  'transfer.error.empty': 'Файл пуст. Выберите файл CSV со строкой заголовков и хотя бы одним лидом.',

  // Said above the preview when a file was not UTF-8 (decodeCsvFile's guess).
  'transfer.assumed.windows-1250':
    'Файл не в кодировке UTF-8, поэтому он прочитан как Windows-1250 (центральноевропейская: польский, румынский, чешский). Проверьте имена в предпросмотре; если буквы искажены, сохраните файл в Excel как «CSV UTF-8 (разделитель — запятая)» и импортируйте его.',
  'transfer.assumed.windows-1251':
    'Файл не в кодировке UTF-8, поэтому он прочитан как Windows-1251 (кириллица: русский, украинский, болгарский). Проверьте имена в предпросмотре; если буквы искажены, сохраните файл в Excel как «CSV UTF-8 (разделитель — запятая)» и импортируйте его.',

  // Reading the rows (parseCsv).
  'transfer.error.no-header': 'Строка заголовков не найдена. В первой строке файла должны быть названия столбцов (например: Имя, Эл. почта, Компания).',
  'transfer.error.too-many-rows':
    'В файле слишком много строк (максимум — {max}). Разделите его на несколько файлов, каждый не больше этого лимита, и импортируйте их по очереди.',
  'transfer.error.too-many-columns': 'В файле больше 1\u00a0000 столбцов. Удалите ненужные столбцы и импортируйте файл снова.',
  'transfer.error.malformed':
    'В строке {row} кавычка стоит не на месте (ячейка в кавычках не закрыта или после закрывающей кавычки есть текст), поэтому остальную часть файла прочитать нельзя. Исправьте эту ячейку и повторите импорт.',

  // Rows that are left out (previewImport).
  'transfer.error.no-identity': 'Строка {row} пропущена: в ней нет имени, ссылки на LinkedIn или адреса эл. почты. Добавьте что-то одно, чтобы импортировать этого человека.',
  'transfer.error.bad-email': 'Строка {row} пропущена: в столбце «{column}» недопустимый адрес эл. почты. Исправьте его или очистите ячейку.',
  'transfer.error.bad-url':
    'Строка {row} пропущена: в столбце «{column}» недопустимая ссылка (нужен веб-адрес вида https://example.com, а в столбце LinkedIn — ссылка на профиль или страницу компании в LinkedIn). Исправьте её или очистите ячейку.',
  'transfer.error.bad-phone':
    'Строка {row} пропущена: в столбце «{column}» не номер телефона (нужно от 5 до 20 цифр). Исправьте его или очистите ячейку. Номер, показанный как 4,86E+10, потерял цифры в Excel: задайте столбцу формат «Текстовый» и экспортируйте файл заново.',
};
