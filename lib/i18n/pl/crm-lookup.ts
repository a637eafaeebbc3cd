import type { enCrmLookup } from '../en-crm-lookup';

/** "Already in your CRM": the line on a LinkedIn profile and in the side panel. */
export const plCrmLookup: Record<keyof typeof enCrmLookup, string> = {
  'crmLookup.checking': 'Sprawdzanie w HubSpot…',
  'crmLookup.found': 'W HubSpot',
  'crmLookup.owner': 'właściciel: {name}',
  'crmLookup.noOwner': 'bez właściciela',
  'crmLookup.open': 'Otwórz w HubSpot',
  'crmLookup.openFor': 'Otwórz {name} w HubSpot (nowa karta)',
  'crmLookup.notFound': 'Brak w HubSpot',
  'crmLookup.busy': 'Nie sprawdzono w HubSpot: zbyt wiele wyszukiwań w tej minucie. Otwórz profil ponownie za minutę.',
  'crmLookup.error': 'Nie udało się teraz sprawdzić HubSpot.',
  'crmLookup.scopes': 'Nie sprawdzono w HubSpot: aplikacji prywatnej brakuje uprawnienia (zob. stronę opcji).',
  'crmLookup.reconnect': 'HubSpot odrzucił token: połącz ponownie na stronie opcji.',
  'crmLookup.stage.subscriber': 'Subskrybent',
  'crmLookup.stage.lead': 'Lead',
  'crmLookup.stage.marketingqualifiedlead': 'Lead zakwalifikowany marketingowo',
  'crmLookup.stage.salesqualifiedlead': 'Lead zakwalifikowany sprzedażowo',
  'crmLookup.stage.opportunity': 'Szansa sprzedaży',
  'crmLookup.stage.customer': 'Klient',
  'crmLookup.stage.evangelist': 'Ambasador',
  'crmLookup.stage.other': 'Inny',
};
