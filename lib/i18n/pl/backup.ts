import type { enBackup } from '../en-backup';

/** Polish strings of the full backup and the demo data. */
export const plBackup: Record<keyof typeof enBackup, string> = {
  'backup.title': 'Kopia zapasowa',
  'backup.intro':
    'Jeden plik ze wszystkimi leadami, firmami, aktywnościami, zmianami etapów, sekwencjami i ustawieniami. Przechowuj go w bezpiecznym miejscu.',
  'backup.export': 'Pobierz kopię zapasową',
  'backup.exported': 'Kopia zapasowa zapisana: {leads, plural, one {# lead} few {# leady} many {# leadów} other {# leada}}.',
  'backup.import': 'Przywróć kopię zapasową…',
  'backup.file': 'Kopia zapasowa z {date} – {leads, plural, one {# lead} few {# leady} many {# leadów} other {# leada}}',
  'backup.mode.replace': 'Zastąp wszystkie obecne dane kopią zapasową',
  'backup.mode.replaceHint':
    'Najpierw zostaną usunięte wszystkie leady, aktywności, sekwencje i ustawienia zapisane w tej przeglądarce. Użyj tej opcji przy przenosinach na nowy komputer.',
  'backup.mode.merge': 'Scal kopię zapasową z obecnymi danymi',
  'backup.mode.mergeHint': 'Rekordy z kopii zapasowej nadpiszą te same rekordy zapisane tutaj; pozostałe dane się nie zmienią.',
  'backup.confirmReplace': 'Usunąć wszystkie dane z tej przeglądarki i przywrócić kopię zapasową z {date}? Tej operacji nie można cofnąć.',
  'backup.restore': 'Przywróć',
  'backup.restoring': 'Przywracanie…',
  'backup.restored':
    'Przywrócono {leads, plural, one {# leada} few {# leady} many {# leadów} other {# leada}}, {activities, plural, one {# aktywność} few {# aktywności} many {# aktywności} other {# aktywności}} i {sequences, plural, one {# sekwencję} few {# sekwencje} many {# sekwencji} other {# sekwencji}}.',
  'backup.forgotten':
    '{count, plural, one {# osoba z pliku została tu usunięta na zawsze i nie została przywrócona.} few {# osoby z pliku zostały tu usunięte na zawsze i nie zostały przywrócone.} many {# osób z pliku zostało tu usuniętych na zawsze i nie zostało przywróconych.} other {# osoby z pliku zostało tu usunięte na zawsze i nie zostało przywrócone.}}',
  'backup.duplicates':
    '{count, plural, one {# rekord (lead lub firma) zapisany tu pod innym identyfikatorem został scalony z rekordem z kopii zapasowej.} few {# rekordy (leady lub firmy) zapisane tu pod innymi identyfikatorami zostały scalone z rekordami z kopii zapasowej.} many {# rekordów (leadów lub firm) zapisanych tu pod innymi identyfikatorami zostało scalonych z rekordami z kopii zapasowej.} other {# rekordu (leada lub firmy) zapisanego tu pod innym identyfikatorem zostało scalone z rekordami z kopii zapasowej.}}',

  'backup.error.not-json': 'Ten plik nie jest kopią zapasową: to nie jest JSON. Wybierz plik .json zapisany przez rozszerzenie.',
  'backup.error.truncated': 'Ta kopia zapasowa jest niekompletna: plik został ucięty. Pobierz lub skopiuj go ponownie, a potem przywróć.',
  'backup.error.not-backup':
    'Ten plik JSON nie jest kopią zapasową Asystenta prospectingu. Wybierz plik zapisany przyciskiem „Pobierz kopię zapasową”.',
  'backup.error.newer-version':
    'Ta kopia zapasowa została utworzona w nowszej wersji rozszerzenia. Najpierw zaktualizuj rozszerzenie, a potem przywróć kopię.',
  'backup.error.invalid':
    'Ta kopia zapasowa zawiera nieprawidłowy rekord ({detail}), więc nic nie zostało przywrócone. Czy plik był edytowany ręcznie?',
  'backup.error.storage':
    'Nie udało się przywrócić kopii zapasowej, więc nic nie zostało zmienione. Zwolnij trochę miejsca na dysku i spróbuj ponownie.',

  'demo.title': 'Dane demonstracyjne',
  'demo.intro':
    'Wypróbuj rozszerzenie na około 300 fikcyjnych leadach z transakcjami, kontaktami i follow-upami. Gdy skończysz, usuniesz je jednym kliknięciem.',
  'demo.load': 'Wczytaj dane demonstracyjne',
  'demo.loading': 'Wczytywanie danych demonstracyjnych…',
  'demo.loaded':
    'Wczytano {count, plural, one {# demonstracyjnego leada} few {# demonstracyjne leady} many {# demonstracyjnych leadów} other {# demonstracyjnego leada}}.',
  'demo.remove': 'Usuń dane demonstracyjne',
  'demo.removed':
    'Usunięto {count, plural, one {# demonstracyjnego leada} few {# demonstracyjne leady} many {# demonstracyjnych leadów} other {# demonstracyjnego leada}}. Twoje własne leady pozostały nietknięte.',
  'demo.error.not-empty':
    'Dane demonstracyjne można wczytać tylko wtedy, gdy nie masz jeszcze własnych leadów – dzięki temu nigdy nie pomieszają się z Twoimi wynikami.',
  'demo.banner': 'Przeglądasz dane demonstracyjne.',
};
