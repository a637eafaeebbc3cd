import type { enTransfer } from '../en-transfer';

/**
 * Romanian strings of CSV export and import. Every error code a transfer function returns has a key
 * `transfer.error.<code>`: the message says what is wrong and what to do about it.
 */
export const roTransfer: Record<keyof typeof enTransfer, string> = {
  'transfer.preset.all': 'Toate câmpurile (pentru o copie de rezervă sau un tabel)',
  'transfer.preset.hubspot': 'Contacte HubSpot',
  'transfer.preset.pipedrive': 'Persoane Pipedrive',
  'transfer.preset.salesforce': 'Leaduri Salesforce',
  'transfer.field.ignore': 'Nu se importă',

  // Reading the file (decodeCsvFile).
  'transfer.error.too-large': 'Fișierul depășește 100 MB. Împărțiți-l în fișiere CSV mai mici și importați-le pe rând.',
  'transfer.error.binary':
    'Acesta nu este un fișier CSV (pare a fi un PDF, o imagine, o arhivă sau un registru Excel). În Excel, folosiți Fișier › Salvare ca › „CSV UTF-8 (delimitat prin virgulă)” și importați acel fișier.',
  'transfer.error.encoding':
    'Fișierul nu poate fi citit: este salvat ca text Unicode (UTF-8 sau UTF-16), dar o parte din el este deteriorată (un caracter tăiat în două). În Excel, salvați-l ca „CSV UTF-8 (delimitat prin virgulă)”; în Google Sheets, folosiți Fișier › Descărcați › CSV.',
  'transfer.error.empty': 'Fișierul este gol. Alegeți un fișier CSV cu un rând de antet și cel puțin un lead.',

  // Said above the preview when a file was not UTF-8 (decodeCsvFile's guess).
  'transfer.assumed.windows-1250':
    'Fișierul nu este în UTF-8, așa că a fost citit ca Windows-1250 (central-europeană: poloneză, română, cehă). Verificați numele în previzualizare; dacă literele arată greșit, salvați-l în Excel ca „CSV UTF-8 (delimitat prin virgulă)” și importați acel fișier.',
  'transfer.assumed.windows-1251':
    'Fișierul nu este în UTF-8, așa că a fost citit ca Windows-1251 (chirilică: rusă, ucraineană, bulgară). Verificați numele în previzualizare; dacă literele arată greșit, salvați-l în Excel ca „CSV UTF-8 (delimitat prin virgulă)” și importați acel fișier.',
  'transfer.assumed.windows-1252':
    'Fișierul nu este în UTF-8, așa că a fost citit ca Windows-1252 (vest-europeană: engleză, franceză, germană, spaniolă). Verificați numele în previzualizare; dacă literele arată greșit, salvați-l în Excel ca „CSV UTF-8 (delimitat prin virgulă)” și importați acel fișier.',

  // Reading the rows (parseCsv).
  'transfer.error.no-header':
    'Nu s-a găsit niciun rând de antet. Primul rând al fișierului trebuie să conțină numele coloanelor (de exemplu Nume, E-mail, Companie).',
  'transfer.error.too-many-rows':
    'Fișierul are mai mult de {max, plural, one {{max} rând} few {{max} rânduri} other {{max} de rânduri}}. Împărțiți-l în fișiere de cel mult {max, plural, one {{max} rând} few {{max} rânduri} other {{max} de rânduri}} fiecare și importați-le pe rând.',
  'transfer.error.too-many-columns': 'Fișierul are mai mult de 1.000 de coloane. Eliminați coloanele de care nu aveți nevoie și importați-l din nou.',
  'transfer.error.malformed':
    'Rândul {row} are ghilimele plasate greșit (o celulă între ghilimele care nu se închide niciodată sau text după ghilimelele de închidere), așa că restul fișierului nu poate fi citit. Corectați celula și importați din nou.',

  // Rows that are left out (previewImport).
  'transfer.error.no-identity':
    'Rândul {row} a fost omis: nu are nume, URL LinkedIn sau adresă de e-mail. Completați unul dintre ele pentru a importa această persoană.',
  'transfer.error.bad-email': 'Rândul {row} a fost omis: „{column}” nu este o adresă de e-mail validă. Corectați-o sau goliți celula.',
  'transfer.error.bad-url':
    'Rândul {row} a fost omis: „{column}” nu este un link valid pentru această coloană (o adresă web precum https://example.com sau, într-o coloană LinkedIn, linkul unui profil ori al unei companii de pe LinkedIn). Corectați-l sau goliți celula.',
  'transfer.error.bad-phone':
    'Rândul {row} a fost omis: „{column}” nu este un număr de telefon (trebuie să aibă între 5 și 20 de cifre). Corectați-l sau goliți celula. Un număr afișat ca 4,86E+10 și-a pierdut cifrele în Excel: formatați coloana ca Text și exportați din nou fișierul.',
  'transfer.error.extra-cells':
    'Rândul {row} a fost omis: are mai multe valori decât coloane are fișierul, deci valorile lui pot fi în coloane greșite (de obicei o virgulă într-o valoare fără ghilimele, ca în ACME, Inc.). Puneți valoarea între ghilimele sau denumiți coloana în plus și importați din nou.',
};
