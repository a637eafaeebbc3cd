import { browser, type Browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { saveCapture } from '../db/save-capture';
import { toStorageError } from '../db/errors';
import { isLinkedInHost } from '../capture/linkedin-url';
import type { Capture } from '../capture/schema';
import type { ContentRequest } from '../messaging/protocol';
import { sendToTab } from '../messaging/transport';
import { summarize } from './messages';
import { readTab } from './read-page';

type ActionApi = { openPopup?: () => Promise<void> };

/** Open the popup, where the rep sees the page's draft and can add the lead by hand. */
async function openPopup(): Promise<boolean> {
  const action = (browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction) as ActionApi | undefined;
  try {
    await action?.openPopup?.();
    return Boolean(action?.openPopup);
  } catch {
    return false;
  }
}

async function tellTab(tab: Browser.tabs.Tab, notice: Omit<Extract<ContentRequest, { type: 'page.notice' }>, 'type'>) {
  // Only LinkedIn tabs have our content script to show an in-page notice.
  if (tab.id === undefined || !tab.url || !URL.canParse(tab.url) || !isLinkedInHost(new URL(tab.url).hostname)) return false;
  return sendToTab(tab.id, { type: 'page.notice', ...notice })
    .then((r) => r.shown)
    .catch(() => false);
}

/** The keyboard shortcut: capture the lead on the current page, or say plainly that there is none. */
export async function captureFromShortcut(db: LeadsDatabase, tab: Browser.tabs.Tab, now: number): Promise<void> {
  if (tab.id === undefined) return;
  const page = await readTab(tab.id).catch(() => undefined);
  const capture: Capture | undefined = !page?.isLeadPage
    ? undefined
    : page.person
      ? { kind: 'person', person: page.person }
      : page.company
        ? { kind: 'company', company: page.company }
        : undefined;
  if (!capture) {
    const shown = await tellTab(tab, { notice: 'no-lead' });
    if (!shown) await openPopup();
    return;
  }
  try {
    const saved = summarize(await saveCapture(db, capture, now));
    const shown = await tellTab(tab, { notice: saved.status === 'created' ? 'saved' : 'updated', name: saved.name, leadId: saved.id });
    if (!shown) await openPopup();
  } catch (error) {
    const shown = await tellTab(tab, { notice: 'error', errorCode: toStorageError(error).code });
    if (!shown) await openPopup();
  }
}

export function setupCommands(db: LeadsDatabase, now: () => number = Date.now): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-page') return;
    const target = tab?.id !== undefined ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => t);
    void target.then((t) => (t ? captureFromShortcut(db, t, now()) : undefined));
  });
}
