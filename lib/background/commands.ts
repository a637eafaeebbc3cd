import { browser, type Browser } from 'wxt/browser';
import type { LeadsDatabase } from '../db/database';
import { saveCapture } from '../db/save-capture';
import { toStorageError } from '../db/errors';
import { isLinkedInHost } from '../capture/linkedin-url';
import type { Capture } from '../capture/schema';
import type { ContentRequest } from '../messaging/protocol';
import { sendToTab } from '../messaging/transport';
import { openPanel } from '../panel/open-panel';
import { summarize } from './messages';
import { readTab } from './read-page';

type Notice = Omit<Extract<ContentRequest, { type: 'page.notice' }>, 'type'>;

export function isLinkedInTab(tab: Browser.tabs.Tab): boolean {
  return Boolean(tab.url && URL.canParse(tab.url) && isLinkedInHost(new URL(tab.url).hostname));
}

/** LinkedIn tabs have our content script, which shows the notice in the page. */
async function tellTab(tabId: number, notice: Notice): Promise<void> {
  await sendToTab(tabId, { type: 'page.notice', ...notice }).catch(() => undefined);
}

/** Shortcut on LinkedIn: save the lead on screen and say so in the page, or say plainly there is none. */
export async function captureLinkedInTab(db: LeadsDatabase, tabId: number, now: number): Promise<void> {
  const page = await readTab(tabId).catch(() => undefined);
  const capture: Capture | undefined = !page?.isLeadPage
    ? undefined
    : page.person
      ? { kind: 'person', person: page.person }
      : page.company
        ? { kind: 'company', company: page.company }
        : undefined;
  if (!capture) return tellTab(tabId, { notice: 'no-lead' });
  try {
    const saved = summarize(await saveCapture(db, capture, now));
    await tellTab(tabId, { notice: saved.status === 'created' ? 'saved' : 'updated', name: saved.name, leadId: saved.id, url: page?.url });
  } catch (error) {
    await tellTab(tabId, { notice: 'error', errorCode: toStorageError(error).code });
  }
}

/**
 * The keyboard shortcut. On LinkedIn it captures at once. On any other site it
 * opens the panel's short form, prefilled from the page, for the rep to confirm:
 * the panel must open inside the shortcut's user gesture, so nothing is awaited first.
 */
export function setupCommands(db: LeadsDatabase, now: () => number = Date.now): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-page' || tab?.id === undefined) return;
    if (isLinkedInTab(tab)) void captureLinkedInTab(db, tab.id, now());
    else void openPanel(tab, { view: 'new' });
  });
}
