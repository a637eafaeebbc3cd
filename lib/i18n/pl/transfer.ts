import type { enTransfer } from '../en-transfer';

/** Polish strings of CSV export and import. */
export const plTransfer: Record<keyof typeof enTransfer, string> = {
  'transfer.preset.all': 'Wszystkie pola (do kopii zapasowej lub arkusza kalkulacyjnego)',
  'transfer.preset.hubspot': 'Kontakty HubSpot',
  'transfer.preset.pipedrive': 'Osoby w Pipedrive',
  'transfer.preset.salesforce': 'Leady Salesforce',
  'transfer.field.ignore': 'Nie importuj',

  // Reading the file (decodeCsvFile).
  'transfer.error.too-large': 'Ten plik jest większy niż 100\u00a0MB. Podziel go na mniejsze pliki CSV i zaimportuj je po kolei.',
  'transfer.error.binary':
    'To nie jest plik CSV (wygląda na plik PDF, obraz, archiwum lub skoroszyt Excela). W Excelu wybierz Plik › Zapisz jako › „CSV UTF-8 (rozdzielany przecinkami)” i zaimportuj zapisany plik.',
  'transfer.error.encoding':
    'Tego pliku nie da się odczytać: jest zapisany jako tekst Unicode (UTF-8 lub UTF-16), ale jego część jest uszkodzona (przecięty znak). W Excelu zapisz go jako „CSV UTF-8 (rozdzielany przecinkami)”; w Arkuszach Google wybierz Plik › Pobierz › Wartości rozdzielone przecinkami (.csv).',
  'transfer.error.empty': 'Ten plik jest pusty. Wybierz plik CSV z wierszem nagłówka i co najmniej jednym leadem.',

  // Said above the preview when a file was not UTF-8 (decodeCsvFile's guess).
  'transfer.assumed.windows-1250':
    'Ten plik nie jest zapisany w kodowaniu UTF-8, więc odczytano go jako Windows-1250 (środkowoeuropejskie: polski, rumuński, czeski). Sprawdź imiona i nazwiska w podglądzie; jeśli litery są zniekształcone, zapisz plik w Excelu jako „CSV UTF-8 (rozdzielany przecinkami)” i zaimportuj zapisany plik.',
  'transfer.assumed.windows-1251':
    'Ten plik nie jest zapisany w kodowaniu UTF-8, więc odczytano go jako Windows-1251 (cyrylica: rosyjski, ukraiński, bułgarski). Sprawdź imiona i nazwiska w podglądzie; jeśli litery są zniekształcone, zapisz plik w Excelu jako „CSV UTF-8 (rozdzielany przecinkami)” i zaimportuj zapisany plik.',
  'transfer.assumed.windows-1252':
    'Ten plik nie jest zapisany w kodowaniu UTF-8, więc odczytano go jako Windows-1252 (zachodnioeuropejskie: angielski, francuski, niemiecki, hiszpański). Sprawdź imiona i nazwiska w podglądzie; jeśli litery są zniekształcone, zapisz plik w Excelu jako „CSV UTF-8 (rozdzielany przecinkami)” i zaimportuj zapisany plik.',

  // Reading the rows (parseCsv).
  'transfer.error.no-header':
    'Nie znaleziono wiersza nagłówka. Pierwszy wiersz pliku musi zawierać nazwy kolumn (np. Imię i nazwisko, E-mail, Firma).',
  'transfer.error.too-many-rows':
    'Ten plik ma więcej wierszy, niż wynosi limit ({max}). Podziel go na mniejsze pliki, z których każdy mieści się w limicie, i zaimportuj je po kolei.',
  'transfer.error.too-many-columns': 'Ten plik ma więcej niż 1000 kolumn. Usuń niepotrzebne kolumny i zaimportuj go ponownie.',
  'transfer.error.malformed':
    'W wierszu {row} cudzysłów jest w niewłaściwym miejscu (komórka ujęta w cudzysłów nie została zamknięta lub po cudzysłowie zamykającym jest jeszcze tekst), więc reszty pliku nie da się odczytać. Popraw tę komórkę i zaimportuj plik ponownie.',

  // Rows that are left out (previewImport).
  'transfer.error.no-identity':
    'Wiersz {row} został pominięty: nie ma w nim imienia i nazwiska, URL profilu LinkedIn ani adresu e-mail. Uzupełnij jedną z tych danych, aby zaimportować tę osobę.',
  'transfer.error.bad-email':
    'Wiersz {row} został pominięty: wartość w kolumnie „{column}” nie jest prawidłowym adresem e-mail. Popraw ją lub wyczyść komórkę.',
  'transfer.error.bad-url':
    'Wiersz {row} został pominięty: wartość w kolumnie „{column}” nie jest prawidłowym linkiem dla tej kolumny (adres strony, np. https://example.com, a w kolumnie LinkedIn – link do profilu lub strony firmy na LinkedIn). Popraw ją lub wyczyść komórkę.',
  'transfer.error.bad-phone':
    'Wiersz {row} został pominięty: wartość w kolumnie „{column}” nie jest numerem telefonu (musi mieć od 5 do 20 cyfr). Popraw ją lub wyczyść komórkę. Numer widoczny jako 4,86E+10 stracił cyfry w Excelu: ustaw dla kolumny format Tekst i wyeksportuj plik ponownie.',
  'transfer.error.extra-cells':
    'Wiersz {row} został pominięty: ma więcej wartości, niż plik ma kolumn, więc jego wartości mogą trafić do złych kolumn (zwykle to przecinek w wartości bez cudzysłowu, jak w ACME, Inc.). Ujmij tę wartość w cudzysłów albo nazwij dodatkową kolumnę i zaimportuj ponownie.',
};
