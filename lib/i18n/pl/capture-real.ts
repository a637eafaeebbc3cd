import type { enCaptureReal } from '../en-capture-real';

/** Strings of the in-page warning when LinkedIn's page looks different, and of the capture diagnostics. */
export const plCaptureReal: Record<keyof typeof enCaptureReal, string> = {
  'captureReal.drift.weakestOnly': 'Strona LinkedIn wygląda inaczej: udało się odczytać tylko tytuł strony. Sprawdź dane przed zapisaniem.',
  'captureReal.drift.noName': 'Strona LinkedIn wygląda inaczej: nie udało się odczytać imienia i nazwiska. Wpisz je poniżej przed zapisaniem.',
  'captureReal.drift.unconfirmed': 'Strona LinkedIn wygląda inaczej: nie wiadomo, czyj to profil. Sprawdź dane przed zapisaniem.',
  'captureReal.read': 'Odczytano ze strony: {fields}.',
  'captureReal.readNothing': 'Poza adresem strony nie udało się nic odczytać.',
  'captureReal.review': 'Sprawdź przed zapisaniem',
  'captureReal.companyName': 'Nazwa firmy',
  'captureReal.logo': 'Logotyp',
  'captureReal.saveChecked': 'Zapisz te dane',
  'captureReal.nameNeeded': 'Wpisz imię i nazwisko, aby zapisać.',
  'diagnostics.title': 'Diagnostyka zapisywania',
  'diagnostics.intro': 'Gdy LinkedIn zmienia swoje strony, zapisywanie może coś pominąć. Przy każdym zapisie z LinkedIn rozszerzenie notuje, jak odczytało stronę: rodzaj strony, które sposoby odczytu zadziałały, które dane znaleziono i wersję rozszerzenia. Nie są zachowywane żadne nazwiska, adresy ani inne teksty ze strony. Wyeksportuj notatki, aby dołączyć je do zgłoszenia błędu.',
  'diagnostics.kept': 'Zachowane notatki',
  'diagnostics.drifted': 'Strony, które wyglądały inaczej',
  'diagnostics.export': 'Eksportuj diagnostykę',
  'diagnostics.clear': 'Wyczyść',
  'diagnostics.cleared': 'Diagnostykę wyczyszczono.',
  'diagnostics.none': 'Brak notatek: najpierw zapisz leada z LinkedIn.',
};
