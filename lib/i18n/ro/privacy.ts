import type { enPrivacy } from '../en-privacy';

/** Romanian: privacy, erasing a person (GDPR), retention, storage, and what is stored. */
export const roPrivacy: Record<keyof typeof enPrivacy, string> = {
  'privacy.title': 'Confidențialitate și stocare',
  'privacy.statement':
    'Tot ce salvați rămâne în acest browser, în baza de date proprie a extensiei. Nu există cont și nici server, iar nimic nu părăsește browserul până când nu conectați CRM-ul echipei; din acel moment, leadurile, tranzacțiile și interacțiunile se sincronizează exclusiv cu acel CRM.',
  'privacy.stored.title': 'Ce se stochează',
  'privacy.stored.people':
    'Persoanele pe care le salvați: nume, titlu de profil, funcție, companie, locație, adresele LinkedIn și Sales Navigator, adresă de e-mail, telefon, site web și adresa paginii de pe care au fost salvate (adresa unei fotografii, niciodată fotografia).',
  'privacy.stored.work':
    'Ce adăugați dvs.: note, etichete, valori ale tranzacțiilor, lista de calificare și notele ei, pașii următori, schimbările de etapă cu motivele lor, interacțiunile cu notele lor și progresul în secvențe.',
  'privacy.stored.derived':
    'Ce calculează extensia: scorurile; un jurnal de modificări care arată ce câmpuri din ce înregistrări s-au modificat și când (niciodată valorile; păstrat 90 de zile); totaluri pe etape și pe zile pentru indicatori.',
  'privacy.stored.settings': 'Setările dvs.: reguli de punctare, etape, secvențe, ore de liniște, costuri, perioada de păstrare.',
  'privacy.stored.files':
    'Exporturile și copiile de rezervă pe care le salvați sunt fișiere din afara extensiei: anonimizarea unei persoane aici nu le modifică, așa că pe cele vechi trebuie să le ștergeți sau să le înlocuiți manual.',
  'privacy.eraseHint': 'Pentru a anonimiza o persoană, deschideți-o în panoul lateral și alegeți „Anonimizați această persoană”.',

  'storage.title': 'Stocare',
  'storage.persisted.yes': 'Stocare persistentă: da. Browserul nu va șterge aceste date pentru a elibera spațiu.',
  'storage.persisted.no': 'Stocare persistentă: nu. Când spațiul se împuținează, browserul poate șterge aceste date.',
  'storage.persisted.unknown': 'Stocare persistentă: necunoscut (acest browser nu indică).',
  'storage.persisted.unlimited':
    'Stocare persistentă: da. Extensia are permisiunea unlimitedStorage, așa că Chrome nu șterge aceste date pentru a elibera spațiu.',
  'storage.used': 'Spațiu folosit: {usage}, din totalul de {quota} disponibil pentru extensie.',
  'storage.usedUnknown': 'Spațiu folosit: necunoscut.',
  'storage.persist': 'Păstrați datele mele în mod persistent',
  'storage.persistHint': 'Firefox vă poate cere să permiteți acest lucru.',
  'storage.persistGranted': 'Datele dvs. sunt acum stocate persistent.',
  'storage.persistRefused': 'Browserul nu a permis stocarea persistentă. Exportați din când în când o copie de rezervă.',

  'retention.title': 'Cât timp se păstrează leadurile',
  'retention.intro':
    'Nu păstrați datele cu caracter personal mai mult decât este necesar. Când opțiunea este activă, leadurile fără nicio interacțiune, schimbare de etapă sau salvare în numărul de luni ales sunt listate aici pentru verificare; nu se elimină nimic până nu confirmați.',
  'retention.enabled': 'Listați pentru verificare leadurile fără interacțiuni după o anumită perioadă',
  'retention.months': 'Luni fără interacțiune',
  'retention.invalid': 'Introduceți un număr întreg de luni, de la 1 la 120.',
  'retention.saved': 'Perioada de păstrare a fost salvată.',
  'retention.review': 'Găsiți leadurile de verificat',
  'retention.none':
    'Niciun lead nu a rămas {months, plural, one {o lună} few {# luni} other {# de luni}} fără interacțiune.',
  'retention.found':
    '{count, plural, one {# lead nu a avut nicio interacțiune de} few {# leaduri nu au avut nicio interacțiune de} other {# de leaduri nu au avut nicio interacțiune de}} {months, plural, one {o lună} few {# luni} other {# de luni}}.',
  'retention.shown':
    '{shown, plural, one {Se afișează leadul fără interacțiune de cel mai mult timp; verificați din nou după ce îl procesați.} few {Se afișează cele # leaduri fără interacțiune de cel mai mult timp; verificați din nou după ce le procesați.} other {Se afișează cele # de leaduri fără interacțiune de cel mai mult timp; verificați din nou după ce le procesați.}}',
  'retention.list': 'Leaduri de verificat',
  'retention.lastTouch': 'ultima interacțiune: {date}',
  'retention.erase': 'Anonimizați selecția ({count})',
  'retention.delete': 'Ștergeți selecția ({count})',
  'retention.confirmErase':
    'Anonimizați datele cu caracter personal ale {count, plural, one {unui lead} few {celor # leaduri} other {celor # de leaduri}}? Numele, datele de contact, notele și orice alt text asociat dispar definitiv; pentru indicatori rămâne o înregistrare anonimă (etapă, valoare, date calendaristice). Această acțiune este ireversibilă.',
  'retention.confirmDelete':
    'Ștergeți {count, plural, one {# lead, împreună cu tot ce s-a înregistrat pentru el} few {# leaduri, împreună cu tot ce s-a înregistrat pentru ele} other {# de leaduri, împreună cu tot ce s-a înregistrat pentru ele}}? Această acțiune este ireversibilă.',
  'retention.crmDelete':
    'Ștergeți și {count, plural, one {contactul asociat} few {cele # contacte asociate} other {cele # de contacte asociate}} din HubSpot (ștergere GDPR)',
  'retention.yesErase': 'Da, anonimizați-le',
  'retention.yesDelete': 'Da, ștergeți-le',
  'retention.working': 'Se procesează… {done} din {total}',
  'retention.erased': '{count, plural, one {# lead anonimizat.} few {# leaduri anonimizate.} other {# de leaduri anonimizate.}}',
  'retention.deleted': '{count, plural, one {# lead șters.} few {# leaduri șterse.} other {# de leaduri șterse.}}',

  'erase.title': 'Anonimizați această persoană',
  'erase.button': 'Anonimizați această persoană',
  'erase.explain':
    'Elimină definitiv, din toate tabelele, numele, datele de contact, adresele, notele, etichetele, notele din lista de calificare, pasul următor, notele interacțiunilor și motivele schimbărilor de etapă. Rămâne o înregistrare anonimă (etapă, valoarea tranzacției, date calendaristice, numărul de interacțiuni), ca indicatorii să rămână corecți. Acțiunea nu poate fi anulată.',
  'erase.confirm': 'Anonimizați definitiv',
  'erased.name': 'Persoană anonimizată',
  'erased.body':
    'Datele cu caracter personal au fost șterse pe {date}. Ce a rămas este anonim (etapă, valoarea tranzacției, date calendaristice și totaluri) și se păstrează pentru indicatori.',

  'perm.unlimitedStorage':
    'Doar în Chrome: pentru ca Chrome să nu vă șteargă niciodată leadurile ca să elibereze spațiu pe disc (Chrome nu afișează niciun avertisment pentru această permisiune). În Firefox, aceasta ar genera un avertisment la instalare, așa că acolo alegeți în schimb „Păstrați datele mele în mod persistent” din secțiunea „Confidențialitate și stocare”.',
  'erase.crmDelete': "Ștergeți și acest contact din HubSpot (ștergere GDPR)",
  'erase.crmWaiting': "Se șterge acest contact din HubSpot (ștergere GDPR)… Dacă HubSpot nu poate fi accesat acum, fiecare sincronizare încearcă din nou până reușește.",
  'erase.crmFailed': "HubSpot nu a șters încă acest contact (ștergere GDPR; ultima încercare {date}). Aici este deja șters; fiecare sincronizare încearcă din nou până când HubSpot îl șterge.",
};
