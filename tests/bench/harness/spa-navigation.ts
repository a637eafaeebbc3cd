import type { Page } from 'playwright-core';

/**
 * LinkedIn's in-page navigation, standing in for its router: history.pushState to
 * the next page's address, then, in a later task (LinkedIn draws after the URL
 * changes), that page's body swapped in. Our control's host is kept, as LinkedIn
 * keeps the nodes it does not own. The next page's HTML is handed over first
 * (`stageNextPage`, outside the timed windows): the transfer is the harness's, not
 * the router's. Parsed with DOMParser, its scripts never run, as a router's
 * rendered markup runs none.
 */
export async function stageNextPage(page: Page, html: string): Promise<void> {
  await page.evaluate((text) => {
    (window as unknown as { csbenchNext?: string }).csbenchNext = text;
  }, html);
}

/** pushState to `url` (same origin as the page), then swap the staged body in; resolves once swapped. */
export async function navigateInPage(page: Page, url: string): Promise<void> {
  await page.evaluate(
    (target) =>
      new Promise<void>((resolve, reject) => {
        const html = (window as unknown as { csbenchNext?: string }).csbenchNext ?? '';
        history.pushState({}, '', target);
        setTimeout(() => {
          try {
            // LinkedIn's pages require Trusted Types; 'jSecure' is a policy name their CSP allows.
            const types = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): { createHTML(s: string): string } } }).trustedTypes;
            let markup: string = html;
            try {
              if (types) markup = types.createPolicy('jSecure', { createHTML: (s) => s }).createHTML(html);
            } catch {
              // No policy allowed by name: a page without Trusted Types takes the string.
            }
            const next = new DOMParser().parseFromString(markup, 'text/html');
            const kept = [...document.body.children].filter((el) => el.localName === 'prospecting-assistant-ui');
            for (const child of [...document.body.childNodes]) if (!kept.includes(child as Element)) child.remove();
            document.body.prepend(...[...next.body.childNodes].map((node) => document.adoptNode(node)));
            document.title = next.title;
            resolve();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, 0);
      }),
    url,
  );
}
