import type { SchemaVersion, Row } from './types';

/**
 * Version 12: the CRM links (our record -> its CRM id) move out of the `crmSync` jobs row
 * into a table of their own, one row per link keyed by [kind+localId], indexed by CRM id
 * (a pull finds our record by it) and by lead (erasing a person drops their links). The
 * jobs row kept them all in one object, rewritten whole after every push (quadratic as
 * links grow), and it held per-person data a job row should not.
 *
 * Kinds and their local ids: contact and deal (a lead id), task ('next-step:' + a lead id),
 * note (a touch id; its lead read from the touch), company (a company id, no lead).
 */
export const v012: SchemaVersion = {
  version: 12,
  stores: {
    crmLinks: '[kind+localId], crmId, leadId',
  },
  upgrade: async (tx) => {
    const job = (await tx.table('jobs').get('crmSync')) as Row | undefined;
    if (!job) return;
    const links = (job.links ?? {}) as Record<string, Record<string, unknown> | undefined>;
    const kinds = { contacts: 'contact', companies: 'company', deals: 'deal', notes: 'note', tasks: 'task' } as const;
    const noteIds = Object.keys(links.notes ?? {});
    const touches = (await tx.table('activities').bulkGet(noteIds)) as (Row | undefined)[];
    const noteLead = new Map(noteIds.map((id, i) => [id, touches[i]?.leadId]));
    const rows: Row[] = [];
    for (const [plural, kind] of Object.entries(kinds)) {
      for (const [localId, crmId] of Object.entries(links[plural] ?? {})) {
        if (typeof crmId !== 'string') continue;
        const leadId =
          kind === 'contact' || kind === 'deal' ? localId : kind === 'task' ? localId.replace(/^next-step:/, '') : kind === 'note' ? noteLead.get(localId) : undefined;
        rows.push(typeof leadId === 'string' ? { kind, localId, crmId, leadId } : { kind, localId, crmId });
      }
    }
    await tx.table('crmLinks').bulkPut(rows);
    const { links: _links, ...rest } = job;
    await tx.table('jobs').put(rest);
  },
};
