import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Props = { id?: string; title?: string; contexts?: string[] };
const runtime = fakeBrowser.runtime as unknown as { lastError?: { message: string } };
const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;

/**
 * The browser's right-click items (fake-browser leaves contextMenus unmocked), with
 * the rules Chrome and Firefox share: create() tells a failure only through
 * runtime.lastError in its callback (a duplicate id is one), update() rejects for an
 * id that does not exist. `kept` are the items the browser kept from before.
 */
export function fakeMenus(kept: Record<string, Props> = {}) {
  const items = new Map<string, Props>(Object.entries(kept));
  menus.create = vi.fn((props: Props, done?: () => void) => {
    const id = String(props.id);
    setTimeout(() => {
      const message = items.has(id) ? `Cannot create item with duplicate id ${id}` : undefined;
      if (!message) items.set(id, props);
      runtime.lastError = message ? { message } : undefined;
      done?.();
      runtime.lastError = undefined;
    });
    return id;
  });
  menus.update = vi.fn(async (id: string, props: Props) => {
    const item = items.get(id);
    if (!item) throw new Error(`Cannot find menu item with id ${id}`);
    items.set(id, { ...item, ...props });
  });
  menus.removeAll = vi.fn(async () => items.clear());
  const onClicked = { addListener: vi.fn() };
  menus.onClicked = onClicked;
  /** Right-click an item, as the browser would call the listener the background added. */
  const click = (info: Partial<Browser.contextMenus.OnClickData>, tab: Partial<Browser.tabs.Tab>) => {
    const listener = onClicked.addListener.mock.calls[0]?.[0] as ((i: typeof info, t: typeof tab) => void) | undefined;
    if (!listener) throw new Error('no click listener was added');
    listener(info, tab);
  };
  return { items, click };
}

/** Replace update() (e.g. to make it fail). */
export function replaceUpdate(update: (id: string, props: Props) => Promise<void>): void {
  menus.update = vi.fn(update);
}
