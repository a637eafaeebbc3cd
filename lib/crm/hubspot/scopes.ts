/**
 * The scopes a HubSpot private app needs for everything the extension does, as the options
 * page lists them for the rep to tick: objects read and written (contacts carry notes, tasks
 * and the GDPR delete), schemas to find and create the properties it writes (fields.ts), and
 * owners for "already in HubSpot". A call without one answers 403 MISSING_SCOPES, which the
 * rep is shown with the scopes HubSpot names (errors.ts `missing-scopes`).
 */
export const HUBSPOT_SCOPES = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.companies.read',
  'crm.objects.companies.write',
  'crm.objects.deals.read',
  'crm.objects.deals.write',
  'crm.objects.owners.read',
  'crm.schemas.contacts.read',
  'crm.schemas.contacts.write',
  'crm.schemas.companies.read',
  'crm.schemas.companies.write',
  'crm.schemas.deals.read',
  'crm.schemas.deals.write',
] as const;
