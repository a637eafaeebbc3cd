import Dexie from 'dexie';
import { declareVersions } from '../../../lib/db/database';
import { NOW } from './db';

/**
 * A database as version 2 wrote it, with a record the frozen v2 -> v3 migration cannot
 * take: two leads whose ids share their first 61 characters. v3 gives every lead a first
 * stage-history entry with id `v3-<lead id>` cut to 64 characters, so both get the same
 * id and the migration's bulkAdd fails (a BulkError of a ConstraintError): a real upgrade
 * failure, with nothing faked.
 */
export const V2_RECORDS: Record<string, Record<string, unknown>[]> = {
  leads: [
    { id: `${'a'.repeat(61)}-first`, fullName: 'Łukasz Żółć', title: 'CTO', words: ['lukasz'], tags: ['warm'], editedFields: [], source: 'linkedin', createdAt: NOW, updatedAt: NOW, score: 0, scoreLabel: 'cold', labelByHand: false, scoreHistory: [], activitySummary: {} },
    { id: `${'a'.repeat(61)}-second`, fullName: 'Ana Popescu', words: ['ana'], tags: [], editedFields: [], source: 'manual', createdAt: NOW + 1, updatedAt: NOW + 1, score: 0, scoreLabel: 'cold', labelByHand: false, scoreHistory: [], activitySummary: {} },
  ],
  companies: [{ id: 'company-0001', name: 'Żabka', nameKey: 'zabka', editedFields: [], source: 'linkedin', createdAt: NOW, updatedAt: NOW }],
  activities: [{ id: 'activity-01', leadId: `${'a'.repeat(61)}-first`, kind: 'captured', direction: 'none', at: NOW, createdAt: NOW }],
  settings: [{ key: 'custom', value: { note: 'kept as it is' } }],
};

export async function seedFailingUpgrade(name: string): Promise<void> {
  const old = new Dexie(name);
  declareVersions(old, 2);
  await old.open();
  for (const [table, rows] of Object.entries(V2_RECORDS)) await old.table(table).bulkAdd(rows);
  old.close();
}
