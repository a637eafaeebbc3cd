import type { CDPSession, Page } from 'playwright-core';

/**
 * The extension's in-page control lives in a closed shadow root: no selector, and no
 * Playwright locator, can reach it (which is the point). A person reaches it through
 * what the browser renders and exposes to assistive technology, so the tests do the
 * same: read the accessibility tree over the DevTools protocol, find the control by
 * role and name, and press a real mouse button at the centre of its box.
 */
type AxValue = { value?: unknown };
type AxNode = {
  ignored?: boolean;
  role?: AxValue;
  name?: AxValue;
  backendDOMNodeId?: number;
  properties?: { name: string; value: AxValue }[];
};

export type AxMatch = { role: string; name: string; backendNodeId?: number; disabled: boolean; checked?: boolean };

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function checkedOf(node: AxNode): boolean | undefined {
  const value = (node.properties ?? []).find((p) => p.name === 'checked')?.value.value;
  return value === undefined ? undefined : value === true || value === 'true';
}

/** Every node a screen reader would meet, with its role and accessible name. */
export async function axNodes(page: Page): Promise<AxMatch[]> {
  const session = await cdp(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree' as never)) as unknown as { nodes: AxNode[] };
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: String(node.role?.value ?? ''),
      name: String(node.name?.value ?? ''),
      backendNodeId: node.backendDOMNodeId,
      disabled: (node.properties ?? []).some((p) => p.name === 'disabled' && p.value.value === true),
      // A checkbox's state ('true', 'false' or 'mixed'); absent for other roles.
      checked: checkedOf(node),
    }));
}

/** The text a screen reader would read on the page (every node's name, in order). */
export async function axText(page: Page): Promise<string> {
  return (await axNodes(page)).map((node) => node.name).filter(Boolean).join('\n');
}

/** Press the primary mouse button at the centre of a node's box, as a person would. */
export async function clickNode(page: Page, backendNodeId: number): Promise<void> {
  const session = await cdp(page);
  await session.send('DOM.scrollIntoViewIfNeeded' as never, { backendNodeId } as never);
  const { model } = (await session.send('DOM.getBoxModel' as never, { backendNodeId } as never)) as unknown as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/**
 * A control found by role and name in the accessibility tree, with the few locator
 * methods the tests use (count, isVisible, isDisabled, waitFor, click).
 */
export class AxControl {
  constructor(
    private readonly page: Page,
    private readonly role: string,
    private readonly name: string | RegExp,
  ) {}

  private async matches(): Promise<AxMatch[]> {
    const wanted = this.name;
    return (await axNodes(this.page)).filter(
      (node) => node.role === this.role && (typeof wanted === 'string' ? node.name === wanted : wanted.test(node.name)),
    );
  }

  async count(): Promise<number> {
    return (await this.matches()).length;
  }

  async isVisible(): Promise<boolean> {
    return (await this.count()) > 0;
  }

  async isChecked(): Promise<boolean> {
    return (await this.matches())[0]?.checked ?? false;
  }

  async isDisabled(): Promise<boolean> {
    return (await this.matches())[0]?.disabled ?? false;
  }

  /** Wait until the control is in the tree (polling the tree every `interval` ms). */
  async waitFor({ timeout = 15_000, interval = 50 }: { timeout?: number; interval?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.count()) === 0) {
      if (Date.now() > deadline) throw new Error(`no ${this.role} named ${String(this.name)} in the accessibility tree`);
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }

  async click(): Promise<void> {
    await this.waitFor();
    const [match] = await this.matches();
    if (match?.backendNodeId === undefined) throw new Error(`${String(this.name)} has no DOM node`);
    await clickNode(this.page, match.backendNodeId);
  }
}
