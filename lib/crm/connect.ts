import type { LeadsDatabase } from '../db/database';
import { keepConnection, readConnection } from '../db/crm-connections';
import { viewOf, type CrmAccount, type CrmConnectionView, type CrmOwner } from './connection';
import { CrmError, type CrmFailure } from './errors';

/** What connecting needs from a CRM: the account a token opens, and its owners. */
export type CrmProbe = { account(token: string): Promise<CrmAccount>; owners(token: string): Promise<CrmOwner[]> };

export type ConnectOutcome =
  | { ok: true; connection: CrmConnectionView }
  /** 'other-portal': connected to another account before; connecting here starts a clean mapping, so the rep is asked first. */
  | { ok: false; reason: CrmFailure | 'other-portal'; portalId?: number };

/**
 * Connect HubSpot with a token: read the portal and its owners, then keep the connection.
 * A token for another portal than the one connected before is kept only when the rep said so
 * (`replacePortal`): what was matched in the old portal means nothing in the new one.
 */
export async function connectHubSpot(
  db: LeadsDatabase,
  token: string,
  probe: CrmProbe,
  now: number,
  { replacePortal = false, onNewPortal }: { replacePortal?: boolean; onNewPortal?: () => Promise<void> } = {},
): Promise<ConnectOutcome> {
  let account: CrmAccount;
  let owners: CrmOwner[];
  try {
    account = await probe.account(token);
    owners = await probe.owners(token);
  } catch (error) {
    return { ok: false, reason: error instanceof CrmError ? error.failure : 'unexpected' };
  }
  const before = await readConnection(db, 'hubspot');
  const newPortal = before !== undefined && before.account.portalId !== account.portalId;
  if (newPortal && !replacePortal) return { ok: false, reason: 'other-portal', portalId: account.portalId };
  if (newPortal) await onNewPortal?.();
  const connection = { crm: 'hubspot' as const, token, account, owners, connectedAt: now, state: 'connected' as const };
  await keepConnection(db, connection);
  return { ok: true, connection: viewOf(connection) };
}
