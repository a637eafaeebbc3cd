import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { forgetToken, readConnection } from '../db/crm-connections';
import { connectCrm, type ConnectOutcome } from '../crm/connect';
import type { CrmConnector } from '../crm/connector';
import { createHubSpotConnector } from '../crm/hubspot/connector';
import { HUBSPOT_ORIGINS } from '../crm/permission';
import { t } from '../i18n';

/** A HubSpot connector for a token (tests pass their own). */
export type ConnectorFor = (token: string) => Pick<CrmConnector, 'connect' | 'owners'>;
const hubspotFor: ConnectorFor = (token) => createHubSpotConnector({ token, kindLabel: (kind) => t(`activity.${kind}`) });

/**
 * The background's side of connecting a CRM. The page asks for the host permission (only a
 * page has the rep's click); the background checks it is granted before any request, so the
 * extension never reaches a CRM the rep has not let it reach.
 */
export function crmHandlers(db: LeadsDatabase, now: () => number, connectorFor: ConnectorFor = hubspotFor) {
  return {
    'crm.connect': async ({ token, replacePortal }: { token: string; replacePortal?: boolean }): Promise<ConnectOutcome | { ok: false; reason: 'no-permission' }> => {
      if (!(await browser.permissions.contains({ origins: HUBSPOT_ORIGINS }))) return { ok: false, reason: 'no-permission' };
      // Another account: what was matched in the old one means nothing there; the sync starts clean.
      const outcome = await connectCrm(db, token, connectorFor(token), now(), { replacePortal, onNewPortal: () => db.jobs.delete('crmSync') });
      // Not connected after all (a refused token, the rep keeping the other account): the
      // permission asked for this attempt is given back, unless a connection still needs it.
      if (!outcome.ok && (await readConnection(db, 'hubspot'))?.token === undefined) await browser.permissions.remove({ origins: HUBSPOT_ORIGINS }).catch(() => false);
      return outcome;
    },
    'crm.disconnect': async () => {
      await forgetToken(db, 'hubspot');
      // Given back: the installed extension again reaches no CRM. (Refused if never granted: nothing to give back.)
      await browser.permissions.remove({ origins: HUBSPOT_ORIGINS }).catch(() => false);
      return { disconnected: true as const };
    },
  };
}
