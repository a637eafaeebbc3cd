import { companyKey } from '../leads/keys';
import { derivedLeadKeys } from '../leads/merge';
import type { Backup } from './backup-schema';

/** The schema version that respelled the keys folded from names (lib/db/migrations/v013.ts). */
const KEYS_RESPELLED_IN = 13;

/**
 * A file written before v13 holds name keys and search words spelled the old way ("michał",
 * "ооо ромашка"): restored as they are, a capture or CSV row of the same person no longer finds
 * the lead and saves a second one. They are made again, as v13 made the stored ones again.
 * An erased lead keeps what the erase left.
 */
export function withCurrentKeys(backup: Backup): Backup['tables'] {
  const { tables } = backup;
  if (backup.schemaVersion >= KEYS_RESPELLED_IN) return tables;
  return {
    ...tables,
    leads: tables.leads.map((lead) => (lead.erasedAt === undefined ? { ...lead, ...derivedLeadKeys(lead) } : lead)),
    companies: tables.companies.map((company) => ({ ...company, nameKey: companyKey(company.name) })),
  };
}
