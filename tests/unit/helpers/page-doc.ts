import { extractPage } from '../../../lib/capture/page';

/** Building the pages the "Save this page" tests read: a document, JSON-LD, and the reader run on them. */

export const NOW = 1_750_000_000_000;

export function doc(body: string, head = '', htmlAttributes = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html ${htmlAttributes}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

export const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

export const run = (body: string, head: string, url: string, htmlAttributes = '') => extractPage(doc(body, head, htmlAttributes), url, NOW);
