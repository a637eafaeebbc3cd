import { browser, type Browser } from 'wxt/browser';
import { safeParse, type core } from 'zod/mini';
import { StorageError } from '../db/storage-error';
import {
  ContentRequest,
  ContentScriptResponses,
  MessageError,
  unwrap,
  type ContentScriptRequest,
  type ContentScriptResponse,
  type Envelope,
  type ErrorCode,
} from './content-protocol';

/**
 * The receiving end every context shares, and the LinkedIn content script's sender: free of
 * classic Zod, like ./content-protocol.ts (lib/messaging/transport.ts has the rest).
 */

/** The LinkedIn content script asks the background; it parses only the answers it can get. */
export async function sendFromContent<R extends ContentScriptRequest>(request: R): Promise<ContentScriptResponse<R['type']>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    // Chrome keeps an updated (or reloaded) extension's old content script running in open tabs,
    // cut off from the background: the rep must be told to reload, not that "something went wrong".
    if (!browser.runtime?.id || /context invalidated/i.test(String(error))) throw new MessageError('reload', 'extension context invalidated');
    throw error;
  }
  return unwrap(ContentScriptResponses[request.type], raw) as ContentScriptResponse<R['type']>;
}

function errorEnvelope(error: unknown): Envelope {
  let code: ErrorCode = 'unknown';
  if (error instanceof MessageError) code = error.code;
  else if (error instanceof StorageError) code = error.code;
  return { ok: false, error: { code, detail: error instanceof Error ? error.message.slice(0, 500) : undefined } };
}

export type Handlers<Req extends { type: string }> = {
  [T in Req['type']]: (request: Extract<Req, { type: T }>, sender: Browser.runtime.MessageSender) => Promise<unknown>;
};

// runtime.onMessage only carries our own extension's messages (other extensions and
// web pages would arrive on onMessageExternal, which we never listen to).
/** Whether this sender may make this request; judged before the handler runs. */
export type SenderPolicy<Req> = (request: Req, sender: Browser.runtime.MessageSender) => boolean;

/**
 * Listen for one protocol: parse each message, call its handler, answer with an envelope.
 * A message that does not parse is answered with 'bad-request'.
 */
export function listen<Req extends { type: string }>(schema: core.$ZodType<Req>, handlers: Handlers<Req>, allow: SenderPolicy<Req>) {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: Envelope) => void) => {
    const parsed = safeParse(schema, message);
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

/** A content script only listens to its own extension's background: runtime/tabs messages from a page never reach it. */
export function listenInContent(handlers: Handlers<ContentRequest>) {
  return listen(ContentRequest, handlers, (_request, sender) => sender.id === browser.runtime.id && sender.tab === undefined);
}
