import { taskKey, type CrmLink } from '../crm/sync/links';
import type { LeadsDatabase } from '../db/database';
import type { Writer } from '../db/write/commit';
import { DUPLICATE_KEYS, personKeys, pickPersonDuplicate, type DuplicateKey } from '../leads/duplicates';
import { KeyIndex } from '../leads/key-index';
import { REFRESHABLE } from '../leads/merge';
import { LIMITS } from '../schema/clean-text';
import type { EditableLeadField, Lead } from '../schema/records';
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
 * Local leads the backup's leads are the same person as by the other keys capture and CSV import fold
 * by (Sales Navigator URL, e-mail, name at a company: lib/leads/duplicates.ts), with the same rules (a
 * lead with another profile URL is someone else). Only leads the backup does not hold under their own
 * id: two records the file itself keeps apart stay apart. Adds them to `moves` (local id → backup id).
 */
async function sameByOtherKeys(db: LeadsDatabase, incoming: readonly Lead[], moves: Map<string, string>): Promise<void> {
  const inBackup = new Set(incoming.map((lead) => lead.id));
  const keys = DUPLICATE_KEYS.filter((key) => key !== 'linkedinUrl');
  // Keys worked out again, not read from the file: an older file's name keys may be spelt the old way.
  const wanted = incoming.map(personKeys);
  const found = await Promise.all(
    keys.map((key) => {
      const values = [...new Set(wanted.flatMap((k) => (k[key] ? [k[key]] : [])))];
      return values.length ? db.leads.where(key).anyOf(values).toArray() : [];
    }),
  );
  const local = found.flat().filter((lead) => !inBackup.has(lead.id) && !moves.has(lead.id));
  if (local.length === 0) return;
  const index = new KeyIndex<Lead, DuplicateKey>(keys, local);
  const taken = new Set<string>();
  for (const lead of incoming) {
    const hit = pickPersonDuplicate((key, value) => (key === 'linkedinUrl' ? undefined : index.first(key, value)), lead);
    if (!hit || taken.has(hit.id)) continue;
    taken.add(hit.id);
    moves.set(hit.id, lead.id);
  }
}

/**
 * Before a merge writes the backup's leads and companies: the same person (or
 * company) may already be here under another id, captured on this device as
 * well as on the one the backup came from. The unique LinkedIn URL index would
 * refuse the backup's record, so the backup's record wins: the local one is
 * deleted, and what hangs off it (activities, stage history and enrolments of a
 * lead; leads of a company) moves to the backup's id, so no history is lost.
 * Leads are also the same person by the other duplicate keys (sameByOtherKeys).
 * Call inside the restore's commit. Returns how many local records were folded, and
 * the local leads folded into each backup lead (as they were), for their stage (backup-stage.ts).
 */
export async function foldDuplicates(db: LeadsDatabase, w: Writer, tables: BackupTables): Promise<{ folded: number; into: Map<string, Lead[]> }> {
  const leadMoves = await clashes(tables.leads, (urls) => db.leads.where('linkedinUrl').anyOf(urls).toArray());
  await sameByOtherKeys(db, tables.leads, leadMoves);
  const companyMoves = await clashes(tables.companies, (urls) => db.companies.where('linkedinUrl').anyOf(urls).toArray());
  // A clashing local record the backup also holds (under its own id) is rewritten by the backup anyway:
  // it is only moved out of the way, and keeps what hangs off it.
  const inBackup = new Set([...tables.leads.map((l) => l.id), ...tables.companies.map((c) => c.id)]);
  const into = new Map<string, Lead[]>();
  for (const lead of await db.leads.bulkGet([...leadMoves.keys()])) {
    const to = lead && !inBackup.has(lead.id) ? leadMoves.get(lead.id) : undefined;
    if (lead && to !== undefined) (into.get(to) ?? into.set(to, []).get(to)!).push(lead);
  }
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
  return { folded, into };
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

/** What a folded local lead gives the backup's lead where that one has nothing: as a capture refreshes a lead (lib/leads/merge.ts), and the rep's notes. */
const FILLED = [...REFRESHABLE, 'notes'] as const;
const isEmpty = (value: unknown) => value === undefined || value === '';

/**
 * The backup's record wins over the local leads folded into it, but it may lack what only they
 * held (a LinkedIn profile, a phone captured on this device, the rep's notes and tags): deleted
 * with them, it was lost, and the next capture of that profile saved a second lead. Each field the
 * backup's lead has empty takes the first folded lead's value (marked edited by hand where that
 * one was), and the tags are joined. `folded`: backup lead id → the local leads folded into it.
 */
export function withFoldedFields(fileLeads: readonly Lead[], folded: ReadonlyMap<string, readonly Lead[]>): Lead[] {
  return fileLeads.map((lead) => {
    const locals = folded.get(lead.id);
    if (!locals?.length || lead.erasedAt !== undefined) return lead;
    const next: Record<string, unknown> = { ...lead };
    const edited = new Set<EditableLeadField>(lead.editedFields);
    for (const field of FILLED) {
      if (!isEmpty(lead[field])) continue;
      const from = locals.find((local) => !isEmpty(local[field]));
      if (!from) continue;
      next[field] = from[field];
      if (field !== 'salesNavUrl' && from.editedFields.includes(field)) edited.add(field);
    }
    const tags = [...new Set([...lead.tags, ...locals.flatMap((local) => local.tags)])].slice(0, LIMITS.tags);
    if (tags.length > lead.tags.length && locals.some((local) => local.editedFields.includes('tags'))) edited.add('tags');
    return { ...(next as Lead), tags, editedFields: [...edited] };
  });
}
