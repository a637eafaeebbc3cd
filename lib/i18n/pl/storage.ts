import type { enStorage } from '../en-storage';

/** Polish strings for storage failures and the page shown when the database cannot be opened. */
export const plStorage: Record<keyof typeof enStorage, string> = {
  'error.upgrade':
    'Nie udało się zaktualizować bazy danych do tej wersji rozszerzenia, więc nic nie zostało zapisane. Otwórz stronę opcji rozszerzenia, aby sprawdzić przyczynę i pobrać swoje dane.',

  'open.opening': 'Otwieranie Twoich danych…',
  'open.blocked':
    'Inna karta lub okno rozszerzenia nadal ma otwartą bazę danych w starszej wersji, więc nie można jej zaktualizować. Zamknij pozostałe karty rozszerzenia (lub je odśwież) – ta strona wznowi działanie sama.',
  'open.upgradeFailed': 'Nie udało się zaktualizować bazy danych do nowej wersji: {reason}. Twoje dane nie zostały zmienione.',
  'open.newer':
    'Twoje dane zostały zapisane przez nowszą wersję rozszerzenia (wersja danych {stored}; ta wersja odczytuje najwyżej wersję {expected}). Twoje dane nie zostały zmienione; zaktualizuj rozszerzenie, aby z nich korzystać.',
  'open.failed': 'Nie udało się otworzyć bazy danych: {reason}. Nic nie zostało zmienione.',
  'open.reason.quota': 'w przeglądarce zabrakło miejsca na dane tego rozszerzenia',
  'open.reason.unknown': 'nieznany błąd',
  'open.rescueHint': 'Zanim spróbujesz czegokolwiek innego, możesz zachować kopię wszystkich zapisanych danych dokładnie w obecnej postaci.',
  'open.download': 'Pobierz kopię zapasową surowych danych',
  'open.downloading': 'Odczytywanie surowych danych…',
  'open.downloaded':
    'Surowe dane zapisane: {count, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} z {stores, plural, one {# tabeli} few {# tabel} many {# tabel} other {# tabeli}}.',
  'open.downloadFailed': 'Nie udało się odczytać surowych danych: {reason}.',
  'open.noData': 'Brak zapisanych danych do pobrania.',
};
