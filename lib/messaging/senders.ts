import { classifyLinkedInUrl, isLinkedInHost } from '../capture/linkedin-url';
import { listPageKind, type ListPageKind } from '../capture/linkedin/list-page';
import type { BackgroundRequest } from './protocol';

/**
 * Who sent a message, judged by what the browser attests (sender.url, sender.tab,
 * sender.frameId), never by the payload. Our content script runs next to LinkedIn's
 * own scripts; if the page ever found a way to drive it, the background must still
 * refuse everything a content script has no business asking for.
 */
export type SenderKind = 'extension-page' | 'linkedin-content' | 'unknown';

/** The parts of runtime.MessageSender we judge by. */
export type SenderFacts = {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; windowId?: number };
};

/** An https page on linkedin.com or one of its country subdomains (plain http is never ours). */
export function isLinkedInPageUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && isLinkedInHost(url.hostname);
  } catch {
    return false;
  }
}

// Scheme and host, compared by hand: URL.origin is "null" for chrome-extension:
// and moz-extension: URLs (non-special schemes), which would make every extension equal.
function originOf(raw: string | undefined): string | undefined {
  try {
    if (!raw) return undefined;
    const url = new URL(raw);
    return url.host ? `${url.protocol}//${url.host}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An extension page (popup, side panel, options, dashboard, or one opened in a tab,
 * which also carries sender.tab) is recognised by its URL's origin; a content script
 * by a LinkedIn page URL in the top frame of a tab.
 */
export function senderKind(sender: SenderFacts, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== undefined && sender.id !== extensionId) return 'unknown';
  const origin = originOf(sender.url);
  if (origin !== undefined && origin === originOf(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.frameId === 0 && isLinkedInPageUrl(sender.url) && isLinkedInPageUrl(sender.tab.url)) return 'linkedin-content';
  return 'unknown';
}

/**
 * What the in-page control may ask: save the page it is on (or the people the rep
 * ticked on the list page it is on), ask whether that page is saved, open the panel
 * (rate-limited), log a touch on that page's lead, note how it read that page (a capture
 * diagnostic, whose schema admits no page text, bounded in number), get its strings in
 * the rep's language, have the LinkedIn extractors loaded into its own tab, and ask whether the
 * profile in its tab is in the connected CRM (cached and rate-limited in the background).
 * Everything else (rules, labels, rebuilding totals, reading another tab, deleting, connecting a
 * CRM) is for the extension's own pages only.
 */
const CONTENT_SCRIPT_MAY_ASK: ReadonlySet<BackgroundRequest['type']> = new Set([
  'capture.save',
  'capture.saveList',
  'capture.diagnostic',
  'lead.lookup',
  'panel.open',
  'touch.record',
  'i18n.content',
  'linkedin.reader',
  'crm.lookup',
]);

export function mayAsk(kind: SenderKind, type: BackgroundRequest['type']): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'linkedin-content') return CONTENT_SCRIPT_MAY_ASK.has(type);
  return false;
}

/** The LinkedIn page a content script speaks for: its tab's URL, as the browser reports it. */
export function pageOfSender(sender: SenderFacts): string | undefined {
  const url = sender.tab?.url;
  return isLinkedInPageUrl(url) && classifyLinkedInUrl(url!).kind !== 'other' ? url : undefined;
}

/** The LinkedIn list page (people search, connections, Sales Navigator list or search) a sender's tab shows. */
export function listPageOfSender(sender: SenderFacts): { url: string; kind: ListPageKind } | undefined {
  const url = sender.tab?.url;
  const kind = isLinkedInPageUrl(url) ? listPageKind(url) : undefined;
  return kind ? { url: url!, kind } : undefined;
}

/**
 * Tabs opened for the panel when the browser refuses to open it (no user gesture):
 * at most one in `windowMs` across all tabs, so a loop (from one LinkedIn tab or
 * several) cannot flood the rep with tabs. A rep's real click opens the panel itself.
 */
export function createTabFallbackLimiter(windowMs = 10_000) {
  let lastOpened = Number.NEGATIVE_INFINITY;
  return {
    /** True (and counted) when a tab may be opened now. */
    take(now: number): boolean {
      if (now - lastOpened < windowMs && now >= lastOpened) return false;
      lastOpened = now;
      return true;
    },
  };
}
