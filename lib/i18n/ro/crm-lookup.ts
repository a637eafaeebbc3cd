import type { enCrmLookup } from '../en-crm-lookup';

/** "Already in your CRM": the line on a LinkedIn profile and in the side panel. */
export const roCrmLookup: Record<keyof typeof enCrmLookup, string> = {
  'crmLookup.checking': 'Se verifică în HubSpot…',
  'crmLookup.found': 'În HubSpot',
  'crmLookup.owner': 'proprietar: {name}',
  'crmLookup.noOwner': 'fără proprietar',
  'crmLookup.open': 'Deschide în HubSpot',
  'crmLookup.openFor': 'Deschide {name} în HubSpot (filă nouă)',
  'crmLookup.notFound': 'Nu este în HubSpot',
  'crmLookup.busy': 'Nu s-a verificat în HubSpot: prea multe căutări în acest minut. Deschide din nou profilul peste un minut.',
  'crmLookup.error': 'HubSpot nu a putut fi verificat acum.',
  'crmLookup.scopes': 'Nu s-a verificat în HubSpot: aplicației private îi lipsește o permisiune (vedeți pagina de opțiuni).',
  'crmLookup.reconnect': 'HubSpot a refuzat tokenul: conectează-te din nou pe pagina de opțiuni.',
  'crmLookup.stage.subscriber': 'Abonat',
  'crmLookup.stage.lead': 'Lead',
  'crmLookup.stage.marketingqualifiedlead': 'Lead calificat de marketing',
  'crmLookup.stage.salesqualifiedlead': 'Lead calificat de vânzări',
  'crmLookup.stage.opportunity': 'Oportunitate',
  'crmLookup.stage.customer': 'Client',
  'crmLookup.stage.evangelist': 'Promotor',
  'crmLookup.stage.other': 'Altul',
};
