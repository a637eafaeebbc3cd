import { companyKey } from '../leads/keys';
import type { Backup } from './backup-schema';

/** The schema version that respelled the keys folded from names (lib/db/migrations/v013.ts). */
const KEYS_RESPELLED_IN = 13;

/**
 * A file written before v13 holds company name keys spelled the old way ("ооо ромашка"): restored
 * as they are, a capture of the same company no longer finds it and saves a second one. They are
 * made again, as v13 made the stored ones again. (A lead's keys need no such care: the write layer
 * makes them from its fields on every write.)
 */
export function withCurrentKeys(backup: Backup): Backup['tables'] {
  const { tables } = backup;
  if (backup.schemaVersion >= KEYS_RESPELLED_IN) return tables;
  return { ...tables, companies: tables.companies.map((company) => ({ ...company, nameKey: companyKey(company.name) })) };
}
