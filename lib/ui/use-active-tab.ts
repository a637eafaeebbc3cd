import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';

export type WatchedTab = { id: number; url: string | undefined };

/**
 * The tab the panel works with: a fixed tab when `fixedTabId` is given (the panel
 * opened as a page of its own), else the active tab of the panel's window. Follows
 * tab switches and in-page navigation (onUpdated reports pushState URL changes).
 * Tab URLs are only visible for LinkedIn (host permission) or after activeTab.
 */
export function useWatchedTab(fixedTabId?: number): WatchedTab | undefined | null {
  const [tab, setTab] = useState<WatchedTab | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const apply = (t: Browser.tabs.Tab | undefined) => {
      if (!cancelled) setTab(t?.id === undefined ? null : { id: t.id, url: t.url });
    };
    const refresh = () => {
      const query = fixedTabId !== undefined ? browser.tabs.get(fixedTabId) : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);
      query.then(apply, () => apply(undefined));
    };
    refresh();
    const onActivated = () => {
      if (fixedTabId === undefined) refresh();
    };
    const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (change.url !== undefined || change.status === 'complete') {
        setTab((current) => {
          if (current && current.id === tabId) refresh();
          return current;
        });
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [fixedTabId]);

  return tab;
}
