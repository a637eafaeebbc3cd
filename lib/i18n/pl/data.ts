import type { enData } from '../en-data';

/** Polish strings of the options page's "Your data" section: export, import, backup, demo. */
export const plData: Record<keyof typeof enData, string> = {
  'data.title': 'Twoje dane',
  'data.intro':
    'Wszystko zostaje w tej przeglądarce. Wyeksportuj dane do CRM, zaimportuj arkusz kalkulacyjny albo zachowaj kopię zapasową na wypadek zmiany komputera.',
  'data.export': 'Eksport',
  'data.preset': 'Kolumny dla',
  'data.separator': 'Rozdzielaj kolumny',
  'data.separator.comma': 'przecinkami (Excel po angielsku, Arkusze Google, CRM)',
  'data.separator.semicolon': 'średnikami (Excel po polsku, rumuńsku, rosyjsku)',
  'data.separatorHint': 'Excel otwiera plik CSV w kolumnach tylko wtedy, gdy używa on separatora z języka Twojego komputera; w przeciwnym razie wszystko trafia do jednej kolumny. Oba rodzaje plików można tu z powrotem zaimportować.',
  'data.exportLeads': 'Eksportuj leady (CSV)',
  'data.exportCompanies': 'Eksportuj firmy (CSV)',
  'data.exportActivities': 'Eksportuj aktywności (CSV)',
  'data.exportBackup': 'Pobierz pełną kopię zapasową (JSON)',
  'data.exported':
    'Wyeksportowano {count, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} do pliku {file}.',
  'data.import': 'Importuj leady z pliku CSV',
  'data.chooseCsv': 'Plik CSV',
  'data.reading': 'Odczytywanie pliku {file}…',
  'data.mapping': 'Dopasuj kolumny',
  'data.mappingHint': 'Kolumny zostały dopasowane według nazw; popraw błędne dopasowania.',
  'data.column': 'Kolumna „{header}”',
  'data.sample': 'np. {value}',
  'data.preview': 'Podgląd: pierwsze wiersze w postaci, w jakiej zostaną zapisane',
  'data.counts':
    '{rows, plural, one {# wiersz} few {# wiersze} many {# wierszy} other {# wiersza}}: {created, plural, one {# nowy} few {# nowe} many {# nowych} other {# nowego}}, {merged, plural, one {# scalony z istniejącym leadem} few {# scalone z istniejącymi leadami} many {# scalonych z istniejącymi leadami} other {# scalonego z istniejącymi leadami}}, {refused, plural, one {# odrzucony} few {# odrzucone} many {# odrzuconych} other {# odrzuconego}}.',
  'data.counting': 'Sprawdzanie duplikatów…',
  'data.refusedTitle': 'Odrzucone wiersze',
  'data.refusedMore': '…i {count, plural, one {# kolejny} few {# kolejne} many {# kolejnych} other {# kolejnego}}.',
  'data.importButton': 'Importuj {count, plural, one {# wiersz} few {# wiersze} many {# wierszy} other {# wiersza}}',
  'data.importing': 'Importowanie… {done} z {total}',
  'data.imported':
    'Zaimportowano: {created, plural, one {# nowy lead} few {# nowe leady} many {# nowych leadów} other {# nowego leada}}, {merged, plural, one {# scalony z istniejącym} few {# scalone z istniejącymi} many {# scalonych z istniejącymi} other {# scalonego z istniejącymi}}.',
  'data.importFailed': 'Nic nie zostało zaimportowane: {reason}',
  'data.cancel': 'Anuluj',
  'data.chooseBackup': 'Plik kopii zapasowej (JSON)',
  'data.firstRun': 'Pierwszy raz tutaj? Wczytaj przykładowy lejek, aby od razu zobaczyć prędkość sprzedaży, follow-upy i pulpit.',
  'data.listExport': 'Eksportuj te leady (CSV)',
};
