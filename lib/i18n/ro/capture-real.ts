import type { enCaptureReal } from '../en-capture-real';

/** Strings of the in-page warning when LinkedIn's page looks different, and of the capture diagnostics. */
export const roCaptureReal: Record<keyof typeof enCaptureReal, string> = {
  'captureReal.drift.weakestOnly': 'Pagina LinkedIn arată altfel: s-a putut citi doar titlul paginii. Verificați datele înainte de a salva.',
  'captureReal.drift.noName': 'Pagina LinkedIn arată altfel: nu s-a putut citi niciun nume. Introduceți-l mai jos înainte de a salva.',
  'captureReal.drift.unconfirmed': 'Pagina LinkedIn arată altfel: nu spune al cui este profilul. Verificați datele înainte de a salva.',
  'captureReal.read': 'Citit de pe pagină: {fields}.',
  'captureReal.readNothing': 'Nu s-a putut citi nimic în afară de adresa paginii.',
  'captureReal.review': 'Verificați înainte de a salva',
  'captureReal.companyName': 'Numele companiei',
  'captureReal.logo': 'Siglă',
  'captureReal.saveChecked': 'Salvați aceste date',
  'captureReal.nameNeeded': 'Introduceți un nume pentru a salva.',
  'diagnostics.title': 'Diagnosticarea salvării',
  'diagnostics.intro': 'Când LinkedIn își schimbă paginile, salvarea poate omite unele date. De fiecare dată când salvați de pe LinkedIn, extensia notează cum a fost citită pagina: tipul paginii, ce metode de citire au funcționat, ce date au fost găsite și versiunea extensiei. Nu se păstrează nume, adrese sau alt text de pe pagină. Exportați notele pentru a le atașa la un raport de eroare.',
  'diagnostics.kept': 'Note păstrate',
  'diagnostics.drifted': 'Pagini care arătau altfel',
  'diagnostics.export': 'Exportați diagnosticarea',
  'diagnostics.clear': 'Goliți',
  'diagnostics.cleared': 'Diagnosticarea a fost golită.',
  'diagnostics.none': 'Nicio notă încă: salvați mai întâi un lead de pe LinkedIn.',
};
