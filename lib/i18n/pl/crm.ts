import type { enCrm } from '../en-crm';

/** Strings of the CRM connection (options page, "CRM" section). */
export const plCrm: Record<keyof typeof enCrm, string> = {
  'crm.tokenLabel': 'Token dostępu HubSpot',
  'crm.tokenHelp': 'W HubSpot utwórz aplikację prywatną (Ustawienia › Integracje › Aplikacje prywatne) z dostępem do odczytu i zapisu kontaktów, firm i transakcji, a następnie wklej tutaj jej token dostępu.',
  'crm.connect': 'Połącz',
  'crm.connecting': 'Łączenie…',
  'crm.connected': 'Połączono z kontem HubSpot {portalId} ({domain}).',
  'crm.connectedSince': 'Połączono {date}. Token {hint}.',
  'crm.owners': '{count, plural, one {# właściciel} few {# właściciele} many {# właścicieli} other {# właściciela}} na tym koncie: {names}.',
  'crm.ownersNone': 'Brak właścicieli na tym koncie.',
  'crm.whatGoes': 'Dopóki połączenie trwa, Twoje leady, firmy, transakcje i kontakty trafiają na to konto HubSpot i tylko tam.',
  'crm.disconnect': 'Rozłącz',
  'crm.disconnectAsk': 'Rozłączyć HubSpot? Token zostanie zapomniany, a rozszerzenie może utracić dostęp do HubSpot. Twoje leady zostają tutaj.',
  'crm.disconnected': 'HubSpot jest rozłączony. Nic nie opuszcza tej przeglądarki.',
  'crm.reconnect': 'HubSpot odrzucił token (unieważniony lub wygasły). Połącz ponownie z nowym tokenem; nic, co czeka na synchronizację, nie przepadnie.',
  'crm.error.refused': 'HubSpot odrzucił ten token. Sprawdź, czy został skopiowany w całości i czy aplikacja ma dostęp do kontaktów, firm i transakcji.',
  'crm.error.unreachable': 'Nie udało się połączyć z HubSpot. Sprawdź połączenie i spróbuj ponownie.',
  'crm.error.unexpected': 'HubSpot odpowiedział czymś, czego ta wersja nie rozumie. Spróbuj ponownie później.',
  'crm.error.no-permission': 'Przeglądarka nie otrzymała zgody na połączenie z HubSpot, więc nic nie zostało wysłane.',
  'crm.otherPortal': 'Ten token otwiera konto HubSpot {portalId}, a nie to, z którym łączyłeś się wcześniej. Połączenie z nim zaczyna od nowa: Twoje leady zostaną ponownie dopasowane na tym koncie.',
  'crm.otherPortalConfirm': 'Połącz z kontem {portalId}',
  'perm.hubspot': 'Opcjonalne, wymagane dopiero przy łączeniu z HubSpot: aby wysyłać Twoje leady, firmy, transakcje i kontakty na Twoje konto HubSpot i odczytywać je z powrotem. Oddawane po rozłączeniu.',
};
