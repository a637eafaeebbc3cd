import { CRM_LINK_KINDS, CrmLinkSchema, LINK_MAP, type CrmLink, type CrmLinkKind } from '../crm/sync/links';
import { emptyLinks, type CrmLinks } from '../crm/sync/state';
import type { LeadsDatabase } from './database';

/**
 * The `crmLinks` table (v12): our record -> its CRM id. A sync step reads only the links of
 * the records it pushes and writes only what changed, so a push costs the same with ten
 * links kept or a hundred thousand.
 */

export type WantedLinks = { [K in keyof CrmLinks]?: readonly string[] };

/** The links of these records (by kind), as the maps plan.ts reads. */
export async function readLinks(db: LeadsDatabase, wanted: WantedLinks): Promise<CrmLinks> {
  const links = emptyLinks();
  const keys: [CrmLinkKind, string][] = [];
  for (const kind of CRM_LINK_KINDS) for (const id of new Set(wanted[LINK_MAP[kind]] ?? [])) keys.push([kind, id]);
  if (keys.length === 0) return links;
  const rows = await db.crmLinks.bulkGet(keys);
  for (const row of rows) {
    const parsed = CrmLinkSchema.safeParse(row);
    if (parsed.success) links[LINK_MAP[parsed.data.kind]][parsed.data.localId] = parsed.data.crmId;
  }
  return links;
}

/** Every link (tests, and a rep's count): walks the table. */
export async function readAllLinks(db: LeadsDatabase): Promise<CrmLinks> {
  const links = emptyLinks();
  await db.crmLinks.each((row) => {
    const parsed = CrmLinkSchema.safeParse(row);
    if (parsed.success) links[LINK_MAP[parsed.data.kind]][parsed.data.localId] = parsed.data.crmId;
  });
  return links;
}

/** Write a push's link changes; call inside a transaction that holds `crmLinks`. */
export async function writeLinks(db: LeadsDatabase, changes: { put: readonly CrmLink[]; drop: readonly [CrmLinkKind, string][] }): Promise<void> {
  if (changes.drop.length > 0) await db.crmLinks.bulkDelete(changes.drop.map(([kind, id]) => [kind, id]));
  if (changes.put.length > 0) await db.crmLinks.bulkPut(changes.put.map((link) => CrmLinkSchema.parse(link)));
}

/** Another CRM account: nothing matched in the old one means anything in the new one. */
export async function clearLinks(db: LeadsDatabase): Promise<void> {
  await db.crmLinks.clear();
}
