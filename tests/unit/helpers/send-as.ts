import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackgroundResponses, unwrap, type BackgroundRequest, type BackgroundResponse } from '../../../lib/messaging/protocol';
import type { SenderFacts } from '../../../lib/messaging/senders';

/** The extension's own pages, as the fake browser names them. */
export const EXTENSION_PAGE: SenderFacts = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

/** Our content script in the top frame of a LinkedIn tab showing `url`. */
export function linkedInTab(url: string, tabId = 7): SenderFacts {
  return { id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url, windowId: 1 } };
}

/**
 * Deliver a request to the background's listeners as the browser would, with the
 * sender it attests (the fake browser's own sendMessage always passes an empty one).
 */
export async function sendAs<R extends BackgroundRequest>(sender: SenderFacts, request: R): Promise<BackgroundResponse<R['type']>> {
  let answer: unknown;
  const answered = new Promise<void>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(request, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1], (envelope: unknown) => {
      answer = envelope;
      resolve();
    });
  });
  await answered;
  return unwrap(BackgroundResponses[request.type], answer) as BackgroundResponse<R['type']>;
}
