/** The extension's one database. */
export const DB_NAME = 'prospecting-assistant';

/**
 * The newest schema version (the last of lib/db/migrations, checked by a unit test), for
 * readers that must not load the migrations: the popup's first read (first-read.ts).
 */
export const SCHEMA_VERSION = 14;
