import type { CrmConnection } from './connection';

/**
 * Whether a CRM is connected, mirrored by the background into storage.local under this key, so
 * the LinkedIn content script knows it without asking: while false, a profile navigation sends
 * the background nothing. Only a boolean: the content script's storage reveals no account.
 */
export const CRM_CONNECTED_KEY = 'crmConnected';

/** Connected as the lookup and the sync understand it: a token, not waiting for the rep to reconnect. */
export function isCrmConnected(connection: CrmConnection | undefined): boolean {
  return !!connection?.token && connection.state === 'connected';
}
