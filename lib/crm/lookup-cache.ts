import type { CrmMatch } from './connector';

/**
 * "Already in your CRM": what a lookup found, kept for a while so that opening the same
 * profile again (or the side panel next to it) asks the CRM nothing, and a limit on how many
 * lookups go out a minute, so a rep paging through profiles cannot exhaust the portal's API
 * quota shared with the sync. Pure: every function takes `now`.
 */

/** A lookup's result as kept: a match (its owner id is named at answer time, from the stored owners), or none. */
export type KeptLookup = { match: CrmMatch | null; at: number };

export const LOOKUP_LIMITS = {
  /** A found contact changes owner or stage now and then: an hour is fresh enough for "someone works them". */
  foundTtlMs: 60 * 60_000,
  /** Shorter: a teammate may add the person any minute, and "not in HubSpot" is the answer that invites a duplicate. */
  notFoundTtlMs: 10 * 60_000,
  maxEntries: 500,
  /** HubSpot's search endpoints allow a few requests a second per portal, shared with the sync; a rep opens far fewer profiles. */
  perMinute: 20,
};

/** The cache key of a person in an account: the CRM's answer depends on all three. */
export function lookupKey(accountId: string, person: { linkedinUrl?: string; email?: string }): string {
  return JSON.stringify([accountId, person.linkedinUrl ?? '', person.email?.toLowerCase() ?? '']);
}

export type LookupCache = {
  get(key: string, now: number): KeptLookup | undefined;
  put(key: string, match: CrmMatch | null, now: number): void;
  /** What is still fresh, oldest first (to keep in session storage across service-worker restarts). */
  entries(now: number): [string, KeptLookup][];
  /** Drop what a sync round made stale: the entries of these people (by LinkedIn URL or e-mail) and the matches of these contacts. */
  forget(stale: StaleLookups): void;
  clear(): void;
};

/**
 * What a sync round changed about who is in the CRM: people whose contact a push just
 * created or linked (a kept "not in HubSpot" is now wrong), and contacts a GDPR delete removed
 * (a kept "In HubSpot" is now wrong).
 */
export type StaleLookups = { people?: readonly { linkedinUrl?: string; email?: string }[]; contactIds?: readonly string[] };

/** Whether a kept entry is about someone in `stale`: its key names their URL or e-mail, or its match is a removed contact. */
function isStale(key: string, entry: KeptLookup, urls: Set<string>, emails: Set<string>, contactIds: Set<string>): boolean {
  if (entry.match && contactIds.has(entry.match.crmId)) return true;
  // The key was made by lookupKey: [account, url, email]. Any account: a round is about the connected one, and another's entries cannot be reached anyway.
  let url = '';
  let email = '';
  try {
    [, url = '', email = ''] = JSON.parse(key) as string[];
  } catch {
    return true; // no key lookupKey made: nothing could ever read it
  }
  return (url !== '' && urls.has(url)) || (email !== '' && emails.has(email));
}

export function createLookupCache(limits: Pick<typeof LOOKUP_LIMITS, 'foundTtlMs' | 'notFoundTtlMs' | 'maxEntries'> = LOOKUP_LIMITS, initial: Iterable<[string, KeptLookup]> = []): LookupCache {
  // A Map iterates in insertion order: re-inserting on put keeps the oldest first, to drop first.
  const kept = new Map<string, KeptLookup>(initial);
  const fresh = (entry: KeptLookup, now: number) => {
    const age = now - entry.at;
    // A clock moved back (an entry "from the future") is not trusted either.
    return age >= 0 && age < (entry.match ? limits.foundTtlMs : limits.notFoundTtlMs);
  };
  return {
    get(key, now) {
      const entry = kept.get(key);
      if (entry && fresh(entry, now)) return entry;
      if (entry) kept.delete(key);
      return undefined;
    },
    put(key, match, now) {
      kept.delete(key);
      kept.set(key, { match, at: now });
      while (kept.size > limits.maxEntries) kept.delete(kept.keys().next().value!);
    },
    entries(now) {
      return [...kept].filter(([, entry]) => fresh(entry, now));
    },
    forget(stale) {
      const urls = new Set((stale.people ?? []).flatMap((p) => (p.linkedinUrl ? [p.linkedinUrl] : [])));
      const emails = new Set((stale.people ?? []).flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])));
      const contactIds = new Set(stale.contactIds ?? []);
      if (urls.size + emails.size + contactIds.size === 0) return;
      for (const [key, entry] of kept) if (isStale(key, entry, urls, emails, contactIds)) kept.delete(key);
    },
    clear() {
      kept.clear();
    },
  };
}

/** At most `max` takes in any `windowMs` (a sliding window). */
export function createRateLimit(max: number, windowMs = 60_000) {
  let taken: number[] = [];
  return {
    /** True, and counted, when one more fits now. */
    take(now: number): boolean {
      taken = taken.filter((at) => at > now - windowMs && at <= now);
      if (taken.length >= max) return false;
      taken.push(now);
      return true;
    },
  };
}

/**
 * The portal's names for its lifecycle stages (a portal adds its own), per account: asked once
 * and kept as long as a found contact (a failed ask only as long as a miss, then asked again).
 */
export function createStageLabelCache(limits: Pick<typeof LOOKUP_LIMITS, 'foundTtlMs' | 'notFoundTtlMs'> = LOOKUP_LIMITS) {
  let kept: { accountId: string; labels: ReadonlyMap<string, string>; at: number; failed: boolean } | undefined;
  return {
    get(accountId: string, now: number): ReadonlyMap<string, string> | undefined {
      if (!kept || kept.accountId !== accountId) return undefined;
      const age = now - kept.at;
      return age >= 0 && age < (kept.failed ? limits.notFoundTtlMs : limits.foundTtlMs) ? kept.labels : undefined;
    },
    put(accountId: string, labels: ReadonlyMap<string, string> | undefined, now: number): void {
      kept = { accountId, labels: labels ?? new Map(), at: now, failed: labels === undefined };
    },
    clear(): void {
      kept = undefined;
    },
  };
}
