import type { enCrm } from '../en-crm';

/** Strings of the CRM connection (options page, "CRM" section). */
export const roCrm: Record<keyof typeof enCrm, string> = {
  'crm.tokenLabel': 'Token de acces HubSpot',
  'crm.tokenHelp': 'În HubSpot, creați o aplicație privată (Setări › Integrări › Aplicații private) cu acces de citire și scriere la contacte, companii și tranzacții, apoi lipiți aici tokenul ei de acces.',
  'crm.connect': 'Conectează',
  'crm.connecting': 'Se conectează…',
  'crm.connected': 'Conectat la contul HubSpot {portalId} ({domain}).',
  'crm.connectedSince': 'Conectat {date}. Token {hint}.',
  'crm.owners': '{count, plural, one {# responsabil} few {# responsabili} other {# de responsabili}} în acest cont: {names}.',
  'crm.ownersNone': 'Niciun responsabil în acest cont.',
  'crm.whatGoes': 'Cât timp sunteți conectat, leadurile, companiile, tranzacțiile și interacțiunile dvs. ajung în acest cont HubSpot, și numai acolo.',
  'crm.disconnect': 'Deconectează',
  'crm.disconnectAsk': 'Deconectați HubSpot? Tokenul este uitat, iar extensia poate să nu mai ajungă la HubSpot. Lead-urile rămân aici.',
  'crm.disconnected': 'HubSpot este deconectat. Nimic nu părăsește acest browser.',
  'crm.reconnect': 'HubSpot a refuzat tokenul (revocat sau expirat). Conectați-vă din nou cu un token nou; nimic din ce așteaptă sincronizarea nu se pierde.',
  'crm.error.refused': 'HubSpot a refuzat acest token. Verificați că a fost copiat întreg și că aplicația are acces la contacte, companii și tranzacții.',
  'crm.error.unreachable': 'HubSpot nu a putut fi contactat. Verificați conexiunea și încercați din nou.',
  'crm.error.unexpected': 'HubSpot a răspuns ceva ce această versiune nu înțelege. Încercați din nou mai târziu.',
  'crm.error.no-permission': 'Browserul nu a primit permisiunea de a contacta HubSpot, așa că nu s-a trimis nimic.',
  'crm.otherPortal': 'Acest token deschide contul HubSpot {portalId}, nu pe cel conectat anterior. Conectarea la el o ia de la capăt: leadurile sunt potrivite din nou în acel cont.',
  'crm.otherPortalConfirm': 'Conectează la contul {portalId}',
  'perm.hubspot': 'Opțională, cerută doar când conectați HubSpot: pentru a trimite leadurile, companiile, tranzacțiile și interacțiunile dvs. în propriul cont HubSpot și a le citi înapoi. Este retrasă la deconectare.',
};
