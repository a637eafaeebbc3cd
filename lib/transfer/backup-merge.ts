import { taskKey, type CrmLink } from '../crm/sync/links';
import type { LeadsDatabase } from '../db/database';
import type { Writer } from '../db/write/commit';
import type { BackupTables } from './backup-schema';

type Keyed = { id: string; linkedinUrl?: string };

/** Local ids whose LinkedIn URL the backup gives to a record with another id: local id → backup id. */
async function clashes(incoming: readonly Keyed[], findByUrls: (urls: string[]) => Promise<Keyed[]>): Promise<Map<string, string>> {
  const byUrl = new Map(incoming.flatMap((r) => (r.linkedinUrl ? [[r.linkedinUrl, r.id] as const] : [])));
  const moves = new Map<string, string>();
  if (byUrl.size === 0) return moves;
  for (const local of await findByUrls([...byUrl.keys()])) {
    const id = local.linkedinUrl ? byUrl.get(local.linkedinUrl) : undefined;
    if (id !== undefined && id !== local.id) moves.set(local.id, id);
  }
  return moves;
}

/**
 * Before a merge writes the backup's leads and companies: the same person (or
 * company) may already be here under another id, captured on this device as
 * well as on the one the backup came from. The unique LinkedIn URL index would
 * refuse the backup's record, so the backup's record wins: the local one is
 * deleted, and what hangs off it (activities, stage history and enrolments of a
 * lead; leads of a company) moves to the backup's id, so no history is lost.
 * Call inside the restore's commit. Returns how many local records were folded.
 */
export async function foldDuplicates(db: LeadsDatabase, w: Writer, tables: BackupTables): Promise<number> {
  const leadMoves = await clashes(tables.leads, (urls) => db.leads.where('linkedinUrl').anyOf(urls).toArray());
  const companyMoves = await clashes(tables.companies, (urls) => db.companies.where('linkedinUrl').anyOf(urls).toArray());
  // A clashing local record the backup also holds (under its own id) is rewritten by the backup anyway:
  // it is only moved out of the way, and keeps what hangs off it.
  const inBackup = new Set([...tables.leads.map((l) => l.id), ...tables.companies.map((c) => c.id)]);
  await w.delete('leads', [...leadMoves.keys()]);
  await w.delete('companies', [...companyMoves.keys()]);
  let folded = 0;
  for (const [from, to] of leadMoves) {
    if (inBackup.has(from)) continue;
    folded += 1;
    await w.modifyWhere(db.activities.where('leadId').equals(from), { leadId: to });
    await w.modifyWhere(db.stageHistory.where('leadId').equals(from), { leadId: to });
    // A lead is in a sequence once: where the backup's lead is in it too, its enrolment wins, as its record does.
    const theirSequences = new Set(tables.enrolments.filter((e) => e.leadId === to).map((e) => e.sequenceId));
    await w.deleteWhere(db.enrolments.where('leadId').equals(from).filter((e) => theirSequences.has(e.sequenceId)));
    await w.modifyWhere(db.enrolments.where('leadId').equals(from), { leadId: to });
    await moveLeadLinks(db, from, to);
  }
  const companyTargets = new Map([...companyMoves].filter(([from]) => !inBackup.has(from)));
  folded += companyTargets.size;
  for (const [from, to] of companyTargets) await moveLink(db, { kind: 'company', localId: from }, to);
  if (companyTargets.size > 0) {
    // Leads have no companyId index: one walk, only when a company was folded.
    const moved = await db.leads.filter((lead) => lead.companyId !== undefined && companyTargets.has(lead.companyId)).toArray();
    await w.put(
      'leads',
      moved.map((lead) => ({ ...lead, companyId: companyTargets.get(lead.companyId ?? '') })),
    );
  }
  return folded;
}

/**
 * The folded record's CRM links go with its history to the backup's record (links are never in a backup):
 * left on the deleted id, the CRM's contact would be orphaned here and the next sync would create it again.
 * Where the backup's record is linked already, its own link stays.
 */
async function moveLeadLinks(db: LeadsDatabase, from: string, to: string): Promise<void> {
  for (const link of await db.crmLinks.where('leadId').equals(from).toArray()) {
    // A note's local id is its touch's, which moved as it is; a contact's and a deal's is the lead's; a task's is named by it.
    if (link.kind === 'note') await db.crmLinks.put({ ...link, leadId: to });
    else await moveLink(db, link, link.kind === 'task' ? taskKey(to) : to, to);
  }
}

async function moveLink(db: LeadsDatabase, from: Pick<CrmLink, 'kind' | 'localId'>, localId: string, leadId?: string): Promise<void> {
  const link = await db.crmLinks.get([from.kind, from.localId]);
  if (!link) return;
  await db.crmLinks.delete([from.kind, from.localId]);
  if (!(await db.crmLinks.get([from.kind, localId]))) await db.crmLinks.put({ ...link, localId, ...(leadId === undefined ? {} : { leadId }) });
}
