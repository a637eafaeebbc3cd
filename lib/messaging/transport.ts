import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { StorageError } from '../db/storage-error';
import {
  BackgroundRequest,
  BackgroundResponses,
  ContentRequest,
  ContentResponses,
  MessageError,
  unwrap,
  type BackgroundResponse,
  type ContentResponse,
  type Envelope,
  type ErrorCode,
} from './protocol';

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

function errorEnvelope(error: unknown): Envelope {
  let code: ErrorCode = 'unknown';
  if (error instanceof MessageError) code = error.code;
  else if (error instanceof StorageError) code = error.code;
  return { ok: false, error: { code, detail: error instanceof Error ? error.message.slice(0, 500) : undefined } };
}

type Handlers<Req extends { type: string }> = {
  [T in Req['type']]: (request: Extract<Req, { type: T }>, sender: Browser.runtime.MessageSender) => Promise<unknown>;
};

/**
 * Listen for one protocol: parse each message, call its handler, answer with an envelope.
 * A message that does not parse is answered with 'bad-request'.
 */
// runtime.onMessage only carries our own extension's messages (other extensions and
// web pages would arrive on onMessageExternal, which we never listen to).
/** Whether this sender may make this request; judged before the handler runs. */
export type SenderPolicy<Req> = (request: Req, sender: Browser.runtime.MessageSender) => boolean;

function listen<Req extends { type: string }>(schema: z.ZodType<Req>, handlers: Handlers<Req>, allow: SenderPolicy<Req>) {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: Envelope) => void) => {
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: { code: 'bad-request', detail: parsed.error.issues[0]?.message.slice(0, 500) } });
      return true;
    }
    const request = parsed.data;
    if (!allow(request, sender)) {
      sendResponse({ ok: false, error: { code: 'forbidden', detail: request.type } });
      return true;
    }
    const handler = handlers[request.type as Req['type']] as (r: Req, s: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(request, sender).then(
      (data) => sendResponse({ ok: true, data }),
      (error: unknown) => sendResponse(errorEnvelope(error)),
    );
    return true; // answer asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The background's listener: every request is judged by its sender first (lib/messaging/senders.ts). */
export function listenInBackground(handlers: Handlers<BackgroundRequest>, allow: SenderPolicy<BackgroundRequest>) {
  return listen(BackgroundRequest, handlers, allow);
}

/** A content script only listens to its own extension's background: runtime/tabs messages from a page never reach it. */
export function listenInContent(handlers: Handlers<ContentRequest>) {
  return listen(ContentRequest, handlers, (_request, sender) => sender.id === browser.runtime.id && sender.tab === undefined);
}

