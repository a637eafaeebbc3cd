import type { enStorage } from '../en-storage';

/**
 * Romanian strings for storage failures: the `error.upgrade` code every write can fail with, and the
 * page shown instead of the app when the database cannot be opened, with the rescue download.
 */
export const roStorage: Record<keyof typeof enStorage, string> = {
  'error.upgrade':
    'Baza de date nu a putut fi actualizată la această versiune a extensiei, așa că nu s-a salvat nimic. Deschideți pagina de opțiuni a extensiei pentru a vedea motivul și pentru a vă descărca datele.',

  'open.opening': 'Se deschid datele dvs.…',
  'open.blocked':
    'O altă filă sau fereastră a extensiei are încă deschisă baza de date cu o versiune mai veche, așa că aceasta nu poate fi actualizată. Închideți celelalte file ale extensiei (sau reîncărcați-le); această pagină va continua singură.',
  'open.upgradeFailed': 'Baza de date nu a putut fi actualizată la noua versiune: {reason}. Datele dvs. nu au fost modificate.',
  'open.newer':
    'Datele dvs. au fost salvate de o versiune mai nouă a extensiei (versiunea datelor: {stored}; această versiune citește până la {expected}). Datele nu au fost modificate; actualizați extensia pentru a le folosi.',
  'open.failed': 'Baza de date nu a putut fi deschisă: {reason}. Nu s-a modificat nimic.',
  'open.reason.quota': 'browserul nu mai are spațiu de stocare pentru această extensie',
  'open.reason.unknown': 'o eroare necunoscută',
  'open.rescueHint': 'Puteți păstra o copie exactă a tot ce este stocat înainte de a încerca altceva.',
  'open.download': 'Descărcați o copie de rezervă a datelor brute',
  'open.downloading': 'Se citesc datele brute…',
  'open.downloaded':
    'Date brute salvate: {count, plural, one {# înregistrare} few {# înregistrări} other {# de înregistrări}} din {stores, plural, one {# tabel} few {# tabele} other {# de tabele}}.',
  'open.downloadFailed': 'Datele brute nu au putut fi citite: {reason}.',
  'open.noData': 'Nu există date stocate de descărcat.',
};
