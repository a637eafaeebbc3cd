import { z } from 'zod';
import { classifyLinkedInUrl } from '../capture/linkedin-url';
import type { CrmAccount, CrmConnector, CrmMatch, CrmOwner } from '../crm/connector';
import { CrmError } from '../crm/errors';
import { createLookupCache, createRateLimit, createStageLabelCache, LOOKUP_LIMITS, lookupKey, type KeptLookup, type LookupCache, type StaleLookups } from '../crm/lookup-cache';
import { isStandardLifecycleStage } from '../crm/lookup-text';
import type { LeadsDatabase } from '../db/database';
import { markReconnect, readConnection } from '../db/crm-connections';
import type { CrmConnection } from '../crm/connection';
import { findLeadForUrl } from '../db/queries';
import { MessageError, type CrmLookupAnswer } from '../messaging/content-protocol';
import type { Lead } from '../schema/records';

/** Where kept lookups outlive a stopped service worker (storage.session: memory only, gone with the browser, not readable by content scripts). */
export type LookupStore = { load(): Promise<unknown>; save(entries: [string, KeptLookup][]): Promise<void> };

export type CrmLookupDeps = {
  now: () => number;
  /** The host permission for the CRM's API is granted (checked before any request). */
  permitted: () => Promise<boolean>;
  connectorFor: (token: string, account: CrmAccount) => Pick<CrmConnector, 'lookup' | 'lifecycleStages'>;
  store?: LookupStore;
  limits?: typeof LOOKUP_LIMITS;
};

export type CrmLookupResult = { page: string; answer: CrmLookupAnswer };

const KeptSchema = z.array(
  z.tuple([
    z.string().max(5_000),
    z.object({
      at: z.number(),
      match: z
        .object({ crmId: z.string().max(100), name: z.string().max(400), ownerId: z.string().max(40).optional(), lifecycleStage: z.string().max(100).optional(), url: z.string().max(2048) })
        .nullable(),
    }),
  ]),
);

function answerOf(match: CrmMatch | null, owners: readonly CrmOwner[], stageLabel?: string): CrmLookupAnswer {
  if (!match) return { status: 'not-found' };
  // The owner by name from the owners stored at connect; an owner added since stays unnamed rather than costing a request.
  const owner = match.ownerId ? owners.find((o) => o.id === match.ownerId)?.name : undefined;
  const stage = match.lifecycleStage?.slice(0, 100);
  const label = stageLabel?.slice(0, 100);
  return { status: 'found', name: match.name.slice(0, 400), ...(owner && { owner }), ...(stage && { lifecycleStage: stage }), ...(stage && label && { lifecycleStageLabel: label }), url: match.url };
}

function failureOf(error: unknown): CrmLookupAnswer {
  if (error instanceof CrmError && error.kind === 'reconnect') return { status: 'unavailable', reason: 'reconnect' };
  // The token is good but its app lacks a read scope: reconnecting cannot help, adding the scope does.
  if (error instanceof CrmError && error.kind === 'missing-scopes') return { status: 'unavailable', reason: 'scopes' };
  if (error instanceof CrmError && error.kind === 'rate-limited') return { status: 'unavailable', reason: 'busy' };
  return { status: 'unavailable', reason: 'error' };
}

/**
 * "Already in your CRM" in the background: only while a CRM is connected and its host
 * permission granted; each person looked up once per LOOKUP_LIMITS' freshness (in memory and
 * in session storage), at most `perMinute` lookups a minute (beyond: 'unavailable', 'busy'),
 * and two asks for one person at once share one request.
 */
