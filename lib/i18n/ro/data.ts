import type { enData } from '../en-data';

/** Romanian strings of the options page's "Your data" section: export, import, backup, demo. */
export const roData: Record<keyof typeof enData, string> = {
  'data.title': 'Datele dvs.',
  'data.intro':
    'Totul rămâne în acest browser. Exportați datele pentru CRM, importați un tabel sau păstrați o copie de rezervă pentru un laptop nou.',
  'data.export': 'Exportul datelor',
  'data.preset': 'Coloane pentru',
  'data.separator': 'Separați coloanele prin',
  'data.separator.comma': 'virgule (Excel în engleză, Google Sheets, CRM-uri)',
  'data.separator.semicolon': 'punct și virgulă (Excel în poloneză, română, rusă)',
  'data.separatorHint': 'Excel deschide un fișier CSV pe coloane doar dacă folosește separatorul limbii calculatorului dvs.; altfel, totul apare într-o singură coloană. Ambele tipuri pot fi importate înapoi aici.',
  'data.exportLeads': 'Exportați leadurile (CSV)',
  'data.exportCompanies': 'Exportați companiile (CSV)',
  'data.exportActivities': 'Exportați activitățile (CSV)',
  'data.exportBackup': 'Descărcați o copie de rezervă completă (JSON)',
  'data.exported':
    '{count, plural, one {# înregistrare exportată} few {# înregistrări exportate} other {# de înregistrări exportate}} în {file}.',
  'data.import': 'Importați leaduri dintr-un fișier CSV',
  'data.chooseCsv': 'Fișier CSV',
  'data.reading': 'Se citește {file}…',
  'data.mapping': 'Asociați coloanele',
  'data.mappingHint': 'Coloanele au fost asociate după nume; modificați-le pe cele greșite.',
  'data.column': 'Coloana „{header}”',
  'data.sample': 'de ex. {value}',
  'data.preview': 'Previzualizare: primele rânduri, așa cum vor fi stocate',
  'data.counts':
    '{rows, plural, one {# rând} few {# rânduri} other {# de rânduri}}: {created, plural, one {# nou} few {# noi} other {# noi}}, {merged, plural, one {# combinat cu un lead existent} few {# combinate cu leaduri existente} other {# combinate cu leaduri existente}}, {refused, plural, one {# respins} few {# respinse} other {# respinse}}.',
  'data.counting': 'Se caută duplicatele…',
  'data.refusedTitle': 'Rânduri respinse',
  'data.refusedMore': '…și încă {count}.',
  'data.importButton': 'Importați {count, plural, one {# rând} few {# rânduri} other {# de rânduri}}',
  'data.importing': 'Se importă… {done} din {total}',
  'data.imported':
    'Import încheiat: {created, plural, one {# lead nou} few {# leaduri noi} other {# de leaduri noi}}, {merged, plural, one {# combinat} few {# combinate} other {# combinate}}.',
  'data.importFailed': 'Nu s-a importat nimic: {reason}',
  'data.cancel': 'Anulați',
  'data.chooseBackup': 'Fișierul copiei de rezervă (JSON)',
  'data.firstRun': 'Sunteți nou aici? Încărcați un pipeline demonstrativ ca să vedeți imediat viteza, follow-up-urile și tabloul de bord.',
  'data.listExport': 'Exportați aceste leaduri (CSV)',
};
