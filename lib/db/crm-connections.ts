import { CrmConnectionSchema, type CrmConnection, type CrmName } from '../crm/connection';
import type { LeadsDatabase } from './database';

/** The stored connection to a CRM, parsed (a row that no longer parses counts as none). */
export async function readConnection(db: LeadsDatabase, crm: CrmName): Promise<CrmConnection | undefined> {
  const parsed = CrmConnectionSchema.safeParse(await db.crmConnections.get(crm));
  return parsed.success ? parsed.data : undefined;
}

export async function keepConnection(db: LeadsDatabase, connection: CrmConnection): Promise<void> {
  await db.crmConnections.put(CrmConnectionSchema.parse(connection));
}

/** Forget the token; remember which account the mapping kept on leads belongs to (a later connect to another asks first). */
export async function forgetToken(db: LeadsDatabase, crm: CrmName): Promise<void> {
  await db.transaction('rw', db.crmConnections, async () => {
    const row = await readConnection(db, crm);
    // A row this version cannot read may still hold a token: it goes whole.
    if (!row) return void (await db.crmConnections.delete(crm));
    const { token: _token, ...rest } = row;
    await db.crmConnections.put({ ...rest, state: 'disconnected' });
  });
}

/** The CRM refused the token: keep everything, ask the rep to connect again. */
export async function markReconnect(db: LeadsDatabase, crm: CrmName): Promise<void> {
  await db.crmConnections.update(crm, { state: 'reconnect' });
}