export function createCrmLookup(db: LeadsDatabase, deps: CrmLookupDeps) {
  const limits = deps.limits ?? LOOKUP_LIMITS;
  const rate = createRateLimit(limits.perMinute);
  const inFlight = new Map<string, Promise<CrmMatch | null>>();
  let cache: Promise<LookupCache> | undefined;
  // Bumped by `forget`: an answer asked before a round changed who is in the CRM is returned but not kept.
  let generation = 0;

  const cacheReady = () =>
    (cache ??= (deps.store?.load() ?? Promise.resolve(undefined)).then(
      (raw) => createLookupCache(limits, KeptSchema.safeParse(raw).data ?? []),
      () => createLookupCache(limits),
    ));

  const stageLabels = createStageLabelCache(limits);
  let stagesInFlight: Promise<ReadonlyMap<string, string> | undefined> | undefined;

  /** The portal's name for a stage of its own; none asked for HubSpot's defaults (ours name them). */
  async function stageLabelOf(match: CrmMatch | null, connection: CrmConnection): Promise<string | undefined> {
    const stage = match?.lifecycleStage;
    if (!stage || isStandardLifecycleStage(stage)) return undefined;
    const accountId = connection.account.accountId;
    let labels = stageLabels.get(accountId, deps.now());
    if (!labels) {
      stagesInFlight ??= deps
        .connectorFor(connection.token!, connection.account)
        .lifecycleStages()
        .then(
          (stages) => new Map(stages.map((s) => [s.id, s.label])),
          () => undefined,
        )
        .then((got) => (stageLabels.put(accountId, got, deps.now()), got))
        .finally(() => (stagesInFlight = undefined));
      labels = (await stagesInFlight) ?? new Map<string, string>();
    }
    return labels.get(stage);
  }

  async function forget(): Promise<void> {
    stageLabels.clear();
    (await cacheReady()).clear();
    await deps.store?.save([]).catch(() => undefined);
  }

  async function lookup(person: { linkedinUrl?: string; email?: string }): Promise<CrmLookupAnswer> {
    const connection = await readConnection(db, 'hubspot');
    if (!connection?.token || connection.state !== 'connected' || !(await deps.permitted())) {
      // Disconnected: what was learnt about the portal's contacts is not kept either.
      if (cache) await forget();
      return { status: 'not-connected' };
    }
    if (!person.linkedinUrl && !person.email) return { status: 'not-found' };
    const key = lookupKey(connection.account.accountId, person);
    const kept = await cacheReady();
    const hit = kept.get(key, deps.now());
    if (hit) return answerOf(hit.match, connection.owners, await stageLabelOf(hit.match, connection));

    let pending = inFlight.get(key);
    if (!pending) {
      if (!rate.take(deps.now())) return { status: 'unavailable', reason: 'busy' };
      const connector = deps.connectorFor(connection.token, connection.account);
      const asked = generation;
      pending = connector
        .lookup(person)
        .then(async (match) => {
          if (asked !== generation) return match ?? null;
          kept.put(key, match ?? null, deps.now());
          await deps.store?.save(kept.entries(deps.now())).catch(() => undefined);
          return match ?? null;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    try {
      const match = await pending;
      return answerOf(match, connection.owners, await stageLabelOf(match, connection));
    } catch (error) {
      // The CRM refused the token: the connection waits for the rep to connect again (the sync keeps its outbox).
      if (error instanceof CrmError && error.kind === 'reconnect') await markReconnect(db, 'hubspot');
      return failureOf(error);
    }
  }

  const personOf = (lead: Lead | undefined, canonicalUrl?: string) => ({ linkedinUrl: lead?.linkedinUrl ?? canonicalUrl, email: lead?.email });

  return {
    /** A sync round created or linked these people's contacts, or GDPR-deleted these contacts: their kept answers go, and the next ask goes to the CRM. */
    async forget(stale: StaleLookups): Promise<void> {
      generation += 1;
      const kept = await cacheReady();
      kept.forget(stale);
      await deps.store?.save(kept.entries(deps.now())).catch(() => undefined);
    },
    /** The LinkedIn profile `url` (the sender tab's, as the browser reports it), with the e-mail of its lead when saved. */
    async forPage(url: string): Promise<CrmLookupResult> {
      const page = classifyLinkedInUrl(url);
      if (page.kind !== 'person' && page.kind !== 'sales-nav-lead') throw new MessageError('forbidden', 'not a profile page');
      const lead = await findLeadForUrl(db, url);
      // A Sales Navigator lead's id is no public profile URL: only a saved lead's own LinkedIn URL is looked for.
      const person = personOf(lead, page.kind === 'person' ? page.canonicalUrl : undefined);
      return { page: page.canonicalUrl, answer: await lookup(person) };
    },
    /** A saved lead (the side panel). */
    async forLead(leadId: string): Promise<CrmLookupResult> {
      const lead = await db.leads.get(leadId);
      if (!lead || lead.erasedAt !== undefined) return { page: '', answer: { status: 'not-found' } };
      return { page: lead.linkedinUrl ?? '', answer: await lookup(personOf(lead)) };
    },
  };
}
