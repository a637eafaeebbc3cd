import type { LeadsDatabase } from '../db/database';
import { keepConnection, readConnection } from '../db/crm-connections';
import { keptOwners, viewOf, type CrmConnectionView } from './connection';
import type { CrmAccount, CrmConnector, CrmOwner } from './connector';
import { CrmError, isCrmError } from './errors';

/** Why connecting failed, as the rep is told. */
export type ConnectFailure = 'refused' | 'missing-scopes' | 'unreachable' | 'unexpected';

export type ConnectOutcome =
  | { ok: true; connection: CrmConnectionView }
  /** 'other-portal': connected to another account before; connecting here starts a clean mapping, so the rep is asked first. */
  | { ok: false; reason: ConnectFailure | 'other-portal'; portalId?: string; /** For `missing-scopes`: what HubSpot said the app lacks. */ scopes?: string[] };

function failureOf(error: unknown): ConnectFailure {
  if (!(error instanceof CrmError)) return 'unexpected';
  if (error.kind === 'reconnect') return 'refused';
  if (error.kind === 'missing-scopes') return 'missing-scopes';
  if (error.kind === 'unavailable' || error.kind === 'rate-limited') return 'unreachable';
  return 'unexpected';
}

/**
 * Connect HubSpot with a token: check it and read the account (the connector also creates the
 * properties it writes where missing) and its owners, then keep the connection. A token for
 * another account than the one connected before is kept only when the rep said so
 * (`replacePortal`): what was matched in the old account means nothing in the new one.
 */
export async function connectCrm(
  db: LeadsDatabase,
  token: string,
  connector: Pick<CrmConnector, 'connect' | 'owners'>,
  now: number,
  { replacePortal = false, onNewPortal }: { replacePortal?: boolean; onNewPortal?: () => Promise<void> } = {},
): Promise<ConnectOutcome> {
  let account: CrmAccount;
  let owners: CrmOwner[];
  try {
    account = await connector.connect();
    owners = keptOwners(await connector.owners());
  } catch (error) {
    const reason = failureOf(error);
    return reason === 'missing-scopes' && isCrmError(error) ? { ok: false, reason, scopes: [...error.scopes] } : { ok: false, reason };
  }
  const before = await readConnection(db, 'hubspot');
  const newPortal = before !== undefined && before.account.accountId !== account.accountId;
  if (newPortal && !replacePortal) return { ok: false, reason: 'other-portal', portalId: account.accountId };
  if (newPortal) await onNewPortal?.();
  const connection = { crm: 'hubspot' as const, token, account, owners, connectedAt: now, state: 'connected' as const };
  await keepConnection(db, connection);
  return { ok: true, connection: viewOf(connection) };
}
