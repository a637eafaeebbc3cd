/**
 * English strings of the full backup and the demo data (merged into the catalog in en.ts).
 * Every error code parseBackup returns has a key `backup.error.<code>` that says
 * what is wrong and what to do about it.
 */
export const enBackup = {
  'backup.title': 'Backup',
  'backup.intro': 'One file with every lead, company, activity, stage change, sequence and setting. Keep it somewhere safe.',
  'backup.export': 'Download a backup',
  'backup.exported': 'Backup saved: {leads, plural, one {# lead} other {# leads}}.',
  'backup.import': 'Restore a backup…',
  'backup.file': 'Backup from {date}, {leads, plural, one {# lead} other {# leads}}',
  'backup.mode.replace': 'Replace everything here with the backup',
  'backup.mode.replaceHint': 'Every lead, activity, sequence and setting here is deleted first. Use this to move to a new computer.',
  'backup.mode.merge': 'Merge the backup into what is here',
  'backup.mode.mergeHint': 'Records in the backup overwrite the same records here; everything else here stays.',
  'backup.confirmReplace': 'Delete everything here and restore the backup from {date}? This cannot be undone.',
  'backup.restore': 'Restore',
  'backup.restoring': 'Restoring…',
  'backup.restored': 'Restored {leads, plural, one {# lead} other {# leads}}, {activities, plural, one {# activity} other {# activities}} and {sequences, plural, one {# sequence} other {# sequences}}.',
  'backup.forgotten': '{count, plural, one {# person in the file was deleted for good here and was not brought back.} other {# people in the file were deleted for good here and were not brought back.}}',
  'backup.duplicates': '{count, plural, one {# lead or company that was here under another id was merged with the backup’s.} other {# leads or companies that were here under another id were merged with the backup’s.}}',

  'backup.error.not-json': 'This file is not a backup: it is not JSON. Choose the .json file the extension saved.',
  'backup.error.truncated': 'This backup is incomplete: the file was cut off. Download or copy it again, then restore it.',
  'backup.error.not-backup': 'This JSON file is not a Prospecting Assistant backup. Choose the file saved with "Download a backup".',
  'backup.error.newer-version': 'This backup was made by a newer version of the extension. Update the extension first, then restore it.',
  'backup.error.invalid': 'This backup has a record that is not valid ({detail}), so nothing was restored. Was the file edited by hand?',
  'backup.error.storage': 'The backup could not be restored, so nothing was changed. Free some disk space and try again.',

  'demo.title': 'Demo data',
  'demo.intro': 'Try the extension on about 300 made-up leads with deals, touches and follow-ups. Remove them in one click when you are done.',
  'demo.load': 'Load demo data',
  'demo.loading': 'Loading demo data…',
  'demo.loaded': 'Loaded {count, plural, one {# demo lead} other {# demo leads}}.',
  'demo.remove': 'Remove demo data',
  'demo.removed': 'Removed {count, plural, one {# demo lead} other {# demo leads}}. Your own leads were not touched.',
  'demo.error.not-empty': 'Demo data can only be loaded while you have no leads of your own, so it never mixes into your figures.',
  'demo.banner': 'You are looking at demo data.',
} as const;
