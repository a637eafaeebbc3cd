import type { ObjectKind } from './objects';

/**
 * The properties the extension creates in the portal (through the properties API, when
 * missing) and the HubSpot-defined ones it writes. `prospecting_record_id` holds our
 * record id on everything we create, so a push run again finds what an earlier run made;
 * it is unique where HubSpot allows unique values (contacts, companies, deals), which
 * also lets those be created by upsert.
 */

export const RECORD_ID = 'prospecting_record_id';
export const LINKEDIN_URL = 'prospecting_linkedin_url';

export type CustomProperty = { kind: ObjectKind; name: string; label: string; unique: boolean; groupName: string };

export const CUSTOM_PROPERTIES: readonly CustomProperty[] = [
  { kind: 'contacts', name: RECORD_ID, label: 'Prospecting record id', unique: true, groupName: 'contactinformation' },
  { kind: 'contacts', name: LINKEDIN_URL, label: 'LinkedIn profile (prospecting)', unique: false, groupName: 'contactinformation' },
  { kind: 'companies', name: RECORD_ID, label: 'Prospecting record id', unique: true, groupName: 'companyinformation' },
  { kind: 'deals', name: RECORD_ID, label: 'Prospecting record id', unique: true, groupName: 'dealinformation' },
  { kind: 'notes', name: RECORD_ID, label: 'Prospecting record id', unique: false, groupName: 'engagement' },
  { kind: 'tasks', name: RECORD_ID, label: 'Prospecting record id', unique: false, groupName: 'engagement' },
];

/** The contact properties a match reads (to fill only what the CRM lacks). */
export const CONTACT_READ = ['email', 'firstname', 'lastname', 'jobtitle', 'company', 'phone', 'website', LINKEDIN_URL, RECORD_ID, 'hubspot_owner_id', 'lifecyclestage'];
export const COMPANY_READ = ['name', 'domain', 'industry', 'website', 'linkedin_company_page', RECORD_ID];
