import { browser } from 'wxt/browser';
import { PageReadResult } from '../messaging/protocol';
import { MessageError } from '../messaging/protocol';

/**
 * Read the active tab with the page-reader script. It runs only in the tab the
 * rep acted on (activeTab: popup click, shortcut, context menu) or on LinkedIn.
 */
export async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new MessageError('no-tab');
  return tab;
}

export async function readTab(tabId: number): Promise<PageReadResult> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/page-reader.js'] });
  } catch {
    throw new MessageError('no-tab', 'page cannot be read');
  }
  // The page's own scripts cannot reach the isolated world, but the answer is still checked.
  const parsed = PageReadResult.safeParse(results?.[0]?.result);
  if (!parsed.success) throw new MessageError('bad-request', 'page reader gave no result');
  return parsed.data;
}

/**
 * Load the LinkedIn extractors into the frame of our content script (entrypoints/linkedin-reader.ts).
 * The host permission for LinkedIn lets the background inject there without a gesture.
 */
export async function loadLinkedInReader(tabId: number, frameId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/linkedin-reader.js'] });
  } catch {
    throw new MessageError('no-tab', 'LinkedIn reader could not be loaded');
  }
}
