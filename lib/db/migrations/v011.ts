import type { SchemaVersion } from './types';

/**
 * Version 11: the CRM connection (HubSpot first), one row per CRM, keyed by its name. It
 * holds the rep's access token, so it is a table of its own: backups and exports list the
 * tables they carry and leave it out, and the raw rescue file skips it. A new table:
 * nothing to upgrade.
 */
export const v011: SchemaVersion = {
  version: 11,
  stores: {
    crmConnections: 'crm',
  },
};
