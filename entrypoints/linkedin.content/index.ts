import { setupLinkedInPage } from '@/lib/content/linkedin-page';
import './style.css';

// LinkedIn only (https): the in-page control (lib/content/linkedin-page.ts). The extractors
// are not bundled here: they are injected on lead pages only (entrypoints/linkedin-reader.ts).
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => setupLinkedInPage(ctx),
});
