/**
 * The names a backup restore's messages use (each error code is the key
 * `backup.error.<code>`), kept apart from the backup's schemas: the messaging
 * protocol, bundled into content scripts, names them without pulling those in.
 */

/**
 * The largest backup a restore reads: 256 MB. A saved lead with its capture and
 * first stage entry takes about 1.3 KB of the file and each touch about 0.2 KB,
 * so 100,000 leads with two touches each come to about 170 MB (five touches each,
 * about 230 MB). The restore holds the whole text while it parses it (twice its
 * size in memory for Polish or Russian names), and Chrome cannot hold a string
 * over about 512 MB at all: a bigger file is refused before it is read.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export const BACKUP_ERRORS = ['too-large', 'unreadable', 'not-json', 'truncated', 'not-backup', 'newer-version', 'invalid'] as const;
export type BackupError = (typeof BACKUP_ERRORS)[number];

/**
 * - 'replace': the database becomes the backup (every table cleared first);
 * - 'merge': the backup's records are written over the ones with the same key;
 *   records the backup does not hold stay.
 */
export const RESTORE_MODES = ['replace', 'merge'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];
