import { browser } from 'wxt/browser';
import type { PanelActions } from '@/components/PanelApp';
import type { PopupActions } from '@/components/PopupApp';
import { openPanel } from '../panel/open-panel';
import { sendToBackground } from '../messaging/transport';

/** What the popup does, wired to the background and browser APIs. */
export function popupActions(): PopupActions {
  // Looked up at once, so a click can open the panel inside its user gesture.
  let tab: { id?: number; windowId?: number } | undefined;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => (tab = t));
  return {
    readPage: () => sendToBackground({ type: 'page.read' }),
    save: (capture) => sendToBackground({ type: 'capture.save', capture }),
    openPanel: (leadId) => void openPanel(tab, leadId ? { lead: leadId } : undefined).then(() => window.close()),
    openList: () => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=list') }).then(() => window.close()),
  };
}

export function panelActions(): PanelActions {
  return {
    captureTab: async () => {
      const page = await sendToBackground({ type: 'page.read' });
      if (!page.isLeadPage) return undefined;
      if (page.person) return { kind: 'person', person: page.person };
      return page.company ? { kind: 'company', company: page.company } : undefined;
    },
    save: (capture) => sendToBackground({ type: 'capture.save', capture }),
  };
}
