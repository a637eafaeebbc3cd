import type { Activity } from '../../schema/records';
import type { CrmAccount, CrmConnector, CrmMatch, CrmOwner, CrmPipeline } from '../connector';
import { inGroups, IN_VALUES, SEARCH_GROUPS, searchAll } from './api';
import { profileUrlSpellingsOr, sameProfileUrl } from '../linkedin-spellings';
import { CUSTOM_PROPERTIES, LINKEDIN_URL } from './fields';
import { type Clock, HubSpotHttp, type HubSpotHttpOptions } from './http';
import { pullChanges } from './pull';
import { pushAll } from './push';
import { industryMatcher, type IndustryOf } from './mapping';
import { AccountSchema, NoContentSchema, OwnersSchema, PipelinesSchema, PropertiesSchema, PropertyOptionsSchema, PropertySchema } from './schemas';
import { CrmError } from '../errors';

export type HubSpotConnectorOptions = HubSpotHttpOptions & {
  /** The touch kind as the rep's language names it (note bodies). */
  kindLabel: (kind: Activity['kind']) => string;
  /** The account as stored at connect: links to records are built from it without asking for it again. */
  account?: CrmAccount;
};

/** The HubSpot implementation of the CRM connector. */
export function createHubSpotConnector(options: HubSpotConnectorOptions): CrmConnector & { readonly clock: Clock } {
  const http = new HubSpotHttp(options);
  let account: CrmAccount | undefined = options.account;

  let industryOptions: Promise<IndustryOf> | undefined;
  /** The portal's company industries, read once per connector; unreadable: none matched (no industry sent). */
  const industries = (): Promise<IndustryOf> =>
    (industryOptions ??= http
      .request('GET', '/crm/v3/properties/companies/industry', { schema: PropertyOptionsSchema })
      .then((property) => industryMatcher(property.options))
      .catch(() => () => undefined));

  async function readAccount(): Promise<CrmAccount> {
    const details = await http.request('GET', '/account-info/v3/details', { schema: AccountSchema });
    account = { accountId: String(details.portalId), currency: details.companyCurrency, timeZone: details.timeZone, uiDomain: details.uiDomain };
    return account;
  }

  /** Create the properties we write where the portal lacks them (one read per object type). */
  async function ensureProperties(): Promise<void> {
    const kinds = [...new Set(CUSTOM_PROPERTIES.map((p) => p.kind))];
    for (const kind of kinds) {
      const existing = (await http.request('GET', `/crm/v3/properties/${kind}`, { schema: PropertiesSchema })).results;
      const names = new Set(existing.map((p) => p.name));
      const groups = new Set(existing.map((p) => p.groupName).filter(Boolean));
      for (const property of CUSTOM_PROPERTIES.filter((p) => p.kind === kind && !names.has(p.name))) {
        // Property groups differ between object types and portals: fall back to one the type has.
        const groupName = groups.has(property.groupName) ? property.groupName : (existing.find((p) => p.groupName)?.groupName ?? property.groupName);
        try {
          await http.request('POST', `/crm/v3/properties/${kind}`, {
            body: { name: property.name, label: property.label, type: 'string', fieldType: 'text', groupName, hasUniqueValue: property.unique, description: 'Written by the prospecting extension.' },
            schema: PropertySchema,
          });
        } catch (error) {
          // Made meanwhile (another browser of the team connecting): that is what we wanted.
          if (!(error instanceof CrmError && error.status === 409)) throw error;
        }
      }
    }
  }

  return {
    crm: 'hubspot',
    clock: http.clock,
    async connect() {
      const details = await readAccount();
      await ensureProperties();
      return details;
    },
    async owners() {
      const owners: CrmOwner[] = [];
      let after: string | undefined;
      do {
        const page = await http.request('GET', '/crm/v3/owners', { query: after ? { limit: '100', after } : { limit: '100' }, schema: OwnersSchema });
        for (const o of page.results) {
          if (o.archived) continue;
          owners.push({ id: o.id, email: o.email ?? '', name: [o.firstName, o.lastName].filter(Boolean).join(' ') || (o.email ?? o.id) });
        }
        after = page.paging?.next?.after;
      } while (after);
      return owners;
    },
    async pipelines() {
      const answer = await http.request('GET', '/crm/v3/pipelines/deals', { schema: PipelinesSchema });
      return answer.results
        .filter((p) => !p.archived)
        .map(
          (p): CrmPipeline => ({
            id: p.id,
            label: p.label,
            stages: p.stages
              .filter((s) => !s.archived)
              .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0))
              .map((s) => {
                const probability = Number(s.metadata?.probability);
                return { id: s.id, label: s.label, closed: s.metadata?.isClosed === 'true', probability: Number.isFinite(probability) ? probability : undefined };
              }),
          }),
        );
    },
    push(request) {
      return pushAll({ http, kindLabel: options.kindLabel, now: http.clock.now(), newContacts: new Set(), seen: { contact: new Set(), company: new Set(), deal: new Set() }, absent: { contact: new Set(), company: new Set(), deal: new Set() }, industries }, request);
    },
    pull(since) {
      return pullChanges(http, since);
    },
    async lookup(person) {
      const email = person.email?.toLowerCase();
      const emailGroups = email ? [[{ propertyName: 'email', operator: 'EQ' as const, value: email }]] : [];
      // The spellings a teammate may have stored the profile under, in the groups the e-mail leaves.
      const url = person.linkedinUrl;
      const spellings = url ? profileUrlSpellingsOr(url, (SEARCH_GROUPS - emailGroups.length) * IN_VALUES) : [];
      const groups = [...emailGroups, ...inGroups(LINKEDIN_URL, spellings, SEARCH_GROUPS - emailGroups.length)];
      const found = await searchAll(http, 'contacts', groups, ['email', 'firstname', 'lastname', 'hubspot_owner_id', 'lifecyclestage', LINKEDIN_URL]);
      const best = found.find((c) => email && c.properties.email?.toLowerCase() === email) ?? found.find((c) => sameProfileUrl(c.properties[LINKEDIN_URL], url));
      if (!best) return undefined;
      const details = account ?? (await readAccount());
      const p = best.properties;
      const match: CrmMatch = {
        crmId: best.id,
        name: [p.firstname, p.lastname].filter(Boolean).join(' ') || (p.email ?? ''),
        ownerId: p.hubspot_owner_id ?? undefined,
        lifecycleStage: p.lifecyclestage ?? undefined,
        url: `https://${details.uiDomain}/contacts/${details.accountId}/record/0-1/${best.id}`,
      };
      return match;
    },
    async lifecycleStages() {
      const property = await http.request('GET', '/crm/v3/properties/contacts/lifecyclestage', { schema: PropertyOptionsSchema });
      // Hidden stages still label the contacts that hold them.
      return property.options.map((o) => ({ id: o.value, label: o.label }));
    },
    async gdprDelete(contactCrmId) {
      try {
        await http.request('POST', '/crm/v3/objects/contacts/gdpr-delete', { body: { objectId: contactCrmId }, schema: NoContentSchema });
      } catch (error) {
        // Already gone (an earlier request whose answer was lost, or erased in HubSpot): done.
        if (!(error instanceof CrmError && error.status === 404)) throw error;
      }
    },
  };
}
