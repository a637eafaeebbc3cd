/**
 * "Already in your CRM" (issue 16): the line on a LinkedIn profile (the content script gets
 * every `crmLookup.` key, lib/i18n/content-messages.ts) and in the side panel.
 */
export const enCrmLookup = {
  'crmLookup.checking': 'Checking HubSpot…',
  'crmLookup.found': 'In HubSpot',
  'crmLookup.owner': 'owner {name}',
  'crmLookup.noOwner': 'no owner',
  'crmLookup.open': 'Open in HubSpot',
  'crmLookup.openFor': 'Open {name} in HubSpot (new tab)',
  'crmLookup.notFound': 'Not in HubSpot',
  'crmLookup.busy': 'HubSpot not checked: too many lookups this minute. Open the profile again in a minute.',
  'crmLookup.error': 'HubSpot could not be checked right now.',
  'crmLookup.reconnect': 'HubSpot refused the token: connect again on the options page.',
  'crmLookup.scopes': 'HubSpot not checked: the private app lacks a scope (see the options page).',
  // HubSpot's default lifecycle stages; a portal's own stages are shown as HubSpot names them.
  'crmLookup.stage.subscriber': 'Subscriber',
  'crmLookup.stage.lead': 'Lead',
  'crmLookup.stage.marketingqualifiedlead': 'Marketing qualified lead',
  'crmLookup.stage.salesqualifiedlead': 'Sales qualified lead',
  'crmLookup.stage.opportunity': 'Opportunity',
  'crmLookup.stage.customer': 'Customer',
  'crmLookup.stage.evangelist': 'Evangelist',
  'crmLookup.stage.other': 'Other',
} as const;
