import type { CDPSession, Page } from 'playwright-core';

/**
 * Run code in our content script's own isolated world (as its own code would run),
 * for what no person can do: dispatching *untrusted* clicks on the control behind
 * the closed shadow root, the way a page that somehow reached it would. The root is
 * reached with chrome.dom.openOrClosedShadowRoot, which only extension code has; the
 * build itself is never changed to open it.
 */
export class ContentWorld {
  private constructor(
    private readonly session: CDPSession,
    private readonly contextId: number,
  ) {}

  static async of(page: Page, extensionId: string, timeout = 15_000): Promise<ContentWorld> {
    const session = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    session.on('Runtime.executionContextCreated' as never, ((event: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
      contexts.push(event.context);
    }) as never);
    await session.send('Runtime.enable' as never);
    const deadline = Date.now() + timeout;
    for (;;) {
      const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`).at(-1);
      if (ours) return new ContentWorld(session, ours.id);
      if (Date.now() > deadline) throw new Error('the content script world never appeared');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Evaluate an expression (a function body's result) in the content script's world. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.session.send('Runtime.evaluate' as never, { expression, contextId: this.contextId, returnByValue: true, awaitPromise: true } as never)) as unknown as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  }
}
