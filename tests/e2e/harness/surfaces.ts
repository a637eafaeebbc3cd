import type { CDPSession } from 'playwright-core';
import type { ChromiumSession } from './chromium';

/**
 * The browser's own surfaces of the extension: the toolbar popup (the bubble under the
 * toolbar button, opened by `action.openPopup()`) and the side panel. Neither is a tab,
 * and Playwright lists neither among the context's pages, so they are found as the
 * browser lists them over the DevTools protocol (targets of type `page` at the
 * extension's URL) and read through a session attached to that target: the text a
 * screen reader would read there, from its accessibility tree.
 */
type TargetInfo = { targetId: string; type: string; url: string };
type AxNode = { ignored?: boolean; role?: { value?: unknown }; name?: { value?: unknown } };

/** What kind of context the extension's page runs in, as `runtime.getContexts` says ('POPUP', 'SIDE_PANEL', 'TAB'…). */
export async function extensionContexts(session: ChromiumSession): Promise<{ contextType: string; documentUrl?: string; tabId: number; windowId: number }[]> {
  return session.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<{ contextType: string; documentUrl?: string; tabId: number; windowId: number }[]> } } }).chrome;
    return (await api.runtime.getContexts({})).map(({ contextType, documentUrl, tabId, windowId }) => ({ contextType, documentUrl, tabId, windowId }));
  });
}

export class Surface {
  private next = 1;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
    readonly url: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const pending = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!pending) return;
      this.waiting.delete(message.id!);
      if (message.error) pending.reject(new Error(message.error.message));
      else pending.resolve(message.result);
    }) as never);
  }

  /** The extension's page at `path` (e.g. 'popup.html') once the browser lists it, attached. */
  static async find(session: ChromiumSession, path: string, { timeout = 15_000 } = {}): Promise<Surface> {
    const cdp = await session.context.browser()!.newBrowserCDPSession();
    const prefix = `chrome-extension://${session.extensionId}/${path}`;
    const deadline = Date.now() + timeout;
    for (;;) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(prefix));
      if (target) {
        // Not flattened: Playwright's CDPSession addresses only its own target, so the page's
        // protocol messages travel inside Target.sendMessageToTarget / receivedMessageFromTarget.
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
        return new Surface(cdp, sessionId, target.url);
      }
      if (Date.now() > deadline) throw new Error(`the browser lists no page at ${prefix}: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Whether the browser still lists a page at `path`. */
  static async isOpen(session: ChromiumSession, path: string): Promise<boolean> {
    const cdp = await session.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      return targetInfos.some((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${session.extensionId}/${path}`));
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  private send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    const reply = new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
    void this.cdp
      .send('Target.sendMessageToTarget' as never, { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never)
      .catch((error: Error) => this.waiting.get(id)?.reject(error));
    return reply;
  }

  /** An expression's value in the page (JSON values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value?: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  }

  /** Every node a screen reader would meet there, as role and name. */
  async axNodes(): Promise<{ role: string; name: string }[]> {
    const { nodes } = await this.send<{ nodes: AxNode[] }>('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  }

  /** The text a screen reader would read there (every node's name, in order). */
  async text(): Promise<string> {
    return (await this.axNodes()).map((n) => n.name).filter(Boolean).join('\n');
  }

  async detach(): Promise<void> {
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
  }
}
