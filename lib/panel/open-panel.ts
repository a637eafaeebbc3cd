import { browser } from 'wxt/browser';

/**
 * Chrome has a side panel (sidePanel API), Firefox a sidebar (sidebarAction).
 * Both must be opened in response to a user action; when the browser refuses,
 * the same page opens in a tab so the rep still gets to the lead.
 */
type SidePanelApi = {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
};
type SidebarActionApi = { open(): Promise<void>; setPanel(details: { panel: string }): Promise<void> };

const apis = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };

/** What the panel shows: a lead, the latest saved lead (while a save is under way), or the current tab's lead. */
export type PanelTarget = { lead: string } | { view: PanelView } | undefined;
/** latest: the lead just saved; list: all leads; new: the manual form for the current page. */
export type PanelView = 'latest' | 'list' | 'new';

export function panelPath(target: PanelTarget): string {
  if (!target) return '/sidepanel.html';
  const query = 'lead' in target ? `lead=${encodeURIComponent(target.lead)}` : `view=${target.view}`;
  return `/sidepanel.html?${query}`;
}

/**
 * Open the panel; when the browser refuses, open the same page in a tab if
 * `mayOpenTab` allows (the background rate-limits it: a page script looping the
 * in-page button must not flood the rep with tabs), else answer 'refused'.
 */
export async function openPanel(
  tab: { id?: number; windowId?: number } | undefined,
  target?: PanelTarget,
  mayOpenTab: () => boolean = () => true,
): Promise<'panel' | 'tab' | 'refused'> {
  try {
    if (apis.sidePanel && tab?.id !== undefined) {
      // Point the tab's panel at the lead, then open it, both called at once while the user
      // gesture is fresh (awaiting the first would spend it). The browser takes them in order, so
      // the panel opens on the lead; set after open(), the path would not move a panel already opening.
      await Promise.all([
        apis.sidePanel.setOptions({ tabId: tab.id, path: panelPath(target), enabled: true }),
        apis.sidePanel.open({ tabId: tab.id }),
      ]);
      return 'panel';
    }
    if (apis.sidebarAction) {
      // As for Chrome: the path first, then open, both called before either is awaited (open()
      // needs the user gesture, which an await would spend), so the sidebar opens on the lead.
      await Promise.all([apis.sidebarAction.setPanel({ panel: panelPath(target) }), apis.sidebarAction.open()]);
      return 'panel';
    }
  } catch {
    // No user gesture reached us (or no panel API): fall through to a tab.
  }
  if (!mayOpenTab()) return 'refused';
  await browser.tabs.create({ url: browser.runtime.getURL(panelPath(target) as '/sidepanel.html') });
  return 'tab';
}

export function setupSidePanel(): void {
  // The toolbar button opens the popup; the panel is opened from the popup or the page.
  (apis.sidePanel as unknown as { setPanelBehavior?: (b: { openPanelOnActionClick: boolean }) => Promise<void> } | undefined)
    ?.setPanelBehavior?.({ openPanelOnActionClick: false })
    .catch(() => undefined);
}
