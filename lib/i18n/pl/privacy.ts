import type { enPrivacy } from '../en-privacy';

/** Polish: erasing a person, retention, storage, and what is stored. */
export const plPrivacy: Record<keyof typeof enPrivacy, string> = {
  'privacy.title': 'Prywatność i przechowywanie danych',
  'privacy.statement':
    'Wszystko, co zapiszesz, zostaje w tej przeglądarce, we własnej bazie danych rozszerzenia. Nie ma konta ani serwera, a żadne dane nie opuszczają przeglądarki, dopóki nie połączysz rozszerzenia z CRM swojego zespołu; od tej chwili leady, transakcje i kontakty są synchronizowane wyłącznie z tym CRM.',
  'privacy.stored.title': 'Co jest przechowywane',
  'privacy.stored.people':
    'Zapisane osoby: imię i nazwisko, nagłówek, stanowisko, firma, lokalizacja, adresy profili w LinkedIn i Sales Navigator, adres e-mail, telefon, strona internetowa oraz adres strony, z której je zapisano (adres zdjęcia, nigdy samo zdjęcie).',
  'privacy.stored.work':
    'To, co dodajesz: notatki, tagi, wartości transakcji, lista kwalifikacyjna i jej notatki, następne kroki, zmiany etapów wraz z powodami, kontakty wraz z notatkami oraz postęp w sekwencjach.',
  'privacy.stored.derived':
    'To, co wylicza rozszerzenie: punktacja; dziennik zmian, który odnotowuje, które pola których rekordów się zmieniły i kiedy (nigdy same wartości; przechowywany przez 90 dni); sumy według etapów i dni na potrzeby wskaźników.',
  'privacy.stored.settings': 'Twoje ustawienia: reguły punktacji, etapy, sekwencje, godziny ciszy, koszty, okres przechowywania.',
  'privacy.stored.files':
    'Zapisane eksporty i kopie zapasowe to pliki poza rozszerzeniem: wymazanie tu danych osoby ich nie zmienia, więc stare pliki usuń lub zastąp samodzielnie.',
  'privacy.eraseHint': 'Aby wymazać dane jednej osoby, otwórz ją w panelu bocznym i wybierz „Wymaż dane tej osoby”.',

  'storage.title': 'Miejsce na dane',
  'storage.persisted.yes': 'Trwałe przechowywanie: tak. Przeglądarka nie usunie tych danych, aby zwolnić miejsce.',
  'storage.persisted.no': 'Trwałe przechowywanie: nie. Gdy zabraknie miejsca, przeglądarka może usunąć te dane.',
  'storage.persisted.unknown': 'Trwałe przechowywanie: nieznane (ta przeglądarka tego nie udostępnia).',
  'storage.persisted.unlimited':
    'Trwałe przechowywanie: tak. Rozszerzenie ma uprawnienie unlimitedStorage, więc Chrome nie usunie tych danych, aby zwolnić miejsce.',
  'storage.used': 'Zajęte: {usage} z {quota} dostępnych dla rozszerzenia.',
  'storage.usedUnknown': 'Zajęte miejsce: nieznane.',
  'storage.persist': 'Przechowuj moje dane trwale',
  'storage.persistHint': 'Firefox może poprosić Cię o zgodę.',
  'storage.persistGranted': 'Twoje dane są teraz przechowywane trwale.',
  'storage.persistRefused': 'Przeglądarka nie włączyła trwałego przechowywania. Co jakiś czas eksportuj kopię zapasową.',

  'retention.title': 'Jak długo przechowywać leady',
  'retention.intro':
    'Nie przechowuj danych osobowych dłużej, niż to konieczne (RODO). Gdy ta opcja jest włączona, leady bez kontaktu, zmiany etapu ani ponownego zapisu przez ustawioną liczbę miesięcy pojawiają się tutaj do przeglądu; nic nie zostanie wymazane bez Twojego potwierdzenia.',
  'retention.enabled': 'Pokazuj do przeglądu leady, z którymi od dawna nie było kontaktu',
  'retention.months': 'Liczba miesięcy bez kontaktu',
  'retention.invalid': 'Wpisz całkowitą liczbę miesięcy od 1 do 120.',
  'retention.saved': 'Ustawienia przechowywania zapisane.',
  'retention.review': 'Znajdź leady do przeglądu',
  'retention.none':
    'Żaden lead nie był bez kontaktu przez {months, plural, one {# miesiąc} few {# miesiące} many {# miesięcy} other {# miesiąca}}.',
  'retention.found':
    '{count, plural, one {# lead nie ma kontaktu od} few {# leady nie mają kontaktu od} many {# leadów nie ma kontaktu od} other {# leada nie ma kontaktu od}} {months, plural, one {# miesiąca} few {# miesięcy} many {# miesięcy} other {# miesiąca}}.',
  'retention.shown':
    'Wyświetlono {shown, plural, one {# lead najdłużej bez kontaktu} few {# leady najdłużej bez kontaktu} many {# leadów najdłużej bez kontaktu} other {# leada najdłużej bez kontaktu}}; po ich obsłużeniu wyszukaj ponownie.',
  'retention.list': 'Leady do przeglądu',
  'retention.lastTouch': 'ostatni kontakt: {date}',
  'retention.erase': 'Wymaż zaznaczone ({count})',
  'retention.delete': 'Usuń zaznaczone ({count})',
  'retention.confirmErase':
    'Wymazać dane osobowe {count, plural, one {# leada} few {# leadów} many {# leadów} other {# leada}}? Imiona i nazwiska, dane kontaktowe, notatki i wszystkie powiązane teksty znikną na zawsze; anonimowe dane (etap, wartość, daty) pozostaną na potrzeby wskaźników. Tej operacji nie można cofnąć.',
  'retention.confirmDelete':
    'Usunąć {count, plural, one {# leada} few {# leady} many {# leadów} other {# leada}} wraz z całą zapisaną historią? Tej operacji nie można cofnąć.',
  'retention.crmDelete':
    'Usuń też {count, plural, one {powiązany kontakt} few {# powiązane kontakty} many {# powiązanych kontaktów} other {# powiązanego kontaktu}} w HubSpot (usunięcie zgodnie z RODO)',
  'retention.yesErase': 'Tak, wymaż',
  'retention.yesDelete': 'Tak, usuń',
  'retention.working': 'Przetwarzanie… {done} z {total}',
  'retention.erased': 'Wymazano dane {count, plural, one {# leada} few {# leadów} many {# leadów} other {# leada}}.',
  'retention.deleted': 'Usunięto {count, plural, one {# leada} few {# leady} many {# leadów} other {# leada}}.',

  'erase.title': 'Wymaż dane tej osoby',
  'erase.button': 'Wymaż dane tej osoby',
  'erase.explain':
    'Trwale usuwa ze wszystkich tabel imię i nazwisko, dane kontaktowe, adresy, notatki, tagi, notatki z listy kwalifikacyjnej, następny krok, notatki do kontaktów i powody zmian etapów. Zostaje anonimowy rekord (etap, wartość transakcji, daty, liczba kontaktów), dzięki czemu wskaźniki pozostają poprawne. Tej operacji nie można cofnąć.',
  'erase.confirm': 'Wymaż na zawsze',
  'erased.name': 'Osoba wymazana',
  'erased.body':
    'Dane osobowe zostały wymazane {date}. Pozostały tylko dane anonimowe (etap, wartość transakcji, daty i liczniki), przechowywane na potrzeby wskaźników.',

  'perm.unlimitedStorage':
    'Tylko Chrome: aby Chrome nigdy nie usuwał Twoich leadów w celu zwolnienia miejsca na dysku (Chrome nie wyświetla przy tym żadnego ostrzeżenia). W Firefoksie to uprawnienie wywołałoby ostrzeżenie podczas instalacji, dlatego tam wybierz „Przechowuj moje dane trwale” w sekcji „Prywatność i przechowywanie danych”.',
  'erase.crmDelete': "Usuń też ten kontakt w HubSpot (usunięcie zgodnie z RODO)",
  'erase.crmWaiting': "Usuwanie tego kontaktu w HubSpot (usunięcie zgodnie z RODO)… Jeśli HubSpot jest teraz nieosiągalny, każda synchronizacja ponawia próbę, aż się uda.",
  'erase.crmFailed': "HubSpot jeszcze nie usunął tego kontaktu (usunięcie zgodnie z RODO; ostatnia próba {date}). Tutaj dane są już usunięte; każda synchronizacja ponawia próbę, aż HubSpot to zrobi.",
};
