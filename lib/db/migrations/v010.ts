import type { SchemaVersion } from './types';

/**
 * Version 10: capture diagnostics, how LinkedIn pages were read (page kind, layers and
 * selectors that matched, which fields were found, extension version; no personal data),
 * the newest 200, for a bug report when LinkedIn changes its pages. Keyed by an
 * increasing number, indexed by time. A new table: nothing to upgrade.
 */
export const v010: SchemaVersion = {
  version: 10,
  stores: {
    captureDiagnostics: '++id, at',
  },
};
