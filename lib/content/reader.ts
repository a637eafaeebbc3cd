import type { Extraction } from '../capture/linkedin';
import { MessageError } from '../messaging/content-protocol';

/**
 * The LinkedIn extractors are not part of the content script that runs on every LinkedIn
 * page: they are needed only when the rep clicks "Save lead" (or the shortcut asks for
 * page.extract), so the background injects them on lead pages only, when the page is idle
 * or on the click at the latest (entrypoints/linkedin-reader.ts, ./linkedin-page.ts).
 * An injected file runs in the same isolated world as this content script (one per
 * extension and frame, in Chrome and Firefox alike), so the reader leaves itself on that
 * world's global object under a private key: the page's own scripts cannot see it, and no
 * page data crosses a context to reach the in-page control.
 */
export type LinkedInReader = {
  /** Read the page at the moment the rep asks (lib/content/extract-when-ready.ts). */
  read(doc: Document, currentUrl: () => string): Promise<Extraction>;
};

const READER_KEY = Symbol.for('prospecting-assistant.linkedin-reader');

type World = Record<PropertyKey, unknown>;

/** Called by the injected file: make the reader available to the content script. */
export function installReader(world: object, reader: LinkedInReader): void {
  Object.defineProperty(world, READER_KEY, { value: reader, configurable: true, enumerable: false });
}

function installed(world: object): LinkedInReader | undefined {
  return (world as World)[READER_KEY] as LinkedInReader | undefined;
}

/**
 * The reader, loaded once on first use: `load` asks the background to inject it. A failed
 * load (the tab navigated away, the extension was updated) is tried again on the next click.
 */
export function readerLoader(world: object, load: () => Promise<unknown>): () => Promise<LinkedInReader> {
  let pending: Promise<LinkedInReader> | undefined;
  return () => {
    const ready = installed(world);
    if (ready) return Promise.resolve(ready);
    pending ??= load()
      .then(() => {
        const reader = installed(world);
        if (!reader) throw new MessageError('unavailable', 'LinkedIn reader not loaded');
        return reader;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
