import { z } from 'zod';

/** What a raw backup says about one object store: enough to read its records without the app. */
export const RawStoreSchema = z.object({
  name: z.string(),
  keyPath: z.union([z.string(), z.array(z.string()), z.null()]),
  autoIncrement: z.boolean(),
  indexes: z.array(z.object({ name: z.string(), keyPath: z.union([z.string(), z.array(z.string())]), unique: z.boolean(), multiEntry: z.boolean() })),
  /** Every record as stored, with its primary key (the only place an out-of-line key is kept). */
  records: z.array(z.object({ key: z.unknown(), value: z.unknown() })),
});
export type RawStore = z.infer<typeof RawStoreSchema>;

/**
 * The rescue file "Download a backup of the raw data" writes when the database cannot
 * be opened by this version (see docs/file-formats.md). Records are as the stored
 * version wrote them, never parsed or migrated, so nothing is lost or changed on the way.
 */
export const RawBackupSchema = z.object({
  format: z.literal('prospecting-assistant-raw'),
  version: z.literal(1),
  exportedAt: z.number(),
  database: z.string(),
  /** IndexedDB's version number of the stored database (Dexie stores its version × 10). */
  indexedDbVersion: z.number(),
  /** The app's schema version the data was written by, and the one this version of the extension expects. */
  schemaVersion: z.number(),
  expectedSchemaVersion: z.number().optional(),
  /** Why the database could not be opened, as the page said it. */
  reason: z.string().optional(),
  stores: z.array(RawStoreSchema),
});
export type RawBackup = z.infer<typeof RawBackupSchema>;
