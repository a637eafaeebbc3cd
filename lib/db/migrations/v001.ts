import type { SchemaVersion } from './types';

/** Version 1: leads, companies and their activities. */
export const v001: SchemaVersion = {
  version: 1,
  stores: {
    // &linkedinUrl: one person is one lead, even when two tabs save at the same moment.
    leads: 'id, &linkedinUrl, salesNavUrl, email, nameKey, sourceUrl, createdAt, updatedAt, *words, *tags',
    companies: 'id, &linkedinUrl, nameKey, website, updatedAt',
    activities: 'id, leadId, [leadId+at], at, kind',
  },
};
