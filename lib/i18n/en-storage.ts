/**
 * English strings for storage failures (merged into the catalog in en.ts): the
 * `error.upgrade` code every write can fail with, and the page shown instead of the
 * app when the database cannot be opened (an upgrade that failed, another tab that
 * blocks it), with the rescue download of the raw data.
 */
export const enStorage = {
  'error.upgrade': 'The database could not be upgraded to this version of the extension, so nothing was saved. Open the extension’s options page to see why and to download your data.',

  'open.opening': 'Opening your data…',
  'open.blocked':
    'Another tab or window of the extension still has the database open with an older version, so it cannot be upgraded. Close the other tabs of the extension (or reload them); this page goes on by itself.',
  'open.upgradeFailed': 'The database could not be upgraded to the new version: {reason}. Your data has not been changed.',
  'open.newer': 'Your data was saved by a newer version of the extension (data version {stored}; this version reads up to {expected}). Your data has not been changed; update the extension to use it.',
  'open.failed': 'The database could not be opened: {reason}. Nothing was changed.',
  'open.reason.quota': 'the browser is out of storage space for this extension',
  'open.reason.unknown': 'an unknown error',
  'open.rescueHint': 'You can keep a copy of everything stored, exactly as it is, before you try anything else.',
  'open.download': 'Download a backup of the raw data',
  'open.downloading': 'Reading the raw data…',
  'open.downloaded': 'Raw data saved: {count, plural, one {# record} other {# records}} from {stores, plural, one {# store} other {# stores}}.',
  'open.downloadFailed': 'The raw data could not be read: {reason}.',
  'open.noData': 'There is no stored data to download.',
} as const;
