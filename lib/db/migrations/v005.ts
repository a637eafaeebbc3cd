import type { Transaction } from 'dexie';
import type { Row, SchemaVersion } from './types';

/** Version 5 indexes closed deals; won and lost entries get the lead's creation time for the cycle. */
async function upgrade(tx: Transaction): Promise<void> {
  const createdAt = new Map<string, number>();
  await tx
    .table('leads')
    .toCollection()
    .each((lead: Row) => {
      createdAt.set(lead.id as string, lead.createdAt as number);
    });
  await tx
    .table('stageHistory')
    .toCollection()
    .modify((entry: Row) => {
      const created = createdAt.get(entry.leadId as string);
      if ((entry.kind === 'won' || entry.kind === 'lost') && created !== undefined) entry.leadCreatedAt = created;
    });
}

/** Version 5: closed deals by outcome and time, for velocity windows (won and lost entries carry the lead's creation time). */
export const v005: SchemaVersion = {
  version: 5,
  stores: {
    stageHistory: 'id, leadId, [leadId+at], at, toStage, [kind+at]',
  },
  upgrade,
};
