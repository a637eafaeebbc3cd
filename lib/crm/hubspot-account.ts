import { z } from 'zod';
import { CrmError, failureOfStatus } from './errors';
import type { CrmAccount, CrmOwner } from './connection';

/**
 * What connecting to HubSpot reads: the portal the token opens (account-info API) and its
 * owners (owners API), to show the rep where they are connected and who owns what.
 * Answers are outside data: parsed, and only what is shown is kept.
 */
export const HUBSPOT_BASE = 'https://api.hubapi.com';

const PortalSchema = z.object({
  portalId: z.number().int().positive(),
  uiDomain: z.string().max(100),
  accountType: z.string().max(40).optional(),
  companyCurrency: z.string().max(3).optional(),
  timeZone: z.string().max(60).optional(),
});

const OwnersPageSchema = z.object({
  results: z.array(
    z.object({
      id: z.string().min(1).max(40),
      email: z.string().max(320).optional(),
      firstName: z.string().max(100).optional(),
      lastName: z.string().max(100).optional(),
      archived: z.boolean().optional(),
      type: z.string().max(20).optional(),
    }),
  ),
  paging: z.object({ next: z.object({ after: z.string().max(200) }).optional() }).optional(),
});

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

async function getJson(fetchFn: Fetch, token: string, path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(`${HUBSPOT_BASE}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  } catch (error) {
    throw new CrmError('unreachable', String(error));
  }
  if (!response.ok) throw new CrmError(failureOfStatus(response.status), `${path}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new CrmError('unexpected', `${path}: not JSON`);
  }
}

export async function hubspotAccount(token: string, fetchFn: Fetch = fetch): Promise<CrmAccount> {
  const parsed = PortalSchema.safeParse(await getJson(fetchFn, token, '/account-info/v3/details'));
  if (!parsed.success) throw new CrmError('unexpected', 'account details');
  const { portalId, uiDomain, accountType, companyCurrency, timeZone } = parsed.data;
  return { portalId, uiDomain: uiDomain.toLowerCase(), accountType, currency: companyCurrency, timeZone };
}

/** Every active owner (people, not queues), page by page. */
export async function hubspotOwners(token: string, fetchFn: Fetch = fetch, maxPages = 50): Promise<CrmOwner[]> {
  const owners: CrmOwner[] = [];
  let after: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const query = new URLSearchParams({ limit: '100', archived: 'false', ...(after ? { after } : {}) });
    const parsed = OwnersPageSchema.safeParse(await getJson(fetchFn, token, `/crm/v3/owners?${query}`));
    if (!parsed.success) throw new CrmError('unexpected', 'owners');
    for (const o of parsed.data.results) {
      if (o.archived || (o.type && o.type !== 'PERSON')) continue;
      const name = [o.firstName, o.lastName].filter(Boolean).join(' ') || o.email || o.id;
      owners.push({ id: o.id, name: name.slice(0, 200), email: o.email });
    }
    after = parsed.data.paging?.next?.after;
    if (!after) break;
  }
  return owners;
}
