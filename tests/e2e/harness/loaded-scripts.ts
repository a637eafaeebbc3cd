import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROME_BUILD } from './paths';

/** One extension script a page has loaded: its path in the build, and its size there, raw and gzipped. */
export type LoadedScript = { path: string; bytes: number; gzipped: number };

/**
 * The extension's JavaScript files `page` has loaded so far, as paths in the build
 * ('popup.html' loads e.g. 'chunks/popup-XXXX.js', 'chunks/mount-XXXX.js', 'chunks/en-XXXX.js'),
 * each once, in the order the browser compiled them. Chromium only (DevTools protocol):
 * the debugger, once enabled, reports every script the page has already parsed, so the
 * page's entry, its static imports and every dynamic import it has run so far are all
 * listed; the document's <script src> and <link rel=modulepreload> (fetched, even if
 * not yet run) are added. Resource timing cannot be used: Chromium records no entries for
 * chrome-extension:// URLs. Call it right after the condition that says the page is
 * drawn, so what the page loads after its first view is not counted.
 */
export async function loadedScripts(page: Page): Promise<string[]> {
  // URL.origin is "null" for chrome-extension: URLs, so the prefix is built by hand.
  const { protocol, host } = new URL(page.url());
  const prefix = `${protocol}//${host}/`;
  const cdp = await page.context().newCDPSession(page);
  const parsed: string[] = [];
  try {
    cdp.on('Debugger.scriptParsed', (event) => parsed.push(event.url));
    // Enabling replays a scriptParsed event for every script already in the page, before it resolves.
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.disable');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  const inDocument = await page.evaluate(() => [
    ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => s.src),
    ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"][href]'), (l) => l.href),
  ]);
  const paths = [...parsed, ...inDocument]
    .filter((url) => url.startsWith(prefix))
    .map((url) => url.slice(prefix.length).replace(/[?#].*$/, ''))
    .filter((path) => path.endsWith('.js'));
  return [...new Set(paths)];
}

/** Each file's size in the build (default: the Chrome build), raw and gzipped alone (zlib default level, as Vite reports). */
export function scriptSizes(paths: string[], build = CHROME_BUILD): LoadedScript[] {
  return paths.map((path) => {
    const content = readFileSync(join(build, path));
    return { path, bytes: content.length, gzipped: gzipSync(content).length };
  });
}

/** The sum of the files' gzipped sizes, in bytes. */
export function gzippedTotal(scripts: LoadedScript[]): number {
  return scripts.reduce((sum, script) => sum + script.gzipped, 0);
}

/**
 * Open the extension page at `url` in `context` and list the extension scripts it had
 * compiled when `selector` first matched (what it loads later, after that first view, is
 * not counted). The DevTools debugger is on from the start, and a mutation observer
 * installed before the page's own scripts reports the first match through a binding:
 * the browser sends both over one session in the order they happen. Chromium only.
 */
export async function scriptsBeforeDrawn(context: BrowserContext, url: string, selector: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const parsed: string[] = [];
  let before: string[] | undefined;
  const drawn = new Promise<void>((resolve) => {
    cdp.on('Runtime.bindingCalled', (event) => {
      if (event.name !== BINDING || before) return;
      before = [...parsed];
      resolve();
    });
  });
  cdp.on('Debugger.scriptParsed', (event) => parsed.push(event.url));
  await cdp.send('Debugger.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: BINDING });
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: watchFor(selector) });
  await page.goto(url);
  await drawn;
  await cdp.detach().catch(() => undefined);
  const { protocol, host } = new URL(url);
  const prefix = `${protocol}//${host}/`;
  const paths = before!.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length).replace(/[?#].*$/, ''));
  return { page, scripts: [...new Set(paths.filter((path) => path.endsWith('.js')))] };
}

const BINDING = '__paFirstViewDrawn';

/** Page-side: call the binding once, as soon as `selector` matches (checked after every DOM change). */
function watchFor(selector: string): string {
  return `(() => {
    if (!location.protocol.endsWith('-extension:')) return;
    const check = () => {
      if (!document.querySelector(${JSON.stringify(selector)})) return false;
      globalThis.${BINDING}('');
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  })();`;
}
