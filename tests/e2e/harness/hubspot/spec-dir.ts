import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * HubSpot's OpenAPI documents live beside the repository (../shared/crm/hubspot, see its
 * README), never copied in. A clone placed deeper (a CI work folder) finds them in the
 * nearest ancestor that holds shared/crm/hubspot, or where HUBSPOT_SPECS points.
 */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

function findSpecDir(): string {
  if (process.env.HUBSPOT_SPECS) return resolve(process.env.HUBSPOT_SPECS);
  for (let dir = resolve(REPO_ROOT, '..'); ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'shared', 'crm', 'hubspot');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return resolve(REPO_ROOT, '..', 'shared', 'crm', 'hubspot');
  }
}

export const HUBSPOT_SPEC_DIR = findSpecDir();

/** The documents the test server checks against (file names in that folder). */
export const HUBSPOT_SPEC_FILES = [
  'contacts.json',
  'companies.json',
  'deals.json',
  'notes.json',
  'tasks.json',
  'associations.json',
  'pipelines.json',
  'properties.json',
  'crmOwners.json',
  'accountInfo.json',
] as const;
