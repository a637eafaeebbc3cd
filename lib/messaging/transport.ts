import { browser } from 'wxt/browser';
import { BackgroundRequest, BackgroundResponses, ContentResponses, unwrap, type ContentRequest, type BackgroundResponse, type ContentResponse } from './protocol';
import { listen, type Handlers, type SenderPolicy } from './content-transport';

// The content script's listener and sender live in ./content-transport.ts (no classic Zod there).
export { listenInContent, sendFromContent, type SenderPolicy } from './content-transport';

/** Send a request to the background and get its parsed answer (throws MessageError). */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  return unwrap(BackgroundResponses[request.type], raw) as BackgroundResponse<R['type']>;
}

/** Send a request to the content script of a tab. */
export async function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponse<R['type']>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, request);
  return unwrap(ContentResponses[request.type], raw) as ContentResponse<R['type']>;
}

/** The background's listener: every request is judged by its sender first (lib/messaging/senders.ts). */
export function listenInBackground(handlers: Handlers<BackgroundRequest>, allow: SenderPolicy<BackgroundRequest>) {
  return listen(BackgroundRequest, handlers, allow);
}
