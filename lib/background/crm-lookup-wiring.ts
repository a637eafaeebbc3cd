import { browser } from 'wxt/browser';
import { createHubSpotConnector } from '../crm/hubspot/connector';
import { HUBSPOT_ORIGINS } from '../crm/permission';
import type { LeadsDatabase } from '../db/database';
import { createCrmLookup, type CrmLookupDeps, type LookupStore } from './crm-lookup';

const SESSION_KEY = 'crm.lookups';

/** An interactive lookup waits briefly or not at all: a rep looking at a profile gets "could not check" rather than a minute's silence. */
const LOOKUP_RETRY = { attempts: 2, baseDelayMs: 500, maxDelayMs: 1_000, rateLimitWaits: 0 };

/** storage.session where the browser has it (Chrome 102+, Firefox 115+); else memory only. */
const sessionStore: LookupStore = {
  async load() {
    return (await browser.storage.session?.get(SESSION_KEY))?.[SESSION_KEY];
  },
  async save(entries) {
    await browser.storage.session?.set({ [SESSION_KEY]: entries });
  },
};

/** The browser's side of "already in your CRM": the permission check, a HubSpot connector on the stored account, session storage. */
export function lookupDeps(now: () => number): CrmLookupDeps {
  return {
    now,
    permitted: () => browser.permissions.contains({ origins: HUBSPOT_ORIGINS }),
    // Lookups never create or write anything: the note-body labels are never used.
    connectorFor: (token, account) => createHubSpotConnector({ token, account, retry: LOOKUP_RETRY, kindLabel: String }),
    store: sessionStore,
  };
}

const shared = new WeakMap<LeadsDatabase, ReturnType<typeof createCrmLookup>>();

/**
 * The background's one lookup (one cache) per database: the messages answer from it and the
 * sync rounds (alarm, "Sync now", an erase's deletes) tell it whose answers they made stale.
 */
export function sharedCrmLookup(db: LeadsDatabase, now: () => number): ReturnType<typeof createCrmLookup> {
  let lookup = shared.get(db);
  if (!lookup) shared.set(db, (lookup = createCrmLookup(db, lookupDeps(now))));
  return lookup;
}
