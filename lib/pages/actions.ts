import { browser } from 'wxt/browser';
import type { PanelActions } from '@/components/PanelApp';
import type { PopupActions } from '@/components/PopupApp';
import { openPanel } from '../panel/open-panel';
import { sendToBackground } from '../messaging/transport';

/** What the popup does, wired to the background and browser APIs. */
export function popupActions(fixedTabId?: number): PopupActions {
  // The tab the popup was opened over, looked up at once so a click can open the
  // panel inside its user gesture. (Opened as a page of its own, ?tab= names it.)
  let tab: { id?: number; windowId?: number } | undefined = fixedTabId !== undefined ? { id: fixedTabId } : undefined;
  if (!tab) void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => (tab = t));
  return {
    readPage: () => sendToBackground({ type: 'page.read', tabId: tab?.id }),
    save: (capture) => sendToBackground({ type: 'capture.save', capture }),
    openPanel: (leadId) => void openPanel(tab, leadId ? { lead: leadId } : undefined).then(() => window.close()),
    openList: () => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=list') }).then(() => window.close()),
    openDashboard: () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => window.close()),
  };
}

export function panelActions(): PanelActions {
  return {
    readTab: (tabId) => sendToBackground({ type: 'page.read', tabId }),
    save: (capture) => sendToBackground({ type: 'capture.save', capture }),
  };
}
