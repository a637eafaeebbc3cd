import type { SchemaVersion } from './types';

/**
 * Version 9: what the last bulk delete removed (each lead with its activities,
 * stage history and enrolments), kept so "Undo delete" survives the panel closing
 * until the next bulk delete replaces it. A new table: nothing to upgrade.
 */
export const v009: SchemaVersion = {
  version: 9,
  stores: {
    deletedLeads: 'id',
  },
};
