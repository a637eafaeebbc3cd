import { config } from 'zod/mini';
import { setupLinkedInPage } from '@/lib/content/linkedin-page';
import './style.css';

// LinkedIn only (https): the in-page control (lib/content/linkedin-page.ts). The extractors
// are not bundled here: they are injected on lead pages only (entrypoints/linkedin-reader.ts).
// Zod's first parse in a document probes `new Function`, which the extension's CSP forbids (and
// reports) in the middle of the first lookup after an in-page navigation. Without it, same results.
config({ jitless: true });

export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => setupLinkedInPage(ctx),
});
