import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { openPanel } from '../../lib/panel/open-panel';

/**
 * The panel must open on the lead asked for. open() has to be called while the user's
 * gesture is fresh, so both calls are made before either is awaited, the path first.
 */
const apis = browser as unknown as Record<string, unknown>;

const original = { sidebarAction: apis.sidebarAction, sidePanel: apis.sidePanel };
afterEach(() => {
  apis.sidebarAction = original.sidebarAction;
  apis.sidePanel = original.sidePanel;
});

describe('opening the panel on a lead', () => {
  it('Firefox: the sidebar path is set before it opens, with no await between them', async () => {
    const calls: string[] = [];
    let settled = false;
    apis.sidePanel = undefined; // Firefox has none
    apis.sidebarAction = {
      setPanel: async ({ panel }: { panel: string }) => {
        calls.push(`setPanel ${panel}${settled ? ' (late)' : ''}`);
      },
      open: async () => {
        calls.push(`open${settled ? ' (late)' : ''}`);
      },
    };
    const opened = openPanel({ id: 3, windowId: 1 }, { lead: 'lead-7' });
    settled = true; // anything called after this line was called after an await
    expect(await opened).toBe('panel');
    expect(calls).toEqual(['setPanel /sidepanel.html?lead=lead-7', 'open']);
  });

  it('Chrome: the tab panel path is set before it opens, with no await between them', async () => {
    const calls: string[] = [];
    let settled = false;
    apis.sidePanel = {
      setOptions: async ({ path, tabId }: { path: string; tabId: number }) => void calls.push(`setOptions ${tabId} ${path}${settled ? ' (late)' : ''}`),
      open: async ({ tabId }: { tabId: number }) => void calls.push(`open ${tabId}${settled ? ' (late)' : ''}`),
    };
    const opened = openPanel({ id: 3, windowId: 1 }, { view: 'list' });
    settled = true;
    expect(await opened).toBe('panel');
    expect(calls).toEqual(['setOptions 3 /sidepanel.html?view=list', 'open 3']);
  });
});
