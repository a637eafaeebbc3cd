import type { SchemaVersion } from './types';

/**
 * Version 8: what the last bulk delete removed (each lead with its activities,
 * stage history and enrolments), kept so "Undo delete" survives the panel closing
 * until the next bulk delete replaces it. A new table: nothing to upgrade.
 */
export const v008: SchemaVersion = {
  version: 8,
  stores: {
    deletedLeads: 'id',
  },
};
