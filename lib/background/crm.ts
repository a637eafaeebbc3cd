import { browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { forgetToken } from '../db/crm-connections';
import { connectHubSpot, type ConnectOutcome, type CrmProbe } from '../crm/connect';
import { hubspotAccount, hubspotOwners } from '../crm/hubspot-account';
import { HUBSPOT_ORIGINS } from '../crm/permission';

const hubspotProbe: CrmProbe = { account: (token) => hubspotAccount(token), owners: (token) => hubspotOwners(token) };

/**
 * The background's side of connecting a CRM. The page asks for the host permission (only a
 * page has the rep's click); the background checks it is granted before any request, so the
 * extension never reaches a CRM the rep has not let it reach.
 */
export function crmHandlers(db: LeadsDatabase, now: () => number, probe: CrmProbe = hubspotProbe) {
  return {
    'crm.connect': async ({ token, replacePortal }: { token: string; replacePortal?: boolean }): Promise<ConnectOutcome | { ok: false; reason: 'no-permission' }> => {
      if (!(await browser.permissions.contains({ origins: HUBSPOT_ORIGINS }))) return { ok: false, reason: 'no-permission' };
      return connectHubSpot(db, token, probe, now(), { replacePortal });
    },
    'crm.disconnect': async () => {
      await forgetToken(db, 'hubspot');
      // Given back: the installed extension again reaches no CRM. (Refused if never granted: nothing to give back.)
      await browser.permissions.remove({ origins: HUBSPOT_ORIGINS }).catch(() => false);
      return { disconnected: true as const };
    },
  };
}
