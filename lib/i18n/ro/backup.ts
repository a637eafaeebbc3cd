import type { enBackup } from '../en-backup';

/**
 * Romanian strings of the full backup and the demo data. Every error code parseBackup returns has a
 * key `backup.error.<code>` that says what is wrong and what to do about it.
 */
export const roBackup: Record<keyof typeof enBackup, string> = {
  'backup.title': 'Copie de rezervă',
  'backup.intro':
    'Un singur fișier cu toate leadurile, companiile, activitățile, schimbările de etapă, secvențele și setările. Păstrați-l într-un loc sigur.',
  'backup.export': 'Descărcați o copie de rezervă',
  'backup.exported': 'Copie de rezervă salvată: {leads, plural, one {# lead} few {# leaduri} other {# de leaduri}}.',
  'backup.import': 'Restaurați o copie de rezervă…',
  'backup.file': 'Copie de rezervă din {date}, {leads, plural, one {# lead} few {# leaduri} other {# de leaduri}}',
  'backup.mode.replace': 'Înlocuiți tot ce există aici cu copia de rezervă',
  'backup.mode.replaceHint':
    'Mai întâi se șterg toate leadurile, activitățile, secvențele și setările de aici. Folosiți această opțiune pentru a vă muta pe un computer nou.',
  'backup.mode.merge': 'Combinați copia de rezervă cu ce există aici',
  'backup.mode.mergeHint': 'Înregistrările din copia de rezervă le suprascriu pe cele identice de aici; restul datelor de aici rămân.',
  'backup.confirmReplace': 'Ștergeți tot ce există aici și restaurați copia de rezervă din {date}? Această acțiune este ireversibilă.',
  'backup.restore': 'Restaurați',
  'backup.restoring': 'Se restaurează…',
  'backup.restored':
    'Restaurare încheiată: {leads, plural, one {# lead} few {# leaduri} other {# de leaduri}}, {activities, plural, one {# activitate} few {# activități} other {# de activități}} și {sequences, plural, one {# secvență} few {# secvențe} other {# de secvențe}}.',
  'backup.forgotten':
    '{count, plural, one {# persoană din fișier a fost ștearsă definitiv aici și nu a fost readusă.} few {# persoane din fișier au fost șterse definitiv aici și nu au fost readuse.} other {# de persoane din fișier au fost șterse definitiv aici și nu au fost readuse.}}',
  'backup.duplicates':
    '{count, plural, one {# înregistrare (lead sau companie) care exista aici cu alt ID a fost combinată cu cea din copia de rezervă.} few {# înregistrări (leaduri sau companii) care existau aici cu alt ID au fost combinate cu cele din copia de rezervă.} other {# de înregistrări (leaduri sau companii) care existau aici cu alt ID au fost combinate cu cele din copia de rezervă.}}',

  'backup.error.not-json': 'Acest fișier nu este o copie de rezervă: nu este JSON. Alegeți fișierul .json salvat de extensie.',
  'backup.error.truncated': 'Copia de rezervă este incompletă: fișierul a fost trunchiat. Descărcați-l sau copiați-l din nou, apoi restaurați-l.',
  'backup.error.not-backup':
    'Acest fișier JSON nu este o copie de rezervă a Asistentului de prospectare. Alegeți fișierul salvat cu „Descărcați o copie de rezervă”.',
  'backup.error.newer-version':
    'Această copie de rezervă a fost creată de o versiune mai nouă a extensiei. Actualizați mai întâi extensia, apoi restaurați-o.',
  'backup.error.invalid':
    'Copia de rezervă conține o înregistrare care nu este validă ({detail}), așa că nu s-a restaurat nimic. Fișierul a fost cumva editat manual?',
  'backup.error.storage':
    'Copia de rezervă nu a putut fi restaurată, așa că nu s-a modificat nimic. Eliberați spațiu pe disc și încercați din nou.',

  'demo.title': 'Date demonstrative',
  'demo.intro':
    'Încercați extensia pe aproximativ 300 de leaduri fictive, cu tranzacții, interacțiuni și follow-up-uri. Le eliminați cu un singur clic când ați terminat.',
  'demo.load': 'Încărcați datele demonstrative',
  'demo.loading': 'Se încarcă datele demonstrative…',
  'demo.loaded':
    '{count, plural, one {S-a încărcat # lead demonstrativ.} few {S-au încărcat # leaduri demonstrative.} other {S-au încărcat # de leaduri demonstrative.}}',
  'demo.remove': 'Eliminați datele demonstrative',
  'demo.removed':
    '{count, plural, one {S-a eliminat # lead demonstrativ.} few {S-au eliminat # leaduri demonstrative.} other {S-au eliminat # de leaduri demonstrative.}} Leadurile dvs. au rămas neatinse.',
  'demo.error.not-empty':
    'Datele demonstrative pot fi încărcate doar cât timp nu aveți leaduri proprii, ca să nu se amestece niciodată cu cifrele dvs.',
  'demo.banner': 'Acestea sunt date demonstrative.',
};
